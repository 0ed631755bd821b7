import { priorityOf, raterStatistics, type Quadrant } from '@domain/assessment';
import type { DecisionOutcome, InitiativeForm } from '@domain/decisions.contracts';
import type { MeetingItemKind, TAgendaItem, TMeeting, TMeetingSummary } from '@domain/meetings.contracts';
import type { NeedStatus } from '@domain/needs.contracts';
import { SIMILAR_NEEDS_MIN_SCORE } from '@domain/similar-needs.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { findLatestFixedRound, findRaterScores } from '@server/modules/assessments/assessments.repository';
import { readSimilarNeeds } from '@server/modules/needs/similar-needs.repository';
import { findForumMemberRows, findForumRow } from '@server/modules/meetings/forums.repository';
import { presentForum } from '@server/modules/meetings/present-forum';
import {
  findAgendaNeeds,
  findInitiativeTitles,
  findItemRows,
  findLatestDecisions,
  findMeetingDecisions,
  findUserName,
  type MeetingListRow,
  type MeetingRow,
} from '@server/modules/meetings/meetings.repository';

type Scope = Pick<Ctx, 'organizationId'>;

/** How many similar earlier needs an agenda item shows. */
const SIMILAR_ON_AGENDA = 3;
/** The agenda shows the start of a need's problem; the need's page has the rest. */
const SUMMARY_LENGTH = 400;

const summaryOf = (text: string) => (text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`);

export function presentMeetingSummary(row: MeetingListRow): TMeetingSummary {
  return {
    id: row.id,
    forum: { id: row.forumId, name: row.forumName },
    meetingDate: row.meetingDate,
    title: row.title,
    place: row.place,
    itemCount: row.itemCount,
    agendaSentAt: row.agendaSentAt?.toISOString() ?? null,
    minutesApprovedAt: row.minutesApprovedAt?.toISOString() ?? null,
    minutesApprovedBy: row.minutesApprovedBy ? { id: row.minutesApprovedBy, name: row.approverName ?? '' } : null,
    version: row.version,
  };
}

/**
 * A meeting with its agenda in order, each need item with what the forum needs to decide it: the
 * need's summary, its agreed assessment and matrix quadrant, how well the raters agreed, similar
 * earlier needs with their decisions, and the decision taken at this meeting if any.
 */
export async function loadMeeting(tx: Tx, ctx: Scope, row: MeetingRow): Promise<TMeeting> {
  const forum = presentForum((await findForumRow(tx, ctx, row.forumId))!, await findForumMemberRows(tx, ctx, [row.forumId]));
  const items = await findItemRows(tx, ctx, row.id);
  const needIds = items.flatMap((item) => (item.needId ? [item.needId] : []));
  const agendaNeeds = await findAgendaNeeds(tx, ctx, needIds);
  const initiativeTitles = await findInitiativeTitles(tx, ctx, items.flatMap((item) => (item.initiativeId ? [item.initiativeId] : [])));
  const taken = await findMeetingDecisions(tx, ctx, row.id);

  const presented: TAgendaItem[] = [];
  for (const item of items) {
    const need = item.needId ? agendaNeeds.get(item.needId) : undefined;
    let agreement: TAgendaItem['agreement'] = null;
    let similar: TAgendaItem['similar'] = [];
    if (need) {
      const round = await findLatestFixedRound(tx, ctx, need.id);
      if (round) {
        const raters = await findRaterScores(tx, ctx, [round.id]);
        const stats = raterStatistics(raters.map((r) => r.scores));
        agreement = { raterCount: stats.raterCount, agreement: stats.agreement };
      }
      const rows = await readSimilarNeeds(tx, ctx, { title: need.title, text: need.problem, exclude: need.id, minScore: SIMILAR_NEEDS_MIN_SCORE, limit: SIMILAR_ON_AGENDA });
      const decided = await findLatestDecisions(tx, ctx, rows.map((r) => r.id));
      similar = rows.map((r) => {
        const decision = decided.get(r.id);
        return {
          id: r.id,
          number: r.number,
          title: r.title,
          status: r.status as NeedStatus,
          score: r.score,
          decision: decision ? { outcome: decision.outcome as DecisionOutcome, decisionDate: decision.decisionDate } : null,
        };
      });
    }
    const decision = item.needId ? taken.get(item.needId) : undefined;
    presented.push({
      id: item.id,
      position: item.position,
      kind: item.kind as MeetingItemKind,
      title: need?.title ?? item.title,
      analysis: item.analysis,
      proposal: item.proposal,
      need: need ? { id: need.id, number: need.number, title: need.title, summary: summaryOf(need.problem), status: need.status as NeedStatus, version: need.version } : null,
      initiative: item.initiativeId ? { id: item.initiativeId, title: initiativeTitles.get(item.initiativeId) ?? '' } : null,
      assessment:
        need && need.quadrant !== null && need.feasibility !== null && need.potential !== null && need.overall !== null
          ? { feasibility: need.feasibility, potential: need.potential, overall: need.overall, quadrant: need.quadrant as Quadrant, priority: priorityOf(need.quadrant as Quadrant) }
          : null,
      agreement,
      similar,
      decision: decision
        ? {
            id: decision.id,
            outcome: decision.outcome as DecisionOutcome,
            form: decision.form as InitiativeForm | null,
            ownerName: decision.ownerName,
            rationale: decision.rationale,
            decisionDate: decision.decisionDate,
            initiativeId: decision.initiativeId,
          }
        : null,
    });
  }
  return {
    ...presentMeetingSummary({ ...row, forumName: forum.name, itemCount: items.length, approverName: row.minutesApprovedBy ? await findUserName(tx, row.minutesApprovedBy) : null }),
    forum: { id: forum.id, name: forum.name, chairId: forum.chairId, members: forum.members },
    items: presented,
  };
}
