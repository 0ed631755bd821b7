import i18next from 'i18next';
import type { Priority } from '@domain/assessment';
import { formatMoney } from '@domain/money';
import type { PlanStatus } from '@domain/plans.contracts';

/** What a status text needs of a plan, a plan summary or a version summary. */
export type TPlanVersionStatus = { status: PlanStatus; fixedOn: string | null };

/** "2–3": the matrix's suggestion as the plan writes it beside a chosen priority. */
export const suggestionText = (suggestion: Priority) => suggestion.replace('-', '–');

/** "Utkast" or "Fastställd 2026-02-17". */
export const statusText = (plan: TPlanVersionStatus) => (plan.status === 'fixed' ? i18next.t('plans.status.fixed', { date: plan.fixedOn ?? '' }) : i18next.t('plans.status.draft'));

/** A yearly sum as "40 000 kr" or, when it is a range, "40 000–60 000 kr" (exact: öre as bigint). */
export function moneyRangeText(low: string, high: string): string {
  if (low === high) return formatMoney(BigInt(low));
  return `${formatMoney(BigInt(low)).replace(/\u00a0kr$/, '')}–${formatMoney(BigInt(high))}`;
}
