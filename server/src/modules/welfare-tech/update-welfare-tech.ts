import type { TWelfareTechInput, TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findWelfareTechView, lockWelfareTechRow, updateWelfareTechRow } from '@server/modules/welfare-tech/welfare-tech.repository';
import { assertWelfareTechInput } from '@server/modules/welfare-tech/welfare-tech-references';
import { presentWelfareTech } from '@server/modules/welfare-tech/present-welfare-tech';

/** Saves an inventory row if nobody saved since the user read it (If-Match). */
export async function updateWelfareTech(ctx: Ctx, id: string, input: TWelfareTechInput, expected: number): Promise<TWelfareTechItem> {
  return inTenant(ctx, async (tx) => {
    const locked = await lockWelfareTechRow(tx, ctx, id);
    if (!locked) throw notFound('welfare technology');
    if (locked.version !== expected) throw staleVersion();
    await assertWelfareTechInput(tx, ctx, input);
    const before = presentWelfareTech((await findWelfareTechView(tx, ctx, id))!);
    if (!(await updateWelfareTechRow(tx, ctx, id, expected, input))) throw staleVersion();
    const after = presentWelfareTech((await findWelfareTechView(tx, ctx, id))!);
    await recordAudit(tx, ctx, { action: 'welfare_tech.updated', entityType: 'welfare_tech', entityId: id, before, after });
    return after;
  });
}
