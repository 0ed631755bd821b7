import { and, eq } from 'drizzle-orm';
import type { TNeedExportQuery } from '@domain/needs.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { filterConditions, orderOf } from '@server/modules/needs/needs.list-query';
import { needs } from '@server/modules/needs/needs.tables';
import { focusAreasOfNeed, unitsOfNeed } from '@server/modules/needs/needs.repository';
import { users } from '@server/modules/users/users.tables';

/** One need as the Excel export writes it: the list's columns plus the long texts and axes. */
export type NeedExportRow = {
  number: number;
  title: string;
  status: string;
  units: { id: string; name: string }[];
  allUnits: boolean;
  focusAreas: { id: string; name: string }[];
  affectedGroups: string[];
  feasibility: number | null;
  potential: number | null;
  overall: number | null;
  quadrant: string | null;
  submittedAt: Date;
  submitterName: string;
  problem: string;
  expectedBenefit: string;
  costEstimate: unknown;
};

/**
 * The needs matching the list's filters, in the list's order, up to `limit` rows, in one query.
 * It uses the list's own conditions so the export holds exactly what the list shows; the
 * organisation predicate comes with them (row-level security applies as well).
 */
export async function findNeedsForExport(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, query: TNeedExportQuery, limit: number): Promise<NeedExportRow[]> {
  const conditions = filterConditions({ organizationId: ctx.organizationId, actorId: ctx.actor.id }, query);
  return tx
    .select({
      number: needs.number,
      title: needs.title,
      status: needs.status,
      units: unitsOfNeed(needs.organizationId, needs.id),
      allUnits: needs.allUnits,
      focusAreas: focusAreasOfNeed(needs.organizationId, needs.id),
      affectedGroups: needs.affectedGroups,
      feasibility: needs.feasibility,
      potential: needs.potential,
      overall: needs.overall,
      quadrant: needs.quadrant,
      submittedAt: needs.submittedAt,
      submitterName: users.name,
      problem: needs.problem,
      expectedBenefit: needs.expectedBenefit,
      costEstimate: needs.costEstimate,
    })
    .from(needs)
    .innerJoin(users, eq(users.id, needs.submittedBy))
    .where(and(...conditions))
    .orderBy(...orderOf(query.sort, needs))
    .limit(limit);
}
