import type { TCalculation, TCalculationInput } from '@domain/cost-benefit.contracts';
import { kronorInputText } from '@domain/money';

/** The calculation form holds what the user types: every number as text. */
export type TCalcForm = TCalculationInput & { outcome: NonNullable<TCalculationInput['outcome']> };

const kr = (ore: string) => kronorInputText(BigInt(ore));
const count = (n: number) => String(n);

/** A stored calculation as form text (öre → "1 234,50"; basis points → "3,5"). */
export function calcFormOf(calc: TCalculation): TCalcForm {
  return {
    startYear: calc.startYear,
    years: calc.years,
    discountRate: (calc.discountRateBp / 100).toString().replace('.', ','),
    costs: calc.costs.map((l) => ({ kind: l.kind, label: l.label, fromYear: l.fromYear, toYear: l.toYear, quantity: count(l.quantity), unitAmount: kr(l.unitAmount) })),
    benefits: calc.benefits.map((l) => ({
      kind: l.kind,
      label: l.label,
      fromYear: l.fromYear,
      toYear: l.toYear,
      lowQuantity: count(l.low.quantity),
      highQuantity: count(l.high.quantity),
      lowUnitAmount: kr(l.low.unitAmount),
      highUnitAmount: kr(l.high.unitAmount),
    })),
    outcome: calc.outcome.map((o) => ({ year: o.year, cost: kr(o.cost), benefit: kr(o.benefit) })),
  };
}
