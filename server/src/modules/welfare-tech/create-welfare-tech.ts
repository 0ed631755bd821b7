import { v7 as uuidv7 } from 'uuid';
import type { TWelfareTechInput, TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findWelfareTechView, insertWelfareTechRows } from '@server/modules/welfare-tech/welfare-tech.repository';
import { assertWelfareTechInput } from '@server/modules/welfare-tech/welfare-tech-references';
import { presentWelfareTech } from '@server/modules/welfare-tech/present-welfare-tech';

/** Adds a row to the welfare technology inventory (e.g. from an initiative at handover). */
export async function createWelfareTech(ctx: Ctx, input: TWelfareTechInput): Promise<TWelfareTechItem> {
  return inTenant(ctx, async (tx) => {
    await assertWelfareTechInput(tx, ctx, input);
    const id = uuidv7();
    await insertWelfareTechRows(tx, ctx, [{ id, ...input }]);
    const after = presentWelfareTech((await findWelfareTechView(tx, ctx, id))!);
    await recordAudit(tx, ctx, { action: 'welfare_tech.created', entityType: 'welfare_tech', entityId: id, after });
    return after;
  });
}
