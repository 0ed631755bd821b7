import { costEstimateIssues, type CostRecurrence } from '@domain/cost-estimate';
import { kronorInputText, oreFromWire, oreToWire, parseKronor } from '@domain/money';
import { ZMovePlanItemRequest, ZPlanItemInput, type TMovePlanItemRequest, type TPlanCandidate, type TPlanItem, type TPlanItemInput, type TPlanTiming } from '@domain/plans.contracts';
import type { PlanPriority } from '@domain/plan-priority';
import { periodYearList, timingIssues, type Horizon, type PlanPeriod, type TimingKind } from '@domain/plan-timing';

/**
 * The plan item form as the user fills it in (every number as typed text) and the pure rules that
 * turn it into the API's `TPlanItemInput`: years and kronor are read the Swedish way, the shared
 * domain rules (timing within the period, a range that runs upwards) and the shared zod contract
 * check it, and every problem names the form field it belongs to.
 */
export type TTimingForm = { timingKind: TimingKind; year: string; fromYear: string; toYear: string; quarter: '1' | '2' | '3' | '4' };

export const COST_KINDS = ['none', 'amount', 'range'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export type TItemForm = TTimingForm & {
  /** '' for a free item, `initiative:<id>` or `need:<id>` for a candidate. */
  source: string;
  title: string;
  what: string;
  why: string;
  how: string;
  expectedBenefit: string;
  horizon: Horizon;
  priority: '' | PlanPriority;
  costKind: CostKind;
  low: string;
  high: string;
  recurrence: CostRecurrence;
  note: string;
  staffHours: { year: number; hours: string }[];
  focusAreaId: string;
};

export type TMoveForm = TTimingForm & { horizon: Horizon; reason: string };

/** Why a field is refused; the page words it (`plans.form.<code>`). */
export type TIssueCode = 'required' | 'yearInvalid' | 'outsidePeriod' | 'rangeInverted' | 'kronor' | 'hours' | 'invalid';
export type TFormIssue = { field: string; code: TIssueCode };
export type TFormResult<T> = { ok: true; value: T } | { ok: false; issues: TFormIssue[] };

const readYear = (text: string): number | null => (/^\s*\d{4}\s*$/.test(text) ? Number(text.trim()) : null);

/** The timing fields as a `TPlanTiming`, with the year fields that the kind needs checked against the period. */
export function timingFromForm(values: TTimingForm, period: PlanPeriod): TFormResult<TPlanTiming> {
  const issues: TFormIssue[] = [];
  const year = (field: 'year' | 'fromYear' | 'toYear') => {
    const value = readYear(values[field]);
    if (value === null) issues.push({ field, code: values[field].trim() === '' ? 'required' : 'yearInvalid' });
    return value ?? 0;
  };
  let timing: TPlanTiming;
  switch (values.timingKind) {
    case 'year':
      timing = { kind: 'year', year: year('year') };
      break;
    case 'years':
      timing = { kind: 'years', fromYear: year('fromYear'), toYear: year('toYear') };
      break;
    case 'quarter':
      timing = { kind: 'quarter', year: year('year'), quarter: Number(values.quarter) as 1 | 2 | 3 | 4 };
      break;
    case 'ongoing':
    case 'eventually':
      timing = { kind: values.timingKind };
      break;
  }
  if (issues.length > 0) return { ok: false, issues };
  const ruleIssues = timingIssues(timing, period).map((issue): TFormIssue => ({ field: issue.path, code: issue.code === 'outside_period' ? 'outsidePeriod' : 'rangeInverted' }));
  return ruleIssues.length > 0 ? { ok: false, issues: ruleIssues } : { ok: true, value: timing };
}

/** A zod issue path of the shared contract (or a server path without `body.`) as a form field. */
export function formFieldOfPath(path: readonly PropertyKey[] | string): string {
  const parts = (typeof path === 'string' ? path.split('.') : path.map(String)).filter((part) => part !== '');
  if (parts[0] === 'body') parts.shift();
  const [head, second] = parts;
  if (head === 'timing') return second === 'fromYear' || second === 'toYear' || second === 'quarter' ? second : 'year';
  if (head === 'cost') return second === 'high' || second === 'note' || second === 'recurrence' ? second : 'low';
  if (head === 'staffHours') return second === undefined ? 'staffHours' : `staffHours.${second}.hours`;
  if (head === 'needId' || head === 'initiativeId') return 'source';
  return head ?? '';
}

/** Zod's verdict on a built request, as form issues (lengths, enums: anything the form did not catch itself). */
function contractIssues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string; minimum?: unknown }[] } }): TFormIssue[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => ({ field: formFieldOfPath(issue.path), code: issue.code === 'too_small' ? 'required' : 'invalid' }));
}

/** Reads kronor typed the Swedish way into öre on the wire; '' is no amount. */
function readKronor(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  const parsed = parseKronor(text);
  return parsed.ok ? oreToWire(parsed.ore) : undefined;
}

/** The filled-in item form as the API's request, or the problems per field. */
export function itemInputFromForm(values: TItemForm, period: PlanPeriod): TFormResult<TPlanItemInput> {
  const issues: TFormIssue[] = [];
  if (values.title.trim() === '') issues.push({ field: 'title', code: 'required' });
  const timing = timingFromForm(values, period);
  if (!timing.ok) issues.push(...timing.issues);

  let low: string | null = null;
  let high: string | null = null;
  if (values.costKind !== 'none') {
    const readLow = readKronor(values.low);
    if (readLow === undefined) issues.push({ field: 'low', code: 'kronor' });
    else if (readLow === null) issues.push({ field: 'low', code: 'required' });
    else low = readLow;
  }
  if (values.costKind === 'range') {
    const readHigh = readKronor(values.high);
    if (readHigh === undefined) issues.push({ field: 'high', code: 'kronor' });
    else if (readHigh === null) issues.push({ field: 'high', code: 'required' });
    else high = readHigh;
  }
  const cost = { low, high, recurrence: values.recurrence, note: values.note };
  const costRules = costEstimateIssues({ ...cost, low: low === null ? null : oreFromWire(low), high: high === null ? null : oreFromWire(high) });
  for (const issue of costRules) issues.push({ field: issue.path, code: issue.code === 'range_inverted' ? 'rangeInverted' : 'kronor' });

  const staffHours: TPlanItemInput['staffHours'] = [];
  values.staffHours.forEach((entry, index) => {
    const text = entry.hours.replace(/[\s\u00a0]/g, '');
    if (text === '') return;
    if (!/^\d{1,7}$/.test(text)) issues.push({ field: `staffHours.${index}.hours`, code: 'hours' });
    else staffHours.push({ year: entry.year, hours: Number(text) });
  });
  if (issues.length > 0 || !timing.ok) return { ok: false, issues };

  const [kind, id] = values.source.split(':');
  const input = {
    needId: kind === 'need' ? (id ?? null) : null,
    initiativeId: kind === 'initiative' ? (id ?? null) : null,
    title: values.title,
    what: values.what,
    why: values.why,
    how: values.how,
    expectedBenefit: values.expectedBenefit,
    timing: timing.value,
    horizon: values.horizon,
    priority: values.priority === '' ? null : values.priority,
    cost,
    staffHours,
    focusAreaId: values.focusAreaId === '' ? null : values.focusAreaId,
  };
  const parsed = ZPlanItemInput.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: contractIssues(parsed) };
}

/** The move form as the API's request, or the problems per field (the reason is required). */
export function moveInputFromForm(values: TMoveForm, period: PlanPeriod): TFormResult<TMovePlanItemRequest> {
  const timing = timingFromForm(values, period);
  const issues = timing.ok ? [] : [...timing.issues];
  if (values.reason.trim() === '') issues.push({ field: 'reason', code: 'required' });
  if (!timing.ok || issues.length > 0) return { ok: false, issues };
  const parsed = ZMovePlanItemRequest.safeParse({ timing: timing.value, horizon: values.horizon, reason: values.reason });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: contractIssues(parsed) };
}

/** The timing fields of a stored timing; a new item starts in the plan's first year. */
export function timingFormOf(timing: TPlanTiming | null, period: PlanPeriod): TTimingForm {
  const first = String(period.startYear);
  const blank: TTimingForm = { timingKind: 'year', year: first, fromYear: first, toYear: String(period.endYear), quarter: '1' };
  if (!timing) return blank;
  switch (timing.kind) {
    case 'year':
      return { ...blank, year: String(timing.year) };
    case 'years':
      return { ...blank, timingKind: 'years', fromYear: String(timing.fromYear), toYear: String(timing.toYear) };
    case 'quarter':
      return { ...blank, timingKind: 'quarter', year: String(timing.year), quarter: String(timing.quarter) as TTimingForm['quarter'] };
    case 'ongoing':
    case 'eventually':
      return { ...blank, timingKind: timing.kind };
  }
}

/** The form of a stored item (to change it) or an empty one (to add). */
export function itemFormOf(item: TPlanItem | undefined, period: PlanPeriod): TItemForm {
  const hours = new Map((item?.staffHours ?? []).map((entry) => [entry.year, entry.hours]));
  const low = item?.cost.low ?? null;
  const high = item?.cost.high ?? null;
  return {
    ...timingFormOf(item?.timing ?? null, period),
    source: item?.initiativeId ? `initiative:${item.initiativeId}` : item?.needId ? `need:${item.needId}` : '',
    title: item?.title ?? '',
    what: item?.what ?? '',
    why: item?.why ?? '',
    how: item?.how ?? '',
    expectedBenefit: item?.expectedBenefit ?? '',
    horizon: item?.horizon ?? 'short',
    priority: item?.priority ?? '',
    costKind: low === null ? 'none' : high === null || high === low ? 'amount' : 'range',
    low: low === null ? '' : kronorInputText(oreFromWire(low)),
    high: high === null || high === low ? '' : kronorInputText(oreFromWire(high)),
    recurrence: item?.cost.recurrence ?? 'one_off',
    note: item?.cost.note ?? '',
    staffHours: periodYearList(period).map((year) => ({ year, hours: hours.has(year) ? String(hours.get(year)) : '' })),
    focusAreaId: item?.focusAreaId ?? '',
  };
}

/** Fills the form from a chosen candidate: its title, focus area, planned year and the matrix's priority. */
export function withCandidate(values: TItemForm, candidate: TPlanCandidate | undefined, period: PlanPeriod): TItemForm {
  if (!candidate) return { ...values, source: '' };
  const year = candidate.plannedStartYear !== null && candidate.plannedStartYear >= period.startYear && candidate.plannedStartYear <= period.endYear ? candidate.plannedStartYear : null;
  const single = candidate.prioritySuggestion === '1' || candidate.prioritySuggestion === '4' ? candidate.prioritySuggestion : '';
  return {
    ...values,
    source: `${candidate.kind}:${candidate.id}`,
    title: candidate.title,
    focusAreaId: candidate.focusAreaId ?? values.focusAreaId,
    ...(year === null ? {} : { timingKind: 'year' as const, year: String(year) }),
    priority: single,
  };
}
