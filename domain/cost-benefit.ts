import { divRound, type Ore } from '@domain/money';

/**
 * Nyttokalkyl (seed 000 list, 003 e-hemtjänst, 004 resources): costs and monetised benefits per
 * year over a period, in a low and a high scenario. Pure and exact: every amount is whole öre in a
 * bigint; the only rounding is to whole öre, once per line-year and once for the present value.
 */
export const COST_KINDS = ['investment', 'per_unit', 'running_monthly', 'running_yearly', 'internal_hours'] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const BENEFIT_VALUE_KINDS = ['hours_saved', 'visits_avoided', 'avoided_cost'] as const;
export type BenefitValueKind = (typeof BENEFIT_VALUE_KINDS)[number];

/**
 * A cost that applies in each year from `fromYear` to `toYear`: quantity × unit amount (× 12 for a
 * monthly running cost). An investment is quantity 1 in one year; internal work is hours × rate.
 */
export type CostLine = { kind: CostKind; label: string; fromYear: number; toYear: number; quantity: number; unitAmount: Ore };
export type ScenarioValue = { quantity: number; unitAmount: Ore };
/** A benefit valued in money each year, with its low and high estimate (hours × rate, visits × cost …). */
export type BenefitValueLine = { kind: BenefitValueKind; label: string; fromYear: number; toYear: number; low: ScenarioValue; high: ScenarioValue };

export type CalculationInput = {
  startYear: number;
  years: number;
  /** Discount rate in basis points (300 = 3 %); year one is not discounted. */
  discountRateBp: number;
  costs: CostLine[];
  benefits: BenefitValueLine[];
};

export type YearResult = { year: number; cost: Ore; benefit: Ore; net: Ore; cumulativeNet: Ore };
export type ScenarioResult = {
  years: YearResult[];
  totalCost: Ore;
  totalBenefit: Ore;
  totalNet: Ore;
  /** The first year the cumulative net is no longer negative once something was gained; null = never. */
  paybackYear: number | null;
  /** Benefit per invested krona in hundredths (408 = 4,08 kr back per krona); null without costs. */
  returnPerKronaHundredths: bigint | null;
  netPresentValue: Ore;
};
export type CalculationResult = { low: ScenarioResult; high: ScenarioResult };
export type Scenario = 'low' | 'high';

const appliesIn = (line: { fromYear: number; toYear: number }, year: number) => year >= line.fromYear && year <= line.toYear;

/** What one cost line costs in one year of the period. */
export function costLineAmount(line: CostLine, year: number): Ore {
  if (!appliesIn(line, year)) return 0n;
  const perYear = line.kind === 'running_monthly' ? 12n : 1n;
  return BigInt(line.quantity) * line.unitAmount * perYear;
}

/** What one benefit line is worth in one year of the period in a scenario. */
export function benefitLineAmount(line: BenefitValueLine, year: number, scenario: Scenario): Ore {
  if (!appliesIn(line, year)) return 0n;
  const value = line[scenario];
  return BigInt(value.quantity) * value.unitAmount;
}

/** The calendar years of the period. */
export function periodYears(input: Pick<CalculationInput, 'startYear' | 'years'>): number[] {
  return Array.from({ length: input.years }, (_, index) => input.startYear + index);
}

/**
 * Net present value: Σ net_t / (1 + r)^t with t = 0 for the first year, summed as one exact
 * fraction over (10000 + bp)^(n−1) and rounded once to whole öre.
 */
export function netPresentValue(nets: Ore[], discountRateBp: number): Ore {
  if (nets.length === 0) return 0n;
  const base = 10_000n;
  const grown = base + BigInt(discountRateBp);
  const last = nets.length - 1;
  let numerator = 0n;
  nets.forEach((net, t) => {
    numerator += net * base ** BigInt(t) * grown ** BigInt(last - t);
  });
  return divRound(numerator, grown ** BigInt(last));
}

function scenarioResult(input: CalculationInput, scenario: Scenario): ScenarioResult {
  let cumulative = 0n;
  let cumulativeBenefit = 0n;
  let paybackYear: number | null = null;
  const years = periodYears(input).map((year) => {
    const cost = input.costs.reduce((sum, line) => sum + costLineAmount(line, year), 0n);
    const benefit = input.benefits.reduce((sum, line) => sum + benefitLineAmount(line, year, scenario), 0n);
    const net = benefit - cost;
    cumulative += net;
    cumulativeBenefit += benefit;
    if (paybackYear === null && cumulativeBenefit > 0n && cumulative >= 0n) paybackYear = year;
    return { year, cost, benefit, net, cumulativeNet: cumulative };
  });
  const totalCost = years.reduce((sum, y) => sum + y.cost, 0n);
  const totalBenefit = years.reduce((sum, y) => sum + y.benefit, 0n);
  return {
    years,
    totalCost,
    totalBenefit,
    totalNet: totalBenefit - totalCost,
    paybackYear,
    returnPerKronaHundredths: totalCost > 0n ? divRound(totalBenefit * 100n, totalCost) : null,
    netPresentValue: netPresentValue(
      years.map((y) => y.net),
      input.discountRateBp,
    ),
  };
}

/** The calculation's results per year and in total, for the low and the high scenario. */
export function calculate(input: CalculationInput): CalculationResult {
  return { low: scenarioResult(input, 'low'), high: scenarioResult(input, 'high') };
}
