import { PRIORITY_LABELS, QUADRANT_LABELS } from '@domain/assessment';
import { FORM_LABELS, OUTCOME_LABELS } from '@domain/decisions.contracts';
import type { TAgendaItem, TMeeting } from '@domain/meetings.contracts';
import type { DocxContent, DocxSection } from '@server/platform/docx/docx-document';
import { swedishDate } from '@server/modules/meetings/meeting-policy';

const KIND_LABELS: Record<TAgendaItem['kind'], string> = {
  need: 'Behov att besluta',
  gate: 'Grindpassage för initiativ',
  plan: 'Plan att fastställa',
  benefit: 'Nyttorapport',
  other: 'Övrigt',
};

/** Swedish decimals with one digit: 1,5. */
const score = (value: number) => value.toLocaleString('sv-SE', { maximumFractionDigits: 1 });

function headingFacts(meeting: TMeeting): [string, string][] {
  const chair = meeting.forum.members.find((member) => member.isChair)?.name ?? '–';
  return [
    ['Beslutsforum', meeting.forum.name],
    ['Datum', swedishDate(meeting.meetingDate)],
    ['Plats', meeting.place || '–'],
    ['Ordförande', chair],
    ['Ledamöter', meeting.forum.members.map((member) => member.name).join(', ') || '–'],
  ];
}

const itemHeading = (item: TAgendaItem) => `§ ${item.position} ${item.title}`;

function assessmentText(item: TAgendaItem): string {
  if (!item.assessment) return 'Behovet är inte bedömt.';
  const { quadrant, priority, feasibility, potential, overall } = item.assessment;
  return [
    `${QUADRANT_LABELS[quadrant].slogan} (${PRIORITY_LABELS[priority]}).`,
    `Position i matrisen: genomförbarhet ${score(feasibility)}, potential ${score(potential)}, sammanvägt ${score(overall)} (1 är bäst, 4 sämst).`,
  ].join('\n');
}

/**
 * The kallelse med underlag as a Word document: the meeting's heading, the agenda as a table, and
 * per item its papers — the need's summary, its assessment and matrix position, teknikenhetens
 * analys and the förslag till beslut.
 */
export function agendaDocument(organizationName: string, meeting: TMeeting): DocxContent {
  const papers: DocxSection[] = meeting.items.flatMap((item) => [
    { heading: itemHeading(item), level: 2 as const, text: item.need ? `Behov ${item.need.number}. ${KIND_LABELS[item.kind]}.` : `${KIND_LABELS[item.kind]}.` },
    ...(item.need
      ? [
          { heading: 'Sammanfattning', level: 3 as const, text: item.need.summary },
          { heading: 'Bedömning och matrisposition', level: 3 as const, text: assessmentText(item) },
        ]
      : []),
    { heading: 'Teknikenhetens analys', level: 3 as const, text: item.analysis },
    { heading: 'Förslag till beslut', level: 3 as const, text: item.proposal },
  ]);
  return {
    organizationName,
    title: `Kallelse: ${meeting.title}`,
    subtitle: `${meeting.forum.name}, ${swedishDate(meeting.meetingDate)}`,
    facts: headingFacts(meeting),
    sections: [
      meeting.items.length === 0
        ? { heading: 'Dagordning', text: 'Dagordningen är tom.' }
        : { heading: 'Dagordning', table: { headers: ['§', 'Punkt', 'Typ'], rows: meeting.items.map((item) => [String(item.position), item.title, KIND_LABELS[item.kind]]), widths: [8, 62, 30] } },
      ...papers,
    ],
  };
}

function decisionText(item: TAgendaItem): string {
  const decision = item.decision;
  if (!decision) return item.kind === 'need' ? 'Inget beslut fattades vid sammanträdet.' : item.proposal ? `Förslag till beslut: ${item.proposal}` : 'Informationspunkt.';
  const outcome = decision.outcome === 'proceed' && decision.form ? `Genomför som ${FORM_LABELS[decision.form].toLowerCase()}` : OUTCOME_LABELS[decision.outcome];
  return [
    `Beslut: ${outcome}.`,
    ...(decision.ownerName ? [`Ansvarig: ${decision.ownerName}.`] : []),
    `Motivering: ${decision.rationale}`,
  ].join('\n');
}

/**
 * The protokoll as a Word document, from the decisions taken at the meeting: who was called (the
 * forum's members and chair), §-numbered items in agenda order with decision, owner and rationale,
 * and the justering — signed lines before the chair approves, the approval once it is done.
 */
export function minutesDocument(organizationName: string, meeting: TMeeting): DocxContent {
  const chair = meeting.forum.members.find((member) => member.isChair)?.name ?? '';
  const approval = meeting.minutesApprovedAt
    ? `Justerat ${swedishDate(meeting.minutesApprovedAt.slice(0, 10))} av ${meeting.minutesApprovedBy?.name ?? chair} (ordförande) i Digiplan.`
    : `Justeras\n\n…………………………………………\n${chair ? `${chair}, ordförande` : 'Ordförande'}`;
  return {
    organizationName,
    title: `Protokoll: ${meeting.title}`,
    subtitle: `${meeting.forum.name}, ${swedishDate(meeting.meetingDate)}`,
    facts: headingFacts(meeting),
    sections: [
      ...meeting.items.map((item) => ({ heading: itemHeading(item), level: 2 as const, text: decisionText(item) })),
      { heading: 'Justering', text: approval },
    ],
  };
}
