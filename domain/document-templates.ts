import { DOCUMENT_KINDS, type DocumentKind } from '@domain/gate-facts';
import { FORM_LABELS, type InitiativeForm } from '@domain/decisions.contracts';

/**
 * The structured documents of an initiative (001 §2–5, 002 §7.2): each kind is a form with named
 * fields. A new document starts prefilled from what the initiative already knows, so nobody types
 * the background twice. Field keys are stable (stored); labels are the Swedish headings the form
 * and the generated Word file show.
 */
export type TemplateField = {
  key: string;
  label: string;
  /** text: one line; textarea: paragraphs; choice: one of `options`; date: YYYY-MM-DD. */
  type: 'text' | 'textarea' | 'choice' | 'date';
  options?: readonly string[];
  help?: string;
};

export type DocumentTemplate = { kind: DocumentKind; title: string; intro: string; fields: readonly TemplateField[]; many: boolean };

const textarea = (key: string, label: string, help?: string): TemplateField => ({ key, label, type: 'textarea', ...(help ? { help } : {}) });
const text = (key: string, label: string): TemplateField => ({ key, label, type: 'text' });

export const STATUS_REPORT_COLOURS = ['Grön', 'Gul', 'Röd'] as const;

export const DOCUMENT_TEMPLATES: Record<DocumentKind, DocumentTemplate> = {
  project_directive: {
    kind: 'project_directive',
    title: 'Projektdirektiv',
    intro: 'Projektägarens uppdrag till projektet: varför det finns, vad det ska uppnå och inom vilka ramar.',
    many: false,
    fields: [
      textarea('background', 'Bakgrund'),
      textarea('purpose', 'Syfte'),
      textarea('goals', 'Mål', 'Mätbara mål och den nytta som ska uppnås.'),
      textarea('scope', 'Avgränsningar'),
      text('projectOwner', 'Projektägare'),
      text('projectManager', 'Projektledare'),
      text('steeringGroup', 'Styrgrupp'),
      textarea('timeline', 'Tidplan'),
      textarea('budget', 'Budget och resurser'),
      textarea('risks', 'Risker'),
    ],
  },
  assignment_description: {
    kind: 'assignment_description',
    title: 'Uppdragsbeskrivning',
    intro: 'Beskrivning av ett uppdrag med en ansvarig: vad som ska levereras, när och hur det följs upp.',
    many: false,
    fields: [
      textarea('background', 'Bakgrund'),
      textarea('assignment', 'Uppdrag'),
      textarea('deliverables', 'Leverans'),
      text('responsible', 'Ansvarig'),
      textarea('timeline', 'Tidplan'),
      textarea('followUp', 'Uppföljning av leveransen'),
    ],
  },
  feasibility_study: {
    kind: 'feasibility_study',
    title: 'Förstudie',
    intro: 'Nuläge och förutsättningar: vad som behövs, vad det beror på och om det går att genomföra.',
    many: false,
    fields: [
      textarea('currentState', 'Nuläge'),
      textarea('need', 'Behov och problem'),
      textarea('benefit', 'Förväntad nytta'),
      textarea('alternatives', 'Alternativa lösningar'),
      textarea('dependencies', 'Beroenden'),
      textarea('readiness', 'Verksamhetens förutsättningar'),
      textarea('risks', 'Risker'),
      textarea('recommendation', 'Rekommendation'),
    ],
  },
  project_plan: {
    kind: 'project_plan',
    title: 'Projektplan',
    intro: 'Hur införandet planeras: organisation, aktiviteter, kommunikation, utbildning och vem som tar över.',
    many: false,
    fields: [
      textarea('goals', 'Mål'),
      textarea('organisation', 'Projektorganisation'),
      textarea('activities', 'Aktiviteter och tidplan'),
      textarea('communication', 'Kommunikation'),
      textarea('training', 'Utbildning'),
      textarea('handoverPlan', 'Överlämning till förvaltning'),
      textarea('budget', 'Budget'),
      textarea('risks', 'Risker'),
    ],
  },
  status_report: {
    kind: 'status_report',
    title: 'Statusrapport',
    intro: 'Läget för en period: hur det går, vad som gjorts, vad som kommer och vilka beslut som behövs.',
    many: true,
    fields: [
      text('period', 'Period'),
      { key: 'status', label: 'Status', type: 'choice', options: STATUS_REPORT_COLOURS },
      textarea('done', 'Gjort under perioden'),
      textarea('nextSteps', 'Nästa steg'),
      textarea('risks', 'Risker'),
      textarea('decisionsNeeded', 'Beslut som behövs'),
    ],
  },
  handover: {
    kind: 'handover',
    title: 'Överlämning',
    intro: 'Överlämning till förvaltning och drift: vem som äger, förvaltar och ger stöd.',
    many: false,
    fields: [
      text('systemOwner', 'Systemägare'),
      text('maintainer', 'Förvaltare'),
      textarea('support', 'Support- och underhållsrutiner'),
      textarea('documentation', 'Dokumentation som lämnas över'),
      textarea('openIssues', 'Öppna frågor'),
      { key: 'meetingDate', label: 'Datum för överlämningsmöte', type: 'date' },
    ],
  },
  final_report: {
    kind: 'final_report',
    title: 'Slutrapport',
    intro: 'Vad initiativet åstadkom jämfört med målen, och vad organisationen lär sig av det.',
    many: false,
    fields: [
      textarea('summary', 'Sammanfattning'),
      textarea('goalFulfilment', 'Måluppfyllelse'),
      textarea('benefits', 'Uppnådd nytta'),
      textarea('finances', 'Ekonomi'),
      textarea('lessons', 'Lärdomar'),
      textarea('followUp', 'Fortsatt uppföljning'),
    ],
  },
};

/** What the initiative already knows; the prefill copies it into a new document's fields. */
export type PrefillFacts = {
  title: string;
  form: InitiativeForm;
  ownerName: string;
  problem: string | null;
  expectedBenefit: string | null;
  decisionRationale: string | null;
  plannedStartYear: number;
  /** The recorded risks, already shaped as "Beskrivning (nivå)". */
  risks: string[];
};

function risksText(facts: PrefillFacts): string {
  return facts.risks.length === 0 ? '' : facts.risks.map((risk) => `• ${risk}`).join('\n');
}

/**
 * The starting fields of a new document of `kind`. Only fields the initiative can answer are
 * filled; the rest start empty. Pure, so the form and the tests agree on it.
 */
export function prefillDocument(kind: DocumentKind, facts: PrefillFacts): Record<string, string> {
  const background = [facts.problem, facts.decisionRationale ? `Beslut: ${facts.decisionRationale}` : null].filter(Boolean).join('\n\n');
  const known: Record<string, string> = {
    background,
    need: facts.problem ?? '',
    purpose: facts.expectedBenefit ?? '',
    benefit: facts.expectedBenefit ?? '',
    goals: facts.expectedBenefit ?? '',
    projectOwner: facts.ownerName,
    responsible: facts.ownerName,
    systemOwner: '',
    timeline: `Planerad start ${facts.plannedStartYear}.`,
    risks: risksText(facts),
    assignment: facts.title,
    summary: `${FORM_LABELS[facts.form]}: ${facts.title}.`,
  };
  const fields = DOCUMENT_TEMPLATES[kind].fields;
  return Object.fromEntries(fields.map((field) => [field.key, known[field.key] ?? '']));
}

/** The keys a document of `kind` may hold. */
export function fieldKeysOf(kind: DocumentKind): string[] {
  return DOCUMENT_TEMPLATES[kind].fields.map((field) => field.key);
}

export { DOCUMENT_KINDS };
