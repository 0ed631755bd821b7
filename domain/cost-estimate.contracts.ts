import { z } from 'zod';
import { COST_RECURRENCES, costEstimateIssues, type CostEstimate } from '@domain/cost-estimate';
import type { TFieldIssue } from '@domain/problem';

/** Whole öre as a decimal string (money never travels as a float). */
const ZOre = z.string().regex(/^\d{1,15}$/);

/**
 * Uppskattad kostnad on the wire: an amount (`low`) or a range (`low`–`high`), how it recurs, and a
 * note. The one definition shared by plan items and needs; the rules between the fields (a range
 * that runs upwards) are `costEstimateIssues` in `domain/cost-estimate.ts`, reported as field issues.
 */
export const ZCostEstimate = z
  .object({
    low: ZOre.nullable().default(null),
    high: ZOre.nullable().default(null),
    recurrence: z.enum(COST_RECURRENCES).default('one_off'),
    note: z.string().trim().max(300).default(''),
  });
export type TCostEstimate = z.infer<typeof ZCostEstimate>;

/** The wire/stored estimate (öre as strings) as the domain's estimate (öre as bigint). */
export function costEstimateFromWire(cost: TCostEstimate): CostEstimate {
  return { low: cost.low === null ? null : BigInt(cost.low), high: cost.high === null ? null : BigInt(cost.high), recurrence: cost.recurrence, note: cost.note };
}

/**
 * The field issues of an estimate under `prefix` (e.g. `body.costEstimate`): a range whose low is
 * above its high answers `<prefix>.high` `range_inverted`, so the form marks the right field.
 */
export function costEstimateFieldIssues(cost: TCostEstimate, prefix: string): TFieldIssue[] {
  return costEstimateIssues(costEstimateFromWire(cost)).map((issue) => ({ path: `${prefix}.${issue.path}`, code: issue.code }));
}
