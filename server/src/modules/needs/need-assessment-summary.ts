import { and, asc, eq, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Quadrant } from '@domain/assessment';
import type { NeedStatus } from '@domain/needs.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { needs } from '@server/modules/needs/needs.tables';
import { concernsUnit, focusAreasOfNeed, inFocusArea, unitsOfNeed } from '@server/modules/needs/needs.repository';

/**
 * The needs module's door for the assessment and decision modules: they read a need and write its
 * assessment summary (feasibility … quadrant) and decision status only through these functions.
 */

type Scope = Pick<Ctx, 'organizationId'>;

export type NeedForAssessment = {
  id: string;
  number: number;
  title: string;
  status: NeedStatus;
  submittedBy: string;
  version: number;
  feasibility: number | null;
  potential: number | null;
  overall: number | null;
  quadrant: Quadrant | null;
  /** Decided before Digiplan (an approved need without an assessment): it may still be assessed. */
  decidedBeforeDigiplan: boolean;
};

const columns = {
  id: needs.id,
  number: needs.number,
  title: needs.title,
  status: needs.status,
  submittedBy: needs.submittedBy,
  version: needs.version,
  feasibility: needs.feasibility,
  potential: needs.potential,
  overall: needs.overall,
  quadrant: needs.quadrant,
};

/** The need as assessment and decisions see it; 404 when it is not the caller's organisation's. */
export async function getNeedForAssessment(tx: Tx, ctx: Scope, needId: string): Promise<NeedForAssessment> {
  const [row] = await tx
    .select({
      ...columns,
      // Qualified by hand: drizzle writes a column of the only table without its table name, which the subquery would read as its own.
      decidedBeforeDigiplan: sql<boolean>`exists(select 1 from "decisions" "d" where "d"."organization_id" = "needs"."organization_id" and "d"."need_id" = "needs"."id" and "d"."origin" = 'pre_digiplan')`,
    })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, needId)));
  if (!row) throw notFound('need');
  return { ...row, status: row.status as NeedStatus, quadrant: row.quadrant as Quadrant | null };
}

export type NeedAssessmentSummary = { feasibility: number; potential: number; overall: number; quadrant: Quadrant; status?: NeedStatus };

/**
 * Copies the agreed assessment onto the need (so lists filter and sort without joins), optionally
 * moving its status, and bumps the need's version so an editor holding an older ETag reloads.
 */
export async function setNeedAssessmentSummary(tx: Tx, ctx: Scope, needId: string, summary: NeedAssessmentSummary): Promise<number> {
  const [row] = await tx
    .update(needs)
    .set({
      feasibility: summary.feasibility,
      potential: summary.potential,
      overall: summary.overall,
      quadrant: summary.quadrant,
      ...(summary.status ? { status: summary.status } : {}),
      version: sql`${needs.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, needId)))
    .returning({ version: needs.version });
  if (!row) throw notFound('need');
  return row.version;
}

/**
 * Moves a need to `status` (a decision's outcome) and bumps its version. With `expectedVersion`
 * the write only happens when the need is still at the version the decider saw (412 otherwise).
 */
export async function setNeedStatus(tx: Tx, ctx: Scope, needId: string, status: NeedStatus, expectedVersion?: number): Promise<number> {
  const conditions = [eq(needs.organizationId, ctx.organizationId), eq(needs.id, needId)];
  if (expectedVersion !== undefined) conditions.push(eq(needs.version, expectedVersion));
  const [row] = await tx
    .update(needs)
    .set({ status, version: sql`${needs.version} + 1`, updatedAt: new Date() })
    .where(and(...conditions))
    .returning({ version: needs.version });
  if (row) return row.version;
  if (expectedVersion !== undefined) {
    await getNeedForAssessment(tx, ctx, needId); // 404 beats 412 when the need is gone
    throw staleVersion();
  }
  throw notFound('need');
}

export type AssessedNeedFilters = { focusAreaId?: string; unitId?: string; status?: NeedStatus; quadrant?: Quadrant; quarter?: string };

export type AssessedNeed = {
  id: string;
  number: number;
  title: string;
  status: NeedStatus;
  feasibility: number;
  potential: number;
  overall: number;
  quadrant: Quadrant;
  focusAreas: { id: string; name: string }[];
  units: { id: string; name: string }[];
  allUnits: boolean;
};

/** The [start, end) local dates of a calendar quarter "2025-Q3". */
function quarterRange(quarter: string): [string, string] {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const startMonth = (q - 1) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const end = q === 4 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
  return [`${year}-${pad(startMonth)}-01`, end];
}

/**
 * The needs that carry an agreed assessment, for the prioritisation matrix, best overall first.
 * Merged needs are left out unless asked for by status: they live on in the need they joined.
 * Fetches at most `limit` rows; the caller asks for one more than it shows to know if it cut.
 */
export async function findAssessedNeeds(tx: Tx, ctx: Scope, filters: AssessedNeedFilters, limit: number): Promise<AssessedNeed[]> {
  const conditions: SQL[] = [eq(needs.organizationId, ctx.organizationId), isNotNull(needs.quadrant)];
  conditions.push(filters.status ? eq(needs.status, filters.status) : ne(needs.status, 'merged'));
  if (filters.focusAreaId) conditions.push(inFocusArea(needs.organizationId, needs.id, filters.focusAreaId));
  if (filters.unitId) conditions.push(concernsUnit(needs.organizationId, needs.id, needs.allUnits, filters.unitId));
  if (filters.quadrant) conditions.push(eq(needs.quadrant, filters.quadrant));
  if (filters.quarter) {
    const [start, end] = quarterRange(filters.quarter);
    const local = sql`(${needs.submittedAt} at time zone 'Europe/Stockholm')`;
    conditions.push(sql`${local} >= ${start}::timestamp and ${local} < ${end}::timestamp`);
  }
  const rows = await tx
    .select({
      ...columns,
      focusAreas: focusAreasOfNeed(needs.organizationId, needs.id),
      units: unitsOfNeed(needs.organizationId, needs.id),
      allUnits: needs.allUnits,
    })
    .from(needs)
    .where(and(...conditions))
    .orderBy(asc(needs.overall), asc(needs.number))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status as NeedStatus,
    feasibility: row.feasibility!,
    potential: row.potential!,
    overall: row.overall!,
    quadrant: row.quadrant as Quadrant,
    focusAreas: row.focusAreas,
    units: row.units,
    allUnits: row.allUnits,
  }));
}
