import { and, eq, sql } from 'drizzle-orm';
import { CRITERION_KEYS, type Scores } from '@domain/assessment';
import type { Role } from '@domain/roles';
import type { TDecideNeedRequest } from '@domain/decisions.contracts';
import type { Db } from '@server/platform/db/database';
import { generateOneTimePassword } from '@server/platform/auth/passwords';
import { buildCtx, inPlatform, type Ctx } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { submitNeed } from '@server/modules/needs/submit-need';
import { getNeed } from '@server/modules/needs/get-need';
import { startAssessment } from '@server/modules/assessments/start-assessment';
import { saveMyScores } from '@server/modules/assessments/save-my-scores';
import { fixAssessment } from '@server/modules/assessments/fix-assessment';
import { decideNeed } from '@server/modules/decisions/decide-need';
import { platformCreateMember, type DemoOrganization } from '@server/seed/demo-organization';
import { DEMO_NEEDS, type DemoDecision, type DemoScores } from '@server/seed/demo-needs';

/** The demo's colleagues. They get random passwords nobody knows; the admin can reset one to try a role. */
const DEMO_PEOPLE = {
  coordinator: { name: 'Ulla Utvecklingsledare', email: 'utvecklingsledare@exempelkommun.se', roles: ['coordinator'] },
  olg1: { name: 'Olle OLG-ledamot', email: 'olg.ledamot1@exempelkommun.se', roles: ['steering_member'] },
  olg2: { name: 'Olga OLG-ledamot', email: 'olg.ledamot2@exempelkommun.se', roles: ['steering_member'] },
  manager: { name: 'Chris Chef', email: 'chef.hemtjanst@exempelkommun.se', roles: ['manager'] },
  staff1: { name: 'Mia Medarbetare', email: 'medarbetare1@exempelkommun.se', roles: ['staff'] },
  staff2: { name: 'Måns Medarbetare', email: 'medarbetare2@exempelkommun.se', roles: ['staff'] },
  viewer: { name: 'Lisa Läsare (politiker)', email: 'lasare@exempelkommun.se', roles: ['viewer'] },
} satisfies Record<string, { name: string; email: string; roles: Role[] }>;
export type Person = keyof typeof DEMO_PEOPLE;

const toScores = (values: number[]): Scores =>
  Object.fromEntries(CRITERION_KEYS.map((key, i) => [key, values[i]])) as Scores;

/** The agreed scores the coordinator fixes: the raters' rounded mean per criterion. */
function agreedOf(raters: DemoScores[]): Scores {
  return toScores(CRITERION_KEYS.map((_, i) => Math.round(raters.reduce((sum, r) => sum + r[i]!, 0) / raters.length)));
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function decisionInput(decision: DemoDecision, daysAgo: number): TDecideNeedRequest {
  const common = { decisionDate: isoDaysAgo(daysAgo), forum: 'OLG' };
  switch (decision.outcome) {
    case 'proceed':
      return { ...common, ...decision };
    case 'reject':
      return { ...common, outcome: 'reject', reason: decision.reason };
    case 'park':
      return { ...common, outcome: 'park', rationale: decision.rationale, parkedUntil: isoDaysAgo(-30 * decision.parkedUntilMonths) };
  }
}

/**
 * Creates the demo's colleagues and runs the demo needs through the real use cases – submit, score
 * by several raters, fix, decide – so the data obeys every rule. Dates are then moved back in time
 * so the lists, quarters and decision log look lived-in.
 */
export async function seedDemoNeeds(db: Db, org: DemoOrganization): Promise<Record<Person, Ctx>> {
  const ctxOf = {} as Record<Person, Ctx>;
  for (const [key, person] of Object.entries(DEMO_PEOPLE) as [Person, (typeof DEMO_PEOPLE)[Person]][]) {
    const id = await platformCreateMember(db, org.organizationId, { ...person, password: generateOneTimePassword(24) });
    ctxOf[key] = buildCtx({ actor: { id, name: person.name, email: person.email }, organizationId: org.organizationId, roles: person.roles, requestId: 'demo-seed', ip: '127.0.0.1', db });
  }
  const raters: Person[] = ['coordinator', 'olg1', 'olg2'];

  for (const demo of DEMO_NEEDS) {
    const need = await submitNeed(ctxOf[demo.submitter], {
      title: demo.title,
      problem: demo.problem,
      expectedBenefit: demo.expectedBenefit,
      affectedGroups: demo.affectedGroups,
      focusAreaIds: demo.focusAreas.map((i) => org.focusAreaIds[i]!),
      unitIds: demo.units === 'all' ? [] : demo.units.map((i) => org.unitIds[i]!),
      allUnits: demo.units === 'all',
    });
    if (demo.raterScores) {
      let view = await startAssessment(ctxOf.coordinator, need.id, undefined);
      for (const [i, scores] of demo.raterScores.entries()) {
        view = await saveMyScores(ctxOf[raters[i]!], need.id, { scores: toScores(scores), comment: '' });
      }
      if (demo.fix) {
        await fixAssessment(ctxOf.coordinator, need.id, view.round.version, {
          scores: agreedOf(demo.raterScores),
          rationale: 'Fastställd vid OLG:s kvartalsgenomgång efter samtal om skillnaderna i bedömningarna.',
        });
      }
    }
    if (demo.decision) {
      const current = await getNeed(ctxOf.olg1, need.id);
      await decideNeed(ctxOf.olg1, need.id, current.version, decisionInput(demo.decision, Math.max(demo.daysAgo - 40, 1)));
    }
    await inPlatform(db, (tx) =>
      tx
        .update(needs)
        .set({ submittedAt: sql`now() - make_interval(days => ${demo.daysAgo})`, createdAt: sql`now() - make_interval(days => ${demo.daysAgo})` })
        .where(and(eq(needs.organizationId, org.organizationId), eq(needs.id, need.id))),
    );
  }
  // Decisions keep the date OLG met; only their creation stamp is moved back with the need.
  await inPlatform(db, (tx) => tx.update(decisions).set({ createdAt: sql`${decisions.decisionDate}::timestamptz` }).where(eq(decisions.organizationId, org.organizationId)));
  return ctxOf;
}
