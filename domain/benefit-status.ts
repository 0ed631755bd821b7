/**
 * Where a benefit stands (seed 002 §5, 001 §2.6): derived from its measurements, target and dates,
 * unless the follow-up has decided it was or was not realised. Pure, so the list, the chart and the
 * portfolio agree.
 */
export const BENEFIT_STATUSES = ['not_started', 'on_track', 'at_risk', 'realised', 'not_realised'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];
export const BENEFIT_STATUS_LABELS: Record<BenefitStatus, string> = {
  not_started: 'Ej påbörjad',
  on_track: 'På väg',
  at_risk: 'I riskzonen',
  realised: 'Realiserad',
  not_realised: 'Ej realiserad',
};

export const MEASUREMENT_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type MeasurementFrequency = (typeof MEASUREMENT_FREQUENCIES)[number];
export const FREQUENCY_MONTHS: Record<MeasurementFrequency, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

export type StatusSubject = {
  kind: 'quantitative' | 'qualitative';
  direction: 'higher_is_better' | 'lower_is_better' | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  decision: 'realised' | 'not_realised' | null;
};
export type MeasurementPoint = { measuredOn: string; value: number | null };

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** Share of the way from baseline to target the value has come (1 = target reached). */
export function progressTowardTarget(subject: Pick<StatusSubject, 'baselineValue' | 'targetValue' | 'direction'>, value: number): number | null {
  const { baselineValue, targetValue, direction } = subject;
  if (baselineValue === null || targetValue === null) return null;
  if (baselineValue === targetValue) {
    const reached = direction === 'lower_is_better' ? value <= targetValue : value >= targetValue;
    return reached ? 1 : 0;
  }
  return (value - baselineValue) / (targetValue - baselineValue);
}

/**
 * Derived status. Realised once the latest measurement reaches the target; not realised when the
 * target date passed without it; at risk when progress lags the time elapsed by more than a quarter
 * of the way, or moves away from the target; otherwise on track.
 */
export function benefitStatus(subject: StatusSubject, measurements: MeasurementPoint[], today: string): BenefitStatus {
  if (subject.decision) return subject.decision;
  const sorted = [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const latest = sorted.at(-1);
  if (!latest) return 'not_started';
  const pastTarget = subject.targetDate !== null && today > subject.targetDate;
  if (subject.kind === 'qualitative' || latest.value === null) return pastTarget ? 'at_risk' : 'on_track';
  const progress = progressTowardTarget(subject, latest.value);
  if (progress === null) return 'on_track';
  if (progress >= 1) return 'realised';
  if (pastTarget) return 'not_realised';
  if (progress < 0) return 'at_risk';
  if (subject.baselineDate && subject.targetDate && subject.targetDate > subject.baselineDate) {
    const elapsed = (dayNumber(today) - dayNumber(subject.baselineDate)) / (dayNumber(subject.targetDate) - dayNumber(subject.baselineDate));
    if (progress < Math.min(1, elapsed) - 0.25) return 'at_risk';
  }
  return 'on_track';
}

/** Adds months to a YYYY-MM-DD date, keeping the day within the month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * When the next measurement is due: one interval after the last measurement, or after the
 * baseline date (or the day the benefit was planned) when none exists. Null once decided.
 */
export function nextMeasurementDue(input: { frequency: MeasurementFrequency; lastMeasuredOn: string | null; startedOn: string; decided: boolean }): string | null {
  if (input.decided) return null;
  return addMonths(input.lastMeasuredOn ?? input.startedOn, FREQUENCY_MONTHS[input.frequency]);
}
