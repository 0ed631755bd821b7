import type { TBenefit } from '@domain/benefits.contracts';
import { BENEFIT_UNIT_LABELS } from '@domain/benefit-catalogue';
import type { BenefitStatus } from '@domain/benefit-status';
import type { TStatusTone } from '@web/ui/status-tag';

/** The colour that goes with a status; the tag's text always names it too. */
export const STATUS_TONES: Record<BenefitStatus, TStatusTone> = { not_started: 'neutral', on_track: 'info', at_risk: 'warning', realised: 'success', not_realised: 'danger' };

/** A measured value in Swedish with its unit: "1 020,5 antal". */
export function formatValue(value: string | null, unit: TBenefit['unit']): string {
  if (value === null) return '–';
  const [whole, fraction] = value.replace('-', '').split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const text = `${value.startsWith('-') ? '\u2212' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
  return unit ? `${text} ${BENEFIT_UNIT_LABELS[unit]}` : text;
}
