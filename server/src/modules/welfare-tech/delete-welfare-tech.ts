import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteWelfareTechRow, findWelfareTechView, lockWelfareTechRow } from '@server/modules/welfare-tech/welfare-tech.repository';
import { presentWelfareTech } from '@server/modules/welfare-tech/present-welfare-tech';

/** Removes a mistaken inventory row (If-Match); the audit log keeps what it said. */
export async function deleteWelfareTech(ctx: Ctx, id: string, expected: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const locked = await lockWelfareTechRow(tx, ctx, id);
    if (!locked) throw notFound('welfare technology');
    if (locked.version !== expected) throw staleVersion();
    const before = presentWelfareTech((await findWelfareTechView(tx, ctx, id))!);
    await deleteWelfareTechRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'welfare_tech.deleted', entityType: 'welfare_tech', entityId: id, before });
  });
}
