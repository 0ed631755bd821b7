/**
 * Risk values of the risk- och konsekvensanalys (001 §2.2, 002 §7.6): likelihood (sannolikhet) and
 * consequence (konsekvens) are each rated 1–4, the risk value is their product (1–16), and the
 * value falls into one of four levels that the risk matrix colours and the gate rules can read.
 */
export const RISK_PERSPECTIVES = ['legal', 'information_security', 'staff', 'clients', 'economy', 'ethics'] as const;
export type RiskPerspective = (typeof RISK_PERSPECTIVES)[number];

export const RISK_STATUSES = ['open', 'in_progress', 'resolved'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_SCALE = [1, 2, 3, 4] as const;
export type RiskRating = (typeof RISK_SCALE)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_PERSPECTIVE_LABELS_SV: Record<RiskPerspective, string> = {
  legal: 'Juridik',
  information_security: 'Informationssäkerhet',
  staff: 'Medarbetare',
  clients: 'Brukare',
  economy: 'Ekonomi',
  ethics: 'Etik',
};
export const RISK_STATUS_LABELS_SV: Record<RiskStatus, string> = { open: 'Öppen', in_progress: 'Hanteras', resolved: 'Åtgärdad/accepterad' };
export const RISK_LEVEL_LABELS_SV: Record<RiskLevel, string> = { low: 'Låg', medium: 'Medel', high: 'Hög', very_high: 'Mycket hög' };

/** Likelihood × consequence. Ratings outside 1–4 are a programming error, not user input. */
export function riskValue(likelihood: number, consequence: number): number {
  for (const rating of [likelihood, consequence]) {
    if (!Number.isInteger(rating) || rating < 1 || rating > 4) throw new RangeError(`A risk rating is 1–4, got ${rating}.`);
  }
  return likelihood * consequence;
}

/**
 * The level of a risk value. The bands follow the usual 4×4 matrix: 1–3 låg, 4–6 medel, 8–9 hög,
 * 12–16 mycket hög (a risk that is both likely and serious must not be called "medel").
 */
export function riskLevel(value: number): RiskLevel {
  if (value <= 3) return 'low';
  if (value <= 6) return 'medium';
  if (value <= 9) return 'high';
  return 'very_high';
}
