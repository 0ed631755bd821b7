import { generateOneTimePassword } from '@server/platform/auth/passwords';
import type { Db } from '@server/platform/db/database';
import { buildCtx, type Ctx } from '@server/platform/tenancy/context';
import { addPlanItem } from '@server/modules/plans/add-plan-item';
import { createPlan } from '@server/modules/plans/create-plan';
import { fixPlan } from '@server/modules/plans/fix-plan';
import { getPlan } from '@server/modules/plans/get-plan';
import { movePlanItem } from '@server/modules/plans/move-plan-item';
import { and, eq } from 'drizzle-orm';
import { inTenantRead } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { findPlanCandidates } from '@server/modules/plans/plan-sources';
import { saveStrategyFrame } from '@server/modules/plans/save-strategy-frame';
import { startNewPlanVersion } from '@server/modules/plans/start-new-plan-version';
import { platformCreateMember, type DemoOrganization } from '@server/seed/demo-organization';
import { replaceNeedGoals } from '@server/modules/needs/need-goals.repository';
import { inTenant } from '@server/platform/tenancy/context';
import { DEMO_FREE_ITEMS, DEMO_GOAL_LINKS, DEMO_PLAN, DEMO_PLAN_ITEMS, DEMO_STRATEGY } from '@server/seed/demo-plan';

/**
 * The demo's plan through the real use cases: the strategy frame, version 1 of the plan with every
 * initiative and assessed need placed as seed 000 has them, fixed by the förvaltningschef, and a
 * version 2 draft where one change has moved a year — so plan, roadmap, document and comparison
 * all have something to show.
 */
export async function seedDemoPlan(db: Db, org: DemoOrganization, coordinator: Ctx): Promise<void> {
  const director = { name: 'Frida Förvaltningschef', email: 'forvaltningschef@exempelkommun.se' };
  const directorId = await platformCreateMember(db, org.organizationId, { ...director, password: generateOneTimePassword(24), roles: ['director'] });
  const directorCtx = buildCtx({ actor: { id: directorId, ...director }, organizationId: org.organizationId, roles: ['director'], requestId: 'demo-seed', ip: '127.0.0.1', db });

  await saveStrategyFrame(coordinator, DEMO_STRATEGY, 0);
  const plan = await createPlan(coordinator, DEMO_PLAN);
  // Every demo need that seed 000 lists goes in (also those not yet assessed, as the seed's
  // "på sikt" changes are), through its initiative where it has one; a rejected need stays out.
  const sources = await inTenantRead(coordinator, (tx) =>
    tx
      .select({ needId: needs.id, title: needs.title, status: needs.status, initiativeId: initiatives.id })
      .from(needs)
      .leftJoin(initiatives, and(eq(initiatives.organizationId, needs.organizationId), eq(initiatives.needId, needs.id)))
      .where(eq(needs.organizationId, org.organizationId)),
  );
  // Which strategic goals the demo needs serve (måluppfyllelse), by the goals' order in the demo.
  await inTenant(coordinator, async (tx) => {
    for (const [prefix, goals] of DEMO_GOAL_LINKS) {
      const source = sources.find((row) => row.title.startsWith(prefix));
      if (source) await replaceNeedGoals(tx, coordinator, source.needId, goals.map((i) => org.goalIds[i]!));
    }
  });
  for (const [prefix, facts] of DEMO_PLAN_ITEMS) {
    const source = sources.find((row) => row.title.startsWith(prefix) && row.status !== 'rejected');
    if (!source) continue;
    await addPlanItem(coordinator, plan.id, {
      needId: source.initiativeId ? null : source.needId,
      initiativeId: source.initiativeId,
      title: source.title,
      what: '',
      why: '',
      how: '',
      expectedBenefit: '',
      timing: { kind: 'year', year: 2027 },
      horizon: 'short',
      priority: null,
      cost: { low: null, high: null, recurrence: 'one_off', note: '' },
      staffHours: [],
      focusAreaId: null,
      ...facts,
    });
  }
  // Whatever else is decided or assessed goes in at its planned year.
  for (const candidate of await inTenantRead(coordinator, (tx) => findPlanCandidates(tx, coordinator, plan.id))) {
    const year = Math.min(Math.max(candidate.plannedStartYear ?? 2027, DEMO_PLAN.startYear), DEMO_PLAN.endYear);
    await addPlanItem(coordinator, plan.id, {
      needId: candidate.kind === 'need' ? candidate.id : null,
      initiativeId: candidate.kind === 'initiative' ? candidate.id : null,
      title: candidate.title,
      what: '',
      why: '',
      how: '',
      expectedBenefit: '',
      timing: { kind: 'year', year },
      horizon: 'short',
      priority: null,
      cost: { low: null, high: null, recurrence: 'one_off', note: '' },
      staffHours: [],
      focusAreaId: null,
    });
  }
  for (const item of DEMO_FREE_ITEMS) await addPlanItem(coordinator, plan.id, { ...item, needId: null, initiativeId: null });

  const draft = await getPlan(coordinator, plan.id);
  await fixPlan(directorCtx, plan.id, { fixedOn: '2026-02-17', decisionReference: 'SN 2026/12 § 34' }, draft.version);
  const next = await startNewPlanVersion(coordinator, plan.id);
  const alarms = next.items.find((item) => item.title.startsWith('Samma larmsystem'));
  if (alarms) {
    await movePlanItem(coordinator, next.id, alarms.id, { timing: { kind: 'year', year: 2028 }, horizon: 'medium', reason: 'Larmavtalet löper ut först 2028; bytet samordnas med det.' }, alarms.version);
  }
}
