import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { priorityOf, type Quadrant } from '@domain/assessment';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type { TDecisionSnapshot } from '@domain/decisions.contracts';
import type { TPortfolioQuery } from '@domain/process.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { focusAreasOfNeed, inFocusArea, unitsOfNeed } from '@server/modules/needs/needs.repository';
import { initiativeRoles } from '@server/modules/initiative-process/process.tables';
import { users } from '@server/modules/users/users.tables';

export type PortfolioBase = {
  id: string;
  title: string;
  needNumber: number | null;
  form: InitiativeForm;
  stage: number;
  status: string;
  ownerName: string;
  /** Named projektägare/ansvarig, when any: they own the initiative now. */
  namedOwners: string[];
  priority: TDecisionSnapshot['priority'];
  /** Decided before Digiplan: `priority` is its need's later assessment, or null until it has one. */
  decidedBeforeDigiplan: boolean;
  focusAreas: { id: string; name: string }[];
  units: { id: string; name: string }[];
  allUnits: boolean;
};

/** Every initiative matching the filters that live in the database (stage, form, status, focus area), by title. */
export async function findPortfolioBase(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, query: TPortfolioQuery): Promise<PortfolioBase[]> {
  const conditions: SQL[] = [eq(initiatives.organizationId, ctx.organizationId)];
  if (query.stage) conditions.push(eq(initiatives.stage, query.stage));
  if (query.form) conditions.push(eq(initiatives.form, query.form));
  if (query.status) conditions.push(eq(initiatives.status, query.status));
  if (query.focusAreaId) conditions.push(inFocusArea(needs.organizationId, needs.id, query.focusAreaId));
  const rows = await tx
    .select({
      id: initiatives.id,
      title: initiatives.title,
      needNumber: needs.number,
      form: initiatives.form,
      stage: initiatives.stage,
      status: initiatives.status,
      ownerName: initiatives.ownerName,
      snapshot: decisions.snapshot,
      origin: decisions.origin,
      needQuadrant: needs.quadrant,
      focusAreas: focusAreasOfNeed(needs.organizationId, needs.id),
      units: unitsOfNeed(needs.organizationId, needs.id),
      allUnits: needs.allUnits,
    })
    .from(initiatives)
    .innerJoin(needs, and(eq(needs.organizationId, initiatives.organizationId), eq(needs.id, initiatives.needId)))
    .innerJoin(decisions, and(eq(decisions.organizationId, initiatives.organizationId), eq(decisions.id, initiatives.decisionId)))
    .where(and(...conditions))
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  const owners = await findNamedOwners(tx, ctx, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    needNumber: row.needNumber,
    form: row.form as InitiativeForm,
    stage: row.stage,
    status: row.status,
    ownerName: row.ownerName,
    namedOwners: owners.get(row.id) ?? [],
    // A decision taken before Digiplan has no scores; its need may have been assessed since.
    priority: row.origin === 'pre_digiplan' ? (row.needQuadrant ? priorityOf(row.needQuadrant as Quadrant) : null) : ((row.snapshot as TDecisionSnapshot).priority ?? null),
    decidedBeforeDigiplan: row.origin === 'pre_digiplan',
    focusAreas: row.focusAreas,
    units: row.units,
    allUnits: row.allUnits,
  }));
}

async function findNamedOwners(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ initiativeId: initiativeRoles.initiativeId, name: users.name })
    .from(initiativeRoles)
    .innerJoin(users, eq(users.id, initiativeRoles.userId))
    .where(and(eq(initiativeRoles.organizationId, ctx.organizationId), inArray(initiativeRoles.initiativeId, ids), inArray(initiativeRoles.kind, ['project_owner', 'responsible'])))
    .orderBy(asc(initiativeRoles.createdAt));
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.initiativeId, [...(map.get(row.initiativeId) ?? []), row.name]);
  return map;
}
