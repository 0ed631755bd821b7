import i18next from 'i18next';
import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import { PLAN_SECTION_LABELS_SV } from '@domain/plans.contracts';
import { formatDateTime, formatMoney, formatNumber } from '@web/ui/format';

/** Names for ids the log records (units, focus areas, goals), so a change reads "Hemtjänst", not a uuid. */
export type TNameLookup = ReadonlyMap<string, string>;

/** One row of "Visa ändring": the field's name, its value before and after in words, and whether it changed. */
export type TChangeRow = { key: string; label: string; before: TChangeValue; after: TChangeValue; changed: boolean };

/** A recorded value in words; null when the event did not record the field on that side. */
export type TChangeValue = { text: string } | null;

const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/**
 * Where the words for a field's coded values are, besides `audit.values.<field>`: the texts the
 * feature pages already use, so the log and the pages say the same ("Inkommen", "Kort sikt").
 */
const VALUE_TEXTS: Record<string, readonly string[]> = {
  status: ['needStatus', 'process.status', 'documents.status', 'risks.statuses', 'pilots.statuses'],
  needStatusBefore: ['needStatus'],
  affectedGroups: ['needs.affectedGroup'],
  roles: ['roles'],
  emailsTurnedOn: ['account.email.kinds'],
  emailsTurnedOff: ['account.email.kinds'],
  responsibleRole: ['roles'],
  rating: ['maturity.ratings'],
  operationArea: ['maturity.operationAreas'],
  operationAreas: ['maturity.operationAreas'],
  horizon: ['plans.horizons'],
  recurrence: ['plans.recurrences'],
  kind: ['plans.form.kinds', 'benefits.costKinds', 'benefits.valueKinds', 'process.roles.kinds', 'pilots.partnerKinds'],
  state: ['registers.welfareTech.states'],
  lifecycle: ['registers.lifecycles'],
  task: ['registers.taskNames'],
  relation: ['registers.systems.relations'],
  direction: ['registers.integrations.directions'],
  method: ['registers.integrations.methods'],
  perspective: ['risks.perspectives'],
  level: ['risks.levels'],
  technologies: ['risks.technologies'],
  outcome: ['decisions.outcome', 'pilots.outcomes'],
  form: ['decisions.forms'],
  role: ['registers.demos.roles'],
  type: ['audit.values.fileType'],
  format: ['audit.values.fileType'],
};

/** Nested keys named by the feature texts: assessment criteria, SWOT parts, classification aspects. */
const LABEL_TEXTS = ['assessment.short', 'strategy.swotParts', 'classification.aspects'] as const;

/** Fields whose value is the user's own words: shown as written, never looked up as a code. */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'name', 'title', 'description', 'lastError', 'text', 'comment', 'note', 'reason', 'rationale', 'body', 'problem', 'expectedBenefit', 'what', 'why', 'how',
  'vision', 'municipality', 'product', 'supplier', 'placement', 'technology', 'purpose', 'information', 'indicator', 'label', 'measures',
  'fileName', 'url', 'email', 'domain', 'judgement', 'privacyNote', 'consentHandling', 'consentIncapable', 'advice', 'worked', 'didNotWork',
  'decisionNote', 'stopReason', 'reflection', 'place', 'forWhom', 'interest', 'influence', 'ownerName', 'administratorName', 'supportRoutine',
  'assigneeName', 'systemName', 'fromSystemName', 'toSystemName', 'initiativeTitle', 'uploadedBy', 'classifiedBy', 'assessedBy', 'mediaType',
  'justification', 'problemSolved', 'difference', 'needTitle', 'decisionReference', 'councilDecisionReference', 'reference', 'question', 'answer', 'successFactors', 'strengths',
  'weaknesses', 'opportunities', 'threats', 'code', 'analysis', 'proposal', 'forumName', 'unitName', 'environment', 'whatIsTested', 'results', 'entryTitle', 'fromLibraryEntry', 'organizationName',
]);

/** Money the server records in öre (as a number or a string of digits). */
const ORE_FIELDS = new Set(['low', 'high', 'unitAmount', 'cost', 'benefit', 'amount']);
const isOreField = (key: string) => key.endsWith('Ore') || ORE_FIELDS.has(key);

const DOCUMENT_FIELD_LABELS: ReadonlyMap<string, string> = new Map(Object.values(DOCUMENT_TEMPLATES).flatMap((template) => template.fields.map((field) => [field.key, field.label] as const)));
const DOCUMENT_KIND_TITLES: ReadonlyMap<string, string> = new Map(Object.values(DOCUMENT_TEMPLATES).map((template) => [template.kind, template.title] as const));

const text = (key: string): string | undefined => (i18next.exists(key) ? String(i18next.t(key as never)) : undefined);

/** Whether the field has a name of its own (the audit texts, a feature's text, a document template). */
export function hasFieldLabel(key: string): boolean {
  return fieldLabelOrNull(key) !== null;
}

function fieldLabelOrNull(key: string): string | null {
  const own = text(`audit.fields.${key}`);
  if (own) return own;
  for (const prefix of LABEL_TEXTS) {
    const found = text(`${prefix}.${key}`);
    if (found) return found;
  }
  return DOCUMENT_FIELD_LABELS.get(key) ?? (PLAN_SECTION_LABELS_SV as Record<string, string>)[key] ?? null;
}

/**
 * The field's name in the UI language: from `audit.fields` (web/src/i18n/sv/audit.ts and en), or
 * the feature's own texts for nested parts; an unknown field keeps its code so nothing is hidden.
 */
export function fieldLabel(key: string): string {
  return fieldLabelOrNull(key) ?? key;
}

/** The words for one coded value of a field ("care_recipients" → "Brukare"), or undefined. */
export function codeText(key: string, code: string): string | undefined {
  for (const prefix of [`audit.values.${key}`, ...(VALUE_TEXTS[key] ?? [])]) {
    const found = text(`${prefix}.${code}`);
    if (found) return found;
  }
  if (key === 'kind') return DOCUMENT_KIND_TITLES.get(code);
  if (key === 'stage') return text(`initiatives.stages.${code}`);
  return undefined;
}

/** A code as the server writes it (`care_recipients`, `doNow`): lower-case ASCII, no spaces. */
export const looksLikeCode = (value: string) => /^[a-z][a-zA-Z0-9]*(_[a-z0-9]+)*$/.test(value);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const NAME_KEYS = ['title', 'name', 'label', 'text', 'description', 'fileName'] as const;
const MAX_DEPTH = 3;

/** One value in words, nested objects as "Fält: värde; Fält: värde" (never JSON). */
function words(key: string, value: unknown, names: TNameLookup, depth: number): string {
  const empty = i18next.t('audit.emptyValue');
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return i18next.t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') {
    if (isOreField(key)) return formatMoney(value / 100);
    if (key === 'discountRateBp') return `${formatNumber(value / 100)} %`;
    if (key === 'sizeBytes') return `${formatNumber(value, 0)} byte`;
    if (key === 'stage' || key === 'from' || key === 'to') return codeText('stage', String(value)) ? `${value} ${codeText('stage', String(value))}` : String(value);
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    if (isOreField(key) && /^-?\d+$/.test(value)) return formatMoney(Number(value) / 100);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    const named = names.get(value);
    if (named) return named;
    if (!FREE_TEXT_FIELDS.has(key) && looksLikeCode(value)) return codeText(key, value) ?? value;
    return value;
  }
  if (depth >= MAX_DEPTH) return i18next.t('audit.moreDetails');
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value.map((item) => (record(item) ? itemWords(key, record(item)!, names, depth + 1) : words(key, item, names, depth + 1))).join(record(value[0]) ? '; ' : ', ');
  }
  const object = record(value)!;
  const entries = Object.entries(object).filter(([, inner]) => inner !== undefined);
  if (entries.length === 0) return empty;
  return entries.map(([inner, innerValue]) => `${fieldLabel(inner)}: ${words(inner, innerValue, names, depth + 1)}`).join('; ');
}

/** An item of a list (a stakeholder, a cost line): its name first, then its other fields. */
function itemWords(key: string, item: Record<string, unknown>, names: TNameLookup, depth: number): string {
  const nameKey = NAME_KEYS.find((candidate) => typeof item[candidate] === 'string' && item[candidate] !== '');
  if (key === 'units' || key === 'needs' || key === 'goals') return nameKey ? String(item[nameKey]) : words(key, item, names, depth);
  if (!nameKey) return words(key, item, names, depth);
  const { [nameKey]: name, id: _id, ...rest } = item;
  const details = Object.entries(rest).filter(([inner, innerValue]) => innerValue !== undefined && !inner.endsWith('Id'));
  if (details.length === 0) return String(name);
  return `${String(name)} (${details.map(([inner, innerValue]) => `${fieldLabel(inner)}: ${words(inner, innerValue, names, depth + 1)}`).join(', ')})`;
}

/** A recorded value in words: Ja/Nej, role names, unit names instead of ids, codes in words, kronor for öre. */
export function changeValue(key: string, value: unknown, names: TNameLookup): TChangeValue {
  if (value === undefined) return null;
  return { text: words(key, value, names, 0) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows of "Visa ändring": every field recorded before or after, in the order first seen,
 * changed fields marked. A value that is not an object (rare) is shown as one row named "Värde".
 */
export function changeRows(before: unknown, after: unknown, names: TNameLookup): TChangeRow[] {
  const b = record(before);
  const a = record(after);
  if (!b && !a) {
    if (before === null && after === null) return [];
    return [{ key: 'value', label: i18next.t('audit.value'), before: changeValue('value', before ?? undefined, names), after: changeValue('value', after ?? undefined, names), changed: !same(before, after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({
    key,
    label: fieldLabel(key),
    before: b ? changeValue(key, b[key], names) : null,
    after: a ? changeValue(key, a[key], names) : null,
    changed: Boolean(b && a) && !same(b?.[key], a?.[key]),
  }));
}

/** "Status: Inkommen → Bedömd": the changed fields of an update, one line each, in words. */
export function changeSummary(before: unknown, after: unknown, names: TNameLookup): string[] {
  if (!record(before) || !record(after)) return [];
  return changeRows(before, after, names)
    .filter((row) => row.changed && row.key !== 'version' && row.key !== 'updatedAt')
    .map((row) => `${row.label}: ${row.before?.text ?? i18next.t('audit.emptyValue')} → ${row.after?.text ?? i18next.t('audit.emptyValue')}`);
}
