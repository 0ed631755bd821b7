/**
 * Digital mognadsskattning (issue 17): the pure rules. An organisation rates each indicator per
 * verksamhetsområde on a six-level scale; the maturity index turns the ratings of one group (an
 * area, a verksamhetsområde, or everything) into a number 0–100.
 */

/** The four areas every indicator belongs to (UI: Ledning, Infrastruktur, Kompetens, Användning). */
export const MATURITY_AREAS = ['leadership', 'infrastructure', 'competence', 'usage'] as const;
export type MaturityArea = (typeof MATURITY_AREAS)[number];

/** The verksamhetsområden an organisation may assess (it chooses which apply). */
export const OPERATION_AREAS = ['overall', 'elderly_care', 'individual_family', 'disability'] as const;
export type OperationArea = (typeof OPERATION_AREAS)[number];

/** The six-level scale, best first (UI: uppnådd, nästan där, påbörjad, planerad, ej planerad, ej relevant). */
export const MATURITY_RATINGS = ['achieved', 'almost', 'started', 'planned', 'not_planned', 'not_relevant'] as const;
export type MaturityRating = (typeof MATURITY_RATINGS)[number];

/**
 * Points per rating in the maturity index. "Ej relevant" has none: it is left out of the index
 * altogether (neither counted nor dividing).
 */
export const RATING_POINTS: Record<Exclude<MaturityRating, 'not_relevant'>, number> = {
  achieved: 100,
  almost: 75,
  started: 50,
  planned: 25,
  not_planned: 0,
};

/** The formula as shown to the user (Swedish), next to every index. */
export const MATURITY_INDEX_FORMULA_SV =
  'Mognadsindex = (100 × uppnådd + 75 × nästan där + 50 × påbörjad + 25 × planerad + 0 × ej planerad) ÷ antalet bedömda indikatorer utom ”ej relevant”, avrundat till heltal. Obesvarade och ”ej relevant” räknas inte.';

/** How many answers have each rating. */
export type RatingCounts = Record<MaturityRating, number>;

export function emptyCounts(): RatingCounts {
  return { achieved: 0, almost: 0, started: 0, planned: 0, not_planned: 0, not_relevant: 0 };
}

export function countRatings(ratings: readonly MaturityRating[]): RatingCounts {
  const counts = emptyCounts();
  for (const rating of ratings) counts[rating] += 1;
  return counts;
}

/**
 * The maturity index 0–100 of a group of ratings: the mean of the points of every rating except
 * "ej relevant", rounded half up to a whole number; null when nothing countable was rated.
 */
export function maturityIndex(counts: RatingCounts): number | null {
  let points = 0;
  let counted = 0;
  for (const [rating, value] of Object.entries(RATING_POINTS) as [keyof typeof RATING_POINTS, number][]) {
    points += counts[rating] * value;
    counted += counts[rating];
  }
  if (counted === 0) return null;
  return Math.floor((points * 2 + counted) / (2 * counted));
}

/**
 * The share (0–100 %, one decimal) of the answers at each status, of all answers in the group
 * including "ej relevant"; all zero when the group has no answers.
 */
export function ratingShares(counts: RatingCounts): Record<MaturityRating, number> {
  const total = MATURITY_RATINGS.reduce((sum, rating) => sum + counts[rating], 0);
  const shares = emptyCounts();
  if (total === 0) return shares;
  for (const rating of MATURITY_RATINGS) shares[rating] = Math.round((counts[rating] * 1000) / total) / 10;
  return shares;
}

/** One rated cell: an indicator in an area, for one verksamhetsområde. */
export type RatedAnswer = { area: MaturityArea; operationArea: OperationArea; rating: MaturityRating };

export type MaturityGroupSummary = { counts: RatingCounts; shares: Record<MaturityRating, number>; index: number | null; answered: number };

function summarize(ratings: readonly MaturityRating[]): MaturityGroupSummary {
  const counts = countRatings(ratings);
  return { counts, shares: ratingShares(counts), index: maturityIndex(counts), answered: ratings.length };
}

export type MaturitySummary = {
  overall: MaturityGroupSummary;
  byArea: Record<MaturityArea, MaturityGroupSummary>;
  byOperationArea: Partial<Record<OperationArea, MaturityGroupSummary>>;
  /** Area × verksamhetsområde. */
  cells: { area: MaturityArea; operationArea: OperationArea; summary: MaturityGroupSummary }[];
};

/** The summary of one assessment: overall, per area, per verksamhetsområde and per pair of both. */
export function summarizeAssessment(answers: readonly RatedAnswer[], operationAreas: readonly OperationArea[]): MaturitySummary {
  const pick = (keep: (answer: RatedAnswer) => boolean) => summarize(answers.filter(keep).map((answer) => answer.rating));
  const byArea = Object.fromEntries(MATURITY_AREAS.map((area) => [area, pick((a) => a.area === area)])) as Record<MaturityArea, MaturityGroupSummary>;
  const byOperationArea = Object.fromEntries(operationAreas.map((op) => [op, pick((a) => a.operationArea === op)]));
  const cells = MATURITY_AREAS.flatMap((area) => operationAreas.map((operationArea) => ({ area, operationArea, summary: pick((a) => a.area === area && a.operationArea === operationArea) })));
  return { overall: pick(() => true), byArea, byOperationArea, cells };
}

/** Whether a rating means "not done yet": such an indicator can become a need in one step. */
export const canBecomeNeed = (rating: MaturityRating | null): boolean => rating === 'planned' || rating === 'not_planned';

/** A rating's order on the scale (higher is better); null for "ej relevant". */
export function ratingRank(rating: MaturityRating): number | null {
  return rating === 'not_relevant' ? null : RATING_POINTS[rating];
}

export type AnswerKey = { indicatorId: string; operationArea: OperationArea };
export type AnswerChange = AnswerKey & { before: MaturityRating | null; after: MaturityRating | null; direction: 'better' | 'worse' | 'other' };

/**
 * What changed since the previous assessment: every indicator × verksamhetsområde whose rating
 * differs, marked better or worse along the scale ("other" when either side is unrated or ej relevant).
 */
export function changesSince(previous: readonly (AnswerKey & { rating: MaturityRating })[], current: readonly (AnswerKey & { rating: MaturityRating })[]): AnswerChange[] {
  const key = (a: AnswerKey) => `${a.indicatorId}|${a.operationArea}`;
  const before = new Map(previous.map((a) => [key(a), a]));
  const after = new Map(current.map((a) => [key(a), a]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: AnswerChange[] = [];
  for (const k of keys) {
    const b = before.get(k)?.rating ?? null;
    const a = after.get(k)?.rating ?? null;
    if (a === b) continue;
    const source = (after.get(k) ?? before.get(k))!;
    const rb = b === null ? null : ratingRank(b);
    const ra = a === null ? null : ratingRank(a);
    const direction = rb === null || ra === null ? 'other' : ra > rb ? 'better' : 'worse';
    changes.push({ indicatorId: source.indicatorId, operationArea: source.operationArea, before: b, after: a, direction });
  }
  return changes;
}
