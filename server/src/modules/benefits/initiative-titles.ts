import { and, eq } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { focusAreasOfNeed } from '@server/modules/needs/needs.repository';

export type InitiativeSummary = { id: string; title: string; stage: number; focusAreas: { id: string; name: string }[] };

/**
 * Every initiative of the organisation with its focus areas (its need's), for the portfolio and
 * the due list. A read-only join across modules' tables, kept here in one place.
 */
export async function findInitiativeTitles(tx: Tx, ctx: Pick<Ctx, 'organizationId'>): Promise<Map<string, InitiativeSummary>> {
  const rows = await tx
    .select({ id: initiatives.id, title: initiatives.title, stage: initiatives.stage, focusAreas: focusAreasOfNeed(needs.organizationId, needs.id) })
    .from(initiatives)
    .innerJoin(needs, and(eq(needs.organizationId, initiatives.organizationId), eq(needs.id, initiatives.needId)))
    .where(eq(initiatives.organizationId, ctx.organizationId));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, title: r.title, stage: r.stage, focusAreas: r.focusAreas }]),
  );
}
