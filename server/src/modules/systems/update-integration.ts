import type { TIntegration, TIntegrationInput } from '@domain/integrations.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findIntegrationView, lockIntegrationRow, updateIntegrationRow } from '@server/modules/systems/integrations.repository';
import { assertIntegrationInput } from '@server/modules/systems/integration-input';
import { presentIntegration } from '@server/modules/systems/present-integration';

/** Saves an integration if nobody saved since the user read it (If-Match). */
export async function updateIntegration(ctx: Ctx, id: string, input: TIntegrationInput, expected: number): Promise<TIntegration> {
  return inTenant(ctx, async (tx) => {
    const locked = await lockIntegrationRow(tx, ctx, id);
    if (!locked) throw notFound('integration');
    if (locked.version !== expected) throw staleVersion();
    await assertIntegrationInput(tx, ctx, input);
    const before = presentIntegration((await findIntegrationView(tx, ctx, id))!);
    if (!(await updateIntegrationRow(tx, ctx, id, expected, input))) throw staleVersion();
    const after = presentIntegration((await findIntegrationView(tx, ctx, id))!);
    await recordAudit(tx, ctx, { action: 'integration.updated', entityType: 'integration', entityId: id, before, after });
    return after;
  });
}
