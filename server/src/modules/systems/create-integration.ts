import { v7 as uuidv7 } from 'uuid';
import type { TIntegration, TIntegrationInput } from '@domain/integrations.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findIntegrationView, insertIntegrationRow } from '@server/modules/systems/integrations.repository';
import { assertIntegrationInput } from '@server/modules/systems/integration-input';
import { presentIntegration } from '@server/modules/systems/present-integration';

/** Records that two systems exchange information, and how. */
export async function createIntegration(ctx: Ctx, input: TIntegrationInput): Promise<TIntegration> {
  return inTenant(ctx, async (tx) => {
    await assertIntegrationInput(tx, ctx, input);
    const id = uuidv7();
    await insertIntegrationRow(tx, ctx, id, input);
    const after = presentIntegration((await findIntegrationView(tx, ctx, id))!);
    await recordAudit(tx, ctx, { action: 'integration.created', entityType: 'integration', entityId: id, after });
    return after;
  });
}
