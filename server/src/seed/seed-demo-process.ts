import { and, eq, sql } from 'drizzle-orm';
import type { InitiativeRoleKind } from '@domain/gate-facts';
import type { TInitiativeProcess, TStageTransitionRequest } from '@domain/process.contracts';
import type { Db } from '@server/platform/db/database';
import { inPlatform, type Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { initiativeEvents } from '@server/modules/initiative-process/process.tables';
import { getProcess } from '@server/modules/initiative-process/get-process';
import { moveStage } from '@server/modules/initiative-process/move-stage';
import { namePerson } from '@server/modules/initiative-process/name-person';
import { tickChecklistItem } from '@server/modules/initiative-process/tick-checklist-item';
import type { DemoOrganization } from '@server/seed/demo-organization';
import type { Person } from '@server/seed/seed-demo-needs';

type Step =
  | { name: Person; as: InitiativeRoleKind }
  /** Tick the first `count` items of the current stage (all when omitted). */
  | { tick: number | 'all' }
  | { move: TStageTransitionRequest };

/**
 * How far each demo initiative has come, told as what people did: who was named, what was ticked,
 * which gates were passed (with the reasons written when documents, risk analysis or
 * classification were recorded outside Digiplan) — so the portfolio shows a spread of stages,
 * one closed and one stopped initiative, and every timeline reads like real work.
 */
const JOURNEYS: { title: string; steps: Step[] }[] = [
  {
    title: 'Tillsynskameror i ordinärt boende, breddinförande',
    steps: [
      { name: 'manager', as: 'project_owner' },
      { name: 'coordinator', as: 'project_manager' },
      { name: 'olg1', as: 'steering_group' },
      { name: 'olg2', as: 'steering_group' },
      { name: 'staff1', as: 'project_support' },
      { tick: 'all' },
      { move: { action: 'advance', overrideReason: 'Projektdirektivet fastställdes av OLG på papper; det läggs in i Digiplan när dokumenten flyttas hit.' } },
      { tick: 5 },
      { move: { action: 'advance', overrideReason: 'Risk- och konsekvensanalysen, samverkan och klassningen finns i förstudierapporten från piloten.' } },
      { tick: 2 },
    ],
  },
  {
    title: 'Läkemedelsrobotar i hemtjänsten',
    steps: [
      { name: 'manager', as: 'responsible' },
      { name: 'staff2', as: 'project_support' },
      { tick: 'all' },
      { move: { action: 'advance', overrideReason: 'Uppdragsbeskrivningen beslutades av förvaltningsledningen och finns i diariet.' } },
      { tick: 'all' },
      { move: { action: 'advance', overrideReason: 'Klassning och nyttokalkyl gjordes med teknikenheten inför upphandlingen.' } },
      { tick: 'all' },
      { move: { action: 'advance' } },
      { tick: 1 },
    ],
  },
  {
    title: 'Demenslotsen – digitalt stöd för anhöriga',
    steps: [
      { name: 'manager', as: 'responsible' },
      { tick: 'all' },
      { move: { action: 'advance' } },
      { tick: 'all' },
      { move: { action: 'advance', overrideReason: 'Tjänsten hanterar inga personuppgifter i Digiplans mening; klassningen gjordes i enhetens egen checklista.' } },
      { tick: 'all' },
      { move: { action: 'advance' } },
      { move: { action: 'back', reason: 'Anhörigföreningen ville se informationsmaterialet innan start; planeringen öppnas igen.' } },
      { move: { action: 'advance' } },
      { tick: 'all' },
      { move: { action: 'advance' } },
      { tick: 'all' },
      { move: { action: 'advance' } },
      { tick: 'all' },
      { move: { action: 'close' } },
    ],
  },
  {
    title: 'E-hemtjänst med bildtelefoni och nattillsyn',
    steps: [
      { name: 'manager', as: 'project_owner' },
      { name: 'coordinator', as: 'project_manager' },
      { name: 'olg1', as: 'steering_group' },
      { tick: 2 },
    ],
  },
  {
    title: 'Kompetensutveckling i verksamhetssystemet (IBIC, KVÅ)',
    steps: [
      { name: 'manager', as: 'responsible' },
      { tick: 1 },
      { move: { action: 'stop', reason: 'Ingår i stället i regionens gemensamma utbildningssatsning för verksamhetssystemet.' } },
    ],
  },
];

async function runStep(ctxOf: Record<Person, Ctx>, id: string, state: TInitiativeProcess, step: Step): Promise<TInitiativeProcess> {
  const etag = state.version;
  if ('name' in step) {
    const ctx = ctxOf.coordinator;
    return namePerson(ctx, id, { kind: step.as, userId: ctxOf[step.name].actor.id }, etag);
  }
  if ('tick' in step) {
    const open = state.checklist.filter((item) => item.stage === state.stage && !item.done);
    const chosen = step.tick === 'all' ? open : open.slice(0, step.tick);
    for (const item of chosen) await tickChecklistItem(ctxOf.coordinator, id, item.id, true);
    return getProcess(ctxOf.coordinator, id);
  }
  return moveStage(ctxOf.coordinator, id, step.move, etag);
}

/** Takes the demo initiatives through their journeys; the timeline is then spread over the past months. */
export async function seedDemoProcess(db: Db, org: DemoOrganization, ctxOf: Record<Person, Ctx>): Promise<void> {
  for (const journey of JOURNEYS) {
    const [row] = await inPlatform(db, (tx) =>
      tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, org.organizationId), eq(initiatives.title, journey.title))),
    );
    if (!row) continue;
    let state = await getProcess(ctxOf.coordinator, row.id);
    for (const step of journey.steps) state = await runStep(ctxOf, row.id, state, step);
    // Spread the events over the time since the decision, a few days apart, in their order.
    await inPlatform(db, (tx) =>
      tx.execute(sql`
        update ${initiativeEvents} e set created_at = d.created_at + (s.n * interval '3 days')
        from (select id, row_number() over (order by created_at, id) - 1 as n from ${initiativeEvents} where organization_id = ${org.organizationId} and initiative_id = ${row.id}) s,
             (select created_at from decisions where organization_id = ${org.organizationId} and id = (select decision_id from initiatives where organization_id = ${org.organizationId} and id = ${row.id})) d
        where e.organization_id = ${org.organizationId} and e.id = s.id`),
    );
    // A tick's "who and when" matches its timeline entry.
    await inPlatform(db, (tx) =>
      tx.execute(sql`
        update initiative_checklist_items c set done_at = (
          select max(e.created_at) from ${initiativeEvents} e
          where e.organization_id = c.organization_id and e.initiative_id = c.initiative_id and e.kind = 'checklist.ticked' and e.payload->>'itemId' = c.id::text)
        where c.organization_id = ${org.organizationId} and c.initiative_id = ${row.id} and c.done`),
    );
  }
}
