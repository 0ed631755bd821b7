/**
 * The assessment model (bedömningsmodell): eight criteria scored 1–4 where 1 is best, two axes
 * (genomförbarhet and potential/nytta), the 2×2 prioritisation matrix and the statistics over
 * several independent raters. Pure rules, no I/O: the server and the web app share them.
 */
export const AXES = ['feasibility', 'potential'] as const;
export type Axis = (typeof AXES)[number];

/** The eight criteria in the order they are shown: four per axis. */
export const CRITERION_KEYS = [
  'competence',
  'leadershipSupport',
  'complexity',
  'financing',
  'savings',
  'quality',
  'mandatoryRequirement',
  'goalFulfilment',
] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export const LEVELS = [1, 2, 3, 4] as const;
/** A score: 1 is the best (most feasible, most benefit), 4 the worst. */
export type Level = (typeof LEVELS)[number];
export type Scores = Record<CriterionKey, Level>;

export type Criterion = { key: CriterionKey; axis: Axis; label: string; description: string };

export const AXIS_LABELS: Record<Axis, string> = { feasibility: 'Genomförbarhet', potential: 'Potential/nytta' };

/** The criteria in display order, with their axis and a Swedish label and description. */
export const CRITERIA: readonly Criterion[] = [
  { key: 'competence', axis: 'feasibility', label: 'Tillgänglig kompetens', description: 'Finns kunskap, tid och andra resurser för att genomföra förändringen?' },
  { key: 'leadershipSupport', axis: 'feasibility', label: 'Stöd och intresse från ledning', description: 'Hur högt upp i ledningen är förändringen känd och önskad?' },
  { key: 'complexity', axis: 'feasibility', label: 'Komplexitet', description: 'Hur många enheter, medarbetare, brukare, system och rutiner berörs, och hur ny är tekniken?' },
  { key: 'financing', axis: 'feasibility', label: 'Finansiering', description: 'Ryms kostnaden i årets budget?' },
  { key: 'savings', axis: 'potential', label: 'Kostnads- och tidsbesparing', description: 'Hur mycket tid eller pengar sparar förändringen?' },
  { key: 'quality', axis: 'potential', label: 'Förbättrad kvalitet, brukarupplevelse eller arbetsmiljö', description: 'Hur mycket bättre blir det för brukare eller medarbetare, och för hur många?' },
  { key: 'mandatoryRequirement', axis: 'potential', label: 'Tvingande krav', description: 'Krävs förändringen av lag, direktiv eller rekommendation, och hur bråttom är det?' },
  { key: 'goalFulfilment', axis: 'potential', label: 'Måluppfyllelse', description: 'Hur viktig är förändringen för att nå de strategiska målen?' },
];

/**
 * Help text per criterion and level, written in our own words: the meanings follow the Karlsborg
 * assessment model, the sentences are ours. Level 1 is always the most favourable.
 */
export const LEVEL_HELP: Record<CriterionKey, Record<Level, string>> = {
  competence: {
    1: 'Rätt kunskap och tillräckligt med tid finns redan nu hos dem som ska göra jobbet.',
    2: 'Det mesta av kunskapen och tiden finns nu; mindre luckor kan behöva fyllas.',
    3: 'Kunskap eller tid saknas i dag men väntas finnas längre fram; extern hjälp kan bli aktuell.',
    4: 'Kunskap och tid väntas inte finnas; extern hjälp skulle behövas och är svår att hitta eller kostsam.',
  },
  leadershipSupport: {
    1: 'Förändringen har uttalat stöd ända upp i den politiska ledningen (nämnd, KS eller KF).',
    2: 'Kommunens ledning, inte bara förvaltningens, står bakom förändringen.',
    3: 'Förvaltningens ledningsgrupp står bakom förändringen.',
    4: 'Ledningen känner inte till förändringen; den är inte förankrad och stödet är oklart.',
  },
  complexity: {
    1: 'Enkel förändring med beprövad teknik som bara rör ett fåtal medarbetare.',
    2: 'Begränsad komplexitet: tekniken är delvis bekant och bara någon eller några enheter påverkas.',
    3: 'Hög komplexitet: tekniken är ny för oss och en stor del av förvaltningen påverkas.',
    4: 'Mycket hög komplexitet: tekniken är oprövad även hos andra, och hela förvaltningen, kanske fler, påverkas.',
  },
  financing: {
    1: 'Hela kostnaden ryms i årets budget utan att något annat behöver stå tillbaka.',
    2: 'Största delen ryms i årets budget; små omprioriteringar kan behövas.',
    3: 'En del ryms i årets budget; pengar behöver troligen flyttas från annat.',
    4: 'Pengar saknas i nuvarande budget.',
  },
  savings: {
    1: 'Sparar mycket tid eller sänker kostnaderna kraftigt.',
    2: 'Ger en tydlig effektivisering eller betydligt lägre kostnader.',
    3: 'Ger en viss effektivisering eller något lägre kostnader.',
    4: 'Sparar ingen eller knappt märkbar tid eller kostnad.',
  },
  quality: {
    1: 'Mycket stor förbättring som märks för nästan alla brukare eller medarbetare.',
    2: 'Stor förbättring som märks för många brukare eller medarbetare.',
    3: 'Märkbar förbättring för en del brukare eller medarbetare.',
    4: 'Knappt märkbar förbättring som bara berör ett fåtal.',
  },
  mandatoryRequirement: {
    1: 'Behövs för att följa en lag eller ett särskilt direktiv, och tiden är knapp.',
    2: 'Behövs för att följa en lag eller ett särskilt direktiv; det brådskar inte i samma grad.',
    3: 'Behövs för att följa en lag eller ett särskilt direktiv, men det finns gott om tid.',
    4: 'Inget lagkrav; som mest följer vi en rekommendation.',
  },
  goalFulfilment: {
    1: 'Nödvändig för att nå flera av våra viktigaste strategiska mål.',
    2: 'Nödvändig för att nå ett av de strategiska målen.',
    3: 'Bidrar i viss mån till de strategiska målen.',
    4: 'Har bara svag koppling till de strategiska målen.',
  },
};

/** The criteria of one axis. */
export function criteriaOf(axis: Axis): CriterionKey[] {
  return CRITERIA.filter((c) => c.axis === axis).map((c) => c.key);
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** An axis value: the mean of its four scores (1 best … 4 worst). Multiples of 0.25, exact in floating point. */
export function axisMean(scores: Scores, axis: Axis): number {
  return mean(criteriaOf(axis).map((key) => scores[key]));
}

/** The overall score of the model: the sum of the eight scores divided by 8. */
export function overallScore(scores: Scores): number {
  return CRITERION_KEYS.reduce((sum, key) => sum + scores[key], 0) / 8;
}

/**
 * Where an axis flips from favourable to unfavourable. The scale is 1–4, so its midpoint is 2.5.
 * A value of exactly 2.5 counts as favourable ("hög"): the tie is resolved in the need's favour,
 * because a borderline need should be put in front of OLG in the better quadrant and discussed
 * rather than quietly filed as "Digitalisera ej!". A mean of four integer scores hits 2.5 often
 * (e.g. 2+2+3+3), so the choice matters and is pinned by tests.
 */
export const AXIS_BOUNDARY = 2.5;

/** True when an axis value is on the favourable side (≤ 2.5; see AXIS_BOUNDARY). */
export function isFavourable(axisValue: number): boolean {
  return axisValue <= AXIS_BOUNDARY;
}

export const QUADRANTS = ['doNow', 'doLater', 'doWhenOpportune', 'doNot'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * The quadrant of the prioritisation matrix. High feasibility and high potential → doNow; low
 * feasibility but high potential → doLater; high feasibility but low potential → doWhenOpportune;
 * both low → doNot.
 */
export function quadrantOf(feasibility: number, potential: number): Quadrant {
  const feasible = isFavourable(feasibility);
  const valuable = isFavourable(potential);
  if (feasible && valuable) return 'doNow';
  if (valuable) return 'doLater';
  if (feasible) return 'doWhenOpportune';
  return 'doNot';
}

export const PRIORITIES = ['1', '2-3', '4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The priority the model gives a quadrant: 1, 2–3 (both middle quadrants) or 4. */
export function priorityOf(quadrant: Quadrant): Priority {
  switch (quadrant) {
    case 'doNow':
      return '1';
    case 'doLater':
    case 'doWhenOpportune':
      return '2-3';
    case 'doNot':
      return '4';
  }
}

export const PRIORITY_LABELS: Record<Priority, string> = { '1': 'Prioritet 1', '2-3': 'Prioritet 2–3', '4': 'Prioritet 4' };

/** The seed's slogans for the four quadrants, with a short description in our own words. */
export const QUADRANT_LABELS: Record<Quadrant, { slogan: string; description: string; priority: Priority }> = {
  doNow: { slogan: 'Digitalisera nu!', description: 'Går att genomföra och ger stor nytta.', priority: '1' },
  doLater: { slogan: 'Digitalisera på sikt!', description: 'Ger stor nytta men är svår att genomföra i dag.', priority: '2-3' },
  doWhenOpportune: { slogan: 'Digitalisera när tillfälle ges!', description: 'Lätt att genomföra men ger begränsad nytta.', priority: '2-3' },
  doNot: { slogan: 'Digitalisera ej!', description: 'Svår att genomföra och ger liten nytta.', priority: '4' },
};

export type Derived = { feasibility: number; potential: number; overall: number; quadrant: Quadrant; priority: Priority };

/** Everything the model derives from one set of (agreed) scores. */
export function deriveAssessment(scores: Scores): Derived {
  const feasibility = axisMean(scores, 'feasibility');
  const potential = axisMean(scores, 'potential');
  const quadrant = quadrantOf(feasibility, potential);
  return { feasibility, potential, overall: overallScore(scores), quadrant, priority: priorityOf(quadrant) };
}

export const AGREEMENTS = ['high', 'medium', 'low'] as const;
/** How much independent raters agree (samstämmighet): hög, medel, låg. */
export type Agreement = (typeof AGREEMENTS)[number];

export type CriterionStatistics = { criterion: CriterionKey; mean: number; min: number; max: number; spread: number; agreement: Agreement | null };
export type RaterStatistics = { raterCount: number; criteria: CriterionStatistics[]; agreement: Agreement | null };

/** Agreement on one criterion: spread ≤ 1 is ordinary judgement, 2 is worth a word, 3 is opposite ends. */
function agreementOfSpread(spread: number): Agreement {
  if (spread <= 1) return 'high';
  if (spread === 2) return 'medium';
  return 'low';
}

/**
 * Per criterion mean, min, max and spread (max − min) over the raters, and how well they agree.
 * Per criterion: spread ≤ 1 → high, 2 → medium, 3 → low. Overall: high when every criterion is
 * high; low when any criterion has spread 3 (one rater finds it best, another worst — that needs a
 * conversation whatever the other seven say) or when three or more criteria have spread ≥ 2;
 * otherwise (one or two criteria at spread 2) medium. With fewer than two raters there is nothing
 * to agree on, so agreement is null rather than a misleading "high".
 */
export function raterStatistics(raters: readonly Scores[]): RaterStatistics {
  if (raters.length === 0) return { raterCount: 0, criteria: [], agreement: null };
  const compared = raters.length >= 2;
  const criteria = CRITERION_KEYS.map((criterion): CriterionStatistics => {
    const values = raters.map((r) => r[criterion]);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const spread = max - min;
    return { criterion, mean: mean(values), min, max, spread, agreement: compared ? agreementOfSpread(spread) : null };
  });
  if (!compared) return { raterCount: raters.length, criteria, agreement: null };
  const wide = criteria.filter((c) => c.spread >= 2).length;
  const opposite = criteria.some((c) => c.spread >= 3);
  const agreement: Agreement = wide === 0 ? 'high' : opposite || wide > 2 ? 'low' : 'medium';
  return { raterCount: raters.length, criteria, agreement };
}
