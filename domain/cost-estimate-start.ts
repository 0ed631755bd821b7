import { formatCostEstimate, costRange, type CostEstimate, type CostRecurrence } from '@domain/cost-estimate';
import type { CostKind, CostLine } from '@domain/cost-benefit';

const KIND_OF: Record<CostRecurrence, CostKind> = {
  one_off: 'investment',
  per_year: 'running_yearly',
  per_month: 'running_monthly',
  per_unit: 'per_unit',
  per_hour: 'internal_hours',
};

const LABEL_MAX = 200;

/**
 * The nyttokalkyl's starting cost lines from a need's estimated cost: a one-off cost is an
 * investment in the start year, a yearly or monthly cost runs every year of the period, a cost per
 * unit or per hour is one unit or hour every year (the user fills in how many). A range starts from
 * its high end, so the first calculation errs on the side of cost; the label is the note, or the
 * estimate written out when there is no note. No line when the estimate has no amount.
 */
export function costLinesFromEstimate(estimate: CostEstimate | null, startYear: number, years: number): CostLine[] {
  if (!estimate) return [];
  const range = costRange(estimate);
  if (!range) return [];
  const kind = KIND_OF[estimate.recurrence];
  const lastYear = kind === 'investment' ? startYear : startYear + years - 1;
  const label = (estimate.note.trim() || `Uppskattad kostnad: ${formatCostEstimate(estimate)}`).slice(0, LABEL_MAX);
  return [{ kind, label, fromYear: startYear, toYear: lastYear, quantity: 1, unitAmount: range[1] }];
}
