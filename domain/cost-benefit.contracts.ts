import { z } from 'zod';
import { BENEFIT_VALUE_KINDS, COST_KINDS, calculate, type CalculationInput, type ScenarioResult } from '@domain/cost-benefit';
import { parseKronor, oreToWire, type Ore } from '@domain/money';
import { parseSvCount, parseSvNumber, SV_NUMBER_MESSAGES } from '@domain/sv-number';

/**
 * The nyttokalkyl on the wire. Requests carry what the user typed (Swedish-formatted kronor and
 * counts); `parseCalculationRequest` turns them into exact öre or field errors. Responses carry
 * öre as decimal strings.
 */
const ZTyped = z.string().max(40);
const ZYear = z.number().int().min(2000).max(2100);
const ZLabel = z.string().trim().min(1).max(200);

export const ZCostLineInput = z.object({ kind: z.enum(COST_KINDS), label: ZLabel, fromYear: ZYear, toYear: ZYear, quantity: ZTyped, unitAmount: ZTyped });
export const ZBenefitValueLineInput = z.object({
  kind: z.enum(BENEFIT_VALUE_KINDS),
  label: ZLabel,
  fromYear: ZYear,
  toYear: ZYear,
  lowQuantity: ZTyped,
  highQuantity: ZTyped,
  lowUnitAmount: ZTyped,
  highUnitAmount: ZTyped,
});
export const ZOutcomeInput = z.object({ year: ZYear, cost: ZTyped, benefit: ZTyped });

type Issue = { path: (string | number)[]; message: string };
type RawCalculation = {
  startYear: number;
  years: number;
  discountRate: string;
  costs: z.infer<typeof ZCostLineInput>[];
  benefits: z.infer<typeof ZBenefitValueLineInput>[];
  outcome: z.infer<typeof ZOutcomeInput>[];
};
export type OutcomeYear = { year: number; cost: Ore; benefit: Ore };
export type ParsedCalculation = CalculationInput & { outcome: OutcomeYear[] };

/**
 * Turns a typed calculation into exact amounts, or lists every field that is wrong: text or units
 * in number fields ("12 tim"), negative counts or amounts, years outside the period.
 */
export function parseCalculationRequest(raw: RawCalculation): { ok: true; value: ParsedCalculation } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const lastYear = raw.startYear + raw.years - 1;
  const count = (text: string, path: Issue['path']) => {
    const parsed = parseSvCount(text);
    if (!parsed.ok) issues.push({ path, message: SV_NUMBER_MESSAGES[parsed.error] });
    return parsed.ok ? parsed.value : 0;
  };
  const money = (text: string, path: Issue['path']) => {
    const parsed = parseKronor(text);
    if (!parsed.ok) issues.push({ path, message: SV_NUMBER_MESSAGES[parsed.error] });
    return parsed.ok ? parsed.ore : 0n;
  };
  const span = (line: { fromYear: number; toYear: number }, path: Issue['path']) => {
    if (line.fromYear < raw.startYear || line.fromYear > lastYear) issues.push({ path: [...path, 'fromYear'], message: `Välj ett år mellan ${raw.startYear} och ${lastYear}.` });
    if (line.toYear < line.fromYear || line.toYear > lastYear) issues.push({ path: [...path, 'toYear'], message: `Välj ett år från startåret till ${lastYear}.` });
  };
  const rate = parseSvNumber(raw.discountRate, { maxDecimals: 2, allowNegative: false, maxIntegerDigits: 2 });
  if (!rate.ok) issues.push({ path: ['discountRate'], message: SV_NUMBER_MESSAGES[rate.error] });
  const costs = raw.costs.map((line, i) => {
    span(line, ['costs', i]);
    return { kind: line.kind, label: line.label, fromYear: line.fromYear, toYear: line.toYear, quantity: count(line.quantity, ['costs', i, 'quantity']), unitAmount: money(line.unitAmount, ['costs', i, 'unitAmount']) };
  });
  const benefits = raw.benefits.map((line, i) => {
    span(line, ['benefits', i]);
    return {
      kind: line.kind,
      label: line.label,
      fromYear: line.fromYear,
      toYear: line.toYear,
      low: { quantity: count(line.lowQuantity, ['benefits', i, 'lowQuantity']), unitAmount: money(line.lowUnitAmount, ['benefits', i, 'lowUnitAmount']) },
      high: { quantity: count(line.highQuantity, ['benefits', i, 'highQuantity']), unitAmount: money(line.highUnitAmount, ['benefits', i, 'highUnitAmount']) },
    };
  });
  const outcome = raw.outcome.map((row, i) => {
    if (row.year < raw.startYear || row.year > lastYear) issues.push({ path: ['outcome', i, 'year'], message: `Välj ett år mellan ${raw.startYear} och ${lastYear}.` });
    return { year: row.year, cost: money(row.cost, ['outcome', i, 'cost']), benefit: money(row.benefit, ['outcome', i, 'benefit']) };
  });
  if (new Set(raw.outcome.map((row) => row.year)).size !== raw.outcome.length) issues.push({ path: ['outcome'], message: 'Varje år får bara finnas en gång.' });
  if (issues.length > 0 || !rate.ok) return { ok: false, issues };
  const [whole, fraction = ''] = rate.value.split('.');
  const discountRateBp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return { ok: true, value: { startYear: raw.startYear, years: raw.years, discountRateBp, costs, benefits, outcome } };
}

export const ZCalculationInput = z
  .object({
    startYear: ZYear,
    years: z.number().int().min(1).max(15),
    discountRate: ZTyped,
    costs: z.array(ZCostLineInput).max(100),
    benefits: z.array(ZBenefitValueLineInput).max(100),
    outcome: z.array(ZOutcomeInput).max(15).default([]),
  })
  .superRefine((raw, ctx) => {
    const parsed = parseCalculationRequest({ ...raw, outcome: raw.outcome ?? [] });
    if (!parsed.ok) for (const issue of parsed.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type TCalculationInput = z.input<typeof ZCalculationInput>;

const ZOre = z.string().regex(/^-?\d+$/);
const ZYearResult = z.object({ year: z.number().int(), cost: ZOre, benefit: ZOre, net: ZOre, cumulativeNet: ZOre });
const ZScenarioResult = z.object({
  years: z.array(ZYearResult),
  totalCost: ZOre,
  totalBenefit: ZOre,
  totalNet: ZOre,
  paybackYear: z.number().int().nullable(),
  /** Benefit per invested krona in hundredths ("408" = 4,08 kr). */
  returnPerKronaHundredths: ZOre.nullable(),
  netPresentValue: ZOre,
});
export const ZCalculation = z
  .object({
    initiativeId: z.uuid(),
    exists: z.boolean(),
    startYear: z.number().int(),
    years: z.number().int(),
    discountRateBp: z.number().int(),
    costs: z.array(z.object({ kind: z.enum(COST_KINDS), label: z.string(), fromYear: z.number().int(), toYear: z.number().int(), quantity: z.number().int(), unitAmount: ZOre })),
    benefits: z.array(
      z.object({
        kind: z.enum(BENEFIT_VALUE_KINDS),
        label: z.string(),
        fromYear: z.number().int(),
        toYear: z.number().int(),
        low: z.object({ quantity: z.number().int(), unitAmount: ZOre }),
        high: z.object({ quantity: z.number().int(), unitAmount: ZOre }),
      }),
    ),
    outcome: z.array(z.object({ year: z.number().int(), cost: ZOre, benefit: ZOre })),
    result: z.object({ low: ZScenarioResult, high: ZScenarioResult }),
    version: z.number().int(),
  })
  .meta({ id: 'Calculation' });
export type TCalculation = z.infer<typeof ZCalculation>;

const scenarioToWire = (r: ScenarioResult) => ({
  years: r.years.map((y) => ({ year: y.year, cost: oreToWire(y.cost), benefit: oreToWire(y.benefit), net: oreToWire(y.net), cumulativeNet: oreToWire(y.cumulativeNet) })),
  totalCost: oreToWire(r.totalCost),
  totalBenefit: oreToWire(r.totalBenefit),
  totalNet: oreToWire(r.totalNet),
  paybackYear: r.paybackYear,
  returnPerKronaHundredths: r.returnPerKronaHundredths === null ? null : oreToWire(r.returnPerKronaHundredths),
  netPresentValue: oreToWire(r.netPresentValue),
});

/** A parsed calculation with its results, as the API answers it. */
export function calculationToWire(initiativeId: string, calc: ParsedCalculation, meta: { exists: boolean; version: number }): TCalculation {
  const result = calculate(calc);
  return {
    initiativeId,
    exists: meta.exists,
    version: meta.version,
    startYear: calc.startYear,
    years: calc.years,
    discountRateBp: calc.discountRateBp,
    costs: calc.costs.map((line) => ({ ...line, unitAmount: oreToWire(line.unitAmount) })),
    benefits: calc.benefits.map((line) => ({
      ...line,
      low: { quantity: line.low.quantity, unitAmount: oreToWire(line.low.unitAmount) },
      high: { quantity: line.high.quantity, unitAmount: oreToWire(line.high.unitAmount) },
    })),
    outcome: calc.outcome.map((row) => ({ year: row.year, cost: oreToWire(row.cost), benefit: oreToWire(row.benefit) })),
    result: { low: scenarioToWire(result.low), high: scenarioToWire(result.high) },
  };
}

/** Organisation defaults for new calculations: hourly rate, cost per visit, discount rate. */
export const ZCalculationSettingsInput = z
  .object({ hourlyRate: ZTyped, visitCost: ZTyped, discountRate: ZTyped })
  .superRefine((raw, ctx) => {
    for (const field of ['hourlyRate', 'visitCost'] as const) {
      const parsed = parseKronor(raw[field]);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [field], message: SV_NUMBER_MESSAGES[parsed.error] });
    }
    const rate = parseSvNumber(raw.discountRate, { maxDecimals: 2, allowNegative: false, maxIntegerDigits: 2 });
    if (!rate.ok) ctx.addIssue({ code: 'custom', path: ['discountRate'], message: SV_NUMBER_MESSAGES[rate.error] });
  });
export const ZCalculationSettings = z
  .object({ hourlyRate: ZOre, visitCost: ZOre, discountRateBp: z.number().int(), version: z.number().int() })
  .meta({ id: 'CalculationSettings' });
export type TCalculationSettings = z.infer<typeof ZCalculationSettings>;

/** "3,5" → 350 basis points; the caller has validated the text. */
export function basisPointsOf(text: string): number {
  const parsed = parseSvNumber(text, { maxDecimals: 2, allowNegative: false, maxIntegerDigits: 2 });
  if (!parsed.ok) throw new Error('invalid rate');
  const [whole, fraction = ''] = parsed.value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
