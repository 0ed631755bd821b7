import type { TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findWelfareTechView, findWelfareTechViews } from '@server/modules/welfare-tech/welfare-tech.repository';
import { presentWelfareTech } from '@server/modules/welfare-tech/present-welfare-tech';

/** The inventory, optionally of one as-of date or one initiative. */
export async function findWelfareTech(ctx: Ctx, filters: { asOf?: string; initiativeId?: string }): Promise<TWelfareTechItem[]> {
  return (await inTenantRead(ctx, (tx) => findWelfareTechViews(tx, ctx, filters))).map(presentWelfareTech);
}

/** One inventory row (404 for another organisation's). */
export async function getWelfareTech(ctx: Ctx, id: string): Promise<TWelfareTechItem> {
  const view = await inTenantRead(ctx, (tx) => findWelfareTechView(tx, ctx, id));
  if (!view) throw notFound('welfare technology');
  return presentWelfareTech(view);
}
