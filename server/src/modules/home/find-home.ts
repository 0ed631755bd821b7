import type { THome, THomeDue, THomeInitiative, THomePortfolio } from '@domain/home.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { missingForNextStage } from '@domain/gates';
import type { Role } from '@domain/roles';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { dueMeasurementsIn } from '@server/modules/benefits/find-due-measurements';
import { portfolioIn } from '@server/modules/benefits/find-portfolio';
import { loadGateFacts } from '@server/modules/initiative-process/load-gate-facts';
import { readHomeFigures, type HomeFigures, type HomeParts } from '@server/modules/home/home.repository';

/** Roles that look at the whole portfolio and the plan: utvecklingsledare, OLG, förvaltningschef, läsare. */
const OVERVIEW_ROLES: readonly Role[] = ['coordinator', 'steering_member', 'director', 'viewer'];

/** Which parts of the start page the caller's roles and permissions get. */
export function homeParts(ctx: Pick<Ctx, 'roles' | 'permissions'>): HomeParts {
  const overview = ctx.roles.some((role) => OVERVIEW_ROLES.includes(role));
  return {
    myNeeds: ctx.permissions.has('need:submit'),
    toScore: ctx.permissions.has('assessment:score'),
    myWork: ctx.permissions.has('initiative:read'),
    portfolio: overview && ctx.permissions.has('initiative:read'),
    plan: overview && ctx.permissions.has('plan:read'),
  };
}

/**
 * The start page for the caller: her needs and what became of them, the needs waiting for her
 * scores, the running initiatives she answers for with what their next gate lacks, her due
 * measurements, and – for those who steer – the portfolio in figures and the plan's state.
 * Only what her roles may see is read.
 */
export async function findHome(ctx: Ctx): Promise<THome> {
  const parts = homeParts(ctx);
  return inTenantRead(ctx, async (tx) => {
    const today = todayInSweden();
    const figures = await readHomeFigures(tx, ctx, parts);
    return {
      myNeeds: parts.myNeeds ? { byStatus: figures.myNeedsByStatus ?? [], latest: figures.myNeeds ?? [] } : null,
      toScore: parts.toScore ? { items: figures.toScore ?? [] } : null,
      myWork: parts.myWork ? await myWork(tx, ctx, figures, today) : null,
      portfolio: parts.portfolio ? await portfolio(tx, ctx, figures, today) : null,
      plan: parts.plan ? figures.plan : null,
    };
  });
}

async function myWork(tx: Tx, ctx: Ctx, figures: HomeFigures, today: string): Promise<{ initiatives: THomeInitiative[]; due: THomeDue[] }> {
  const year = Number(today.slice(0, 4));
  const initiatives: THomeInitiative[] = [];
  for (const initiative of figures.myInitiatives ?? []) {
    const missing = missingForNextStage(await loadGateFacts(tx, ctx.organizationId, initiative.id));
    initiatives.push({ ...initiative, overdue: initiative.plannedEndYear !== null && initiative.plannedEndYear < year, missingForNextStage: missing.length });
  }
  const due = (await dueMeasurementsIn(tx, ctx, today))
    .filter((item) => item.owner.id === ctx.actor.id)
    .map((item) => ({ benefitId: item.benefitId, initiativeId: item.initiativeId, initiativeTitle: item.initiativeTitle, description: item.description, dueOn: item.dueOn, overdue: item.dueOn < today }));
  return { initiatives, due };
}

async function portfolio(tx: Tx, ctx: Ctx, figures: HomeFigures, today: string): Promise<THomePortfolio> {
  const year = Number(today.slice(0, 4));
  const benefitView = await portfolioIn(tx, ctx, {});
  let plannedBenefit = 0n;
  let realisedBenefit = 0n;
  let plannedCost = 0n;
  let realisedCost = 0n;
  let benefitCount = 0;
  let realisedCount = 0;
  for (const row of benefitView.rows) {
    plannedBenefit += BigInt(row.plannedBenefitLow);
    realisedBenefit += BigInt(row.actualBenefit);
    plannedCost += BigInt(row.plannedCost);
    realisedCost += BigInt(row.actualCost);
    benefitCount += row.benefitCount;
    realisedCount += row.realisedCount;
  }
  let costThisYear = 0n;
  let benefitThisYear = 0n;
  for (const group of benefitView.groups) {
    if (group.year !== year) continue;
    costThisYear += BigInt(group.plannedCost);
    benefitThisYear += BigInt(group.plannedBenefitLow);
  }
  return {
    needsByStatus: figures.needsByStatus ?? [],
    initiativesByStage: figures.initiativesByStage ?? [],
    initiativesByForm: figures.initiativesByForm ?? [],
    benefits: {
      plannedBenefit: plannedBenefit.toString(),
      realisedBenefit: realisedBenefit.toString(),
      plannedCost: plannedCost.toString(),
      realisedCost: realisedCost.toString(),
      benefitCount,
      realisedCount,
    },
    thisYear: { year, plannedCost: costThisYear.toString(), plannedBenefit: benefitThisYear.toString() },
  };
}
