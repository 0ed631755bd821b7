import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AXIS_BOUNDARY,
  CRITERIA,
  CRITERION_KEYS,
  LEVEL_HELP,
  LEVELS,
  PRIORITY_LABELS,
  QUADRANTS,
  QUADRANT_LABELS,
  axisMean,
  criteriaOf,
  deriveAssessment,
  overallScore,
  priorityOf,
  quadrantOf,
  raterStatistics,
  type Level,
  type Quadrant,
  type Scores,
} from '@domain/assessment';

const level = fc.constantFrom<Level>(...LEVELS);
const scoresArb: fc.Arbitrary<Scores> = fc.record(Object.fromEntries(CRITERION_KEYS.map((k) => [k, level])) as Record<keyof Scores, fc.Arbitrary<Level>>);
const all = (value: Level): Scores => Object.fromEntries(CRITERION_KEYS.map((k) => [k, value])) as Scores;
const axisValue = fc.integer({ min: 4, max: 16 }).map((sum) => sum / 4);
/** Lower is better: doNow 1, the two middle quadrants 2, doNot 3. */
const rank = (q: Quadrant) => ({ '1': 1, '2-3': 2, '4': 3 })[priorityOf(q)];

describe('the criteria', () => {
  it('has eight criteria, four on each axis, in display order', () => {
    expect(CRITERIA.map((c) => c.key)).toEqual([...CRITERION_KEYS]);
    expect(criteriaOf('feasibility')).toEqual(['competence', 'leadershipSupport', 'complexity', 'financing']);
    expect(criteriaOf('potential')).toEqual(['savings', 'quality', 'mandatoryRequirement', 'goalFulfilment']);
  });

  it('gives every criterion a Swedish label and a distinct help text for each of the four levels', () => {
    for (const c of CRITERIA) {
      expect(c.label.length).toBeGreaterThan(3);
      const texts = LEVELS.map((l) => LEVEL_HELP[c.key][l]);
      expect(texts.every((t) => t.length > 10)).toBe(true);
      expect(new Set(texts).size).toBe(4);
    }
  });

  it('uses the seed’s slogans and priority labels for the quadrants', () => {
    expect(QUADRANTS.map((q) => QUADRANT_LABELS[q].slogan)).toEqual([
      'Digitalisera nu!',
      'Digitalisera på sikt!',
      'Digitalisera när tillfälle ges!',
      'Digitalisera ej!',
    ]);
    expect(PRIORITY_LABELS).toEqual({ '1': 'Prioritet 1', '2-3': 'Prioritet 2–3', '4': 'Prioritet 4' });
    for (const q of QUADRANTS) expect(QUADRANT_LABELS[q].priority).toBe(priorityOf(q));
  });
});

describe('axis means and the overall score', () => {
  it('averages the four scores of each axis and divides the sum by eight', () => {
    const scores: Scores = { competence: 1, leadershipSupport: 2, complexity: 3, financing: 4, savings: 1, quality: 1, mandatoryRequirement: 2, goalFulfilment: 2 };
    expect(axisMean(scores, 'feasibility')).toBe(2.5);
    expect(axisMean(scores, 'potential')).toBe(1.5);
    expect(overallScore(scores)).toBe(16 / 8);
  });

  it('makes the overall score the mean of the two axes', () => {
    fc.assert(fc.property(scoresArb, (s) => overallScore(s) === (axisMean(s, 'feasibility') + axisMean(s, 'potential')) / 2));
  });

  it('keeps every derived value within 1–4', () => {
    fc.assert(
      fc.property(scoresArb, (s) => {
        const d = deriveAssessment(s);
        return [d.feasibility, d.potential, d.overall].every((v) => v >= 1 && v <= 4);
      }),
    );
  });
});

describe('the quadrant boundary', () => {
  it('lies at the midpoint of the scale', () => {
    expect(AXIS_BOUNDARY).toBe(2.5);
  });

  it('counts exactly 2.5 as favourable on both axes', () => {
    expect(quadrantOf(2.5, 2.5)).toBe('doNow');
    expect(quadrantOf(2.5, 2.75)).toBe('doWhenOpportune');
    expect(quadrantOf(2.75, 2.5)).toBe('doLater');
    expect(quadrantOf(2.75, 2.75)).toBe('doNot');
  });

  it('puts a need whose scores are 2,2,3,3 on both axes in Digitalisera nu!', () => {
    const scores: Scores = { competence: 2, leadershipSupport: 2, complexity: 3, financing: 3, savings: 3, quality: 2, mandatoryRequirement: 3, goalFulfilment: 2 };
    expect(deriveAssessment(scores)).toEqual({ feasibility: 2.5, potential: 2.5, overall: 2.5, quadrant: 'doNow', priority: '1' });
  });

  it('names the four corners of the matrix as the seed does', () => {
    expect(quadrantOf(1, 1)).toBe('doNow');
    expect(quadrantOf(4, 1)).toBe('doLater');
    expect(quadrantOf(1, 4)).toBe('doWhenOpportune');
    expect(quadrantOf(4, 4)).toBe('doNot');
  });

  it('decides each axis independently of the other', () => {
    fc.assert(
      fc.property(axisValue, axisValue, (f, p) => {
        const q = quadrantOf(f, p);
        const feasibleSide = q === 'doNow' || q === 'doWhenOpportune';
        const valuableSide = q === 'doNow' || q === 'doLater';
        return feasibleSide === f <= 2.5 && valuableSide === p <= 2.5;
      }),
    );
  });
});

describe('priority', () => {
  it('maps doNow to 1, the middle quadrants to 2–3 and doNot to 4', () => {
    expect(priorityOf('doNow')).toBe('1');
    expect(priorityOf('doLater')).toBe('2-3');
    expect(priorityOf('doWhenOpportune')).toBe('2-3');
    expect(priorityOf('doNot')).toBe('4');
  });

  it('gives all ones Prioritet 1 and all fours Prioritet 4', () => {
    expect(deriveAssessment(all(1)).priority).toBe('1');
    expect(deriveAssessment(all(4)).priority).toBe('4');
  });
});

describe('monotonicity', () => {
  it('never moves a need to a worse quadrant when any one score improves', () => {
    fc.assert(
      fc.property(scoresArb, fc.constantFrom(...CRITERION_KEYS), (s, key) => {
        if (s[key] === 1) return true;
        const better: Scores = { ...s, [key]: (s[key] - 1) as Level };
        const before = deriveAssessment(s);
        const after = deriveAssessment(better);
        const sameAxisSides =
          (before.feasibility <= 2.5 ? after.feasibility <= 2.5 : true) && (before.potential <= 2.5 ? after.potential <= 2.5 : true);
        return rank(after.quadrant) <= rank(before.quadrant) && sameAxisSides && after.overall < before.overall;
      }),
    );
  });
});

describe('rater statistics', () => {
  it('has no statistics and no agreement before anyone has scored', () => {
    expect(raterStatistics([])).toEqual({ raterCount: 0, criteria: [], agreement: null });
  });

  it('gives one rater’s scores as the statistics but no agreement', () => {
    const stats = raterStatistics([all(2)]);
    expect(stats.raterCount).toBe(1);
    expect(stats.agreement).toBeNull();
    expect(stats.criteria.every((c) => c.mean === 2 && c.spread === 0 && c.agreement === null)).toBe(true);
  });

  it('computes mean, min, max and spread per criterion', () => {
    const stats = raterStatistics([all(1), { ...all(2), savings: 4 }, all(3)]);
    const competence = stats.criteria.find((c) => c.criterion === 'competence')!;
    expect(competence).toEqual({ criterion: 'competence', mean: 2, min: 1, max: 3, spread: 2, agreement: 'medium' });
    const savings = stats.criteria.find((c) => c.criterion === 'savings')!;
    expect(savings).toMatchObject({ mean: 8 / 3, min: 1, max: 4, spread: 3, agreement: 'low' });
  });

  it('agrees highly when every spread is at most one', () => {
    expect(raterStatistics([all(2), all(3), { ...all(2), quality: 3 }]).agreement).toBe('high');
  });

  it('agrees at medium level when one or two criteria have spread two', () => {
    expect(raterStatistics([all(2), { ...all(2), savings: 4 }]).agreement).toBe('medium');
    expect(raterStatistics([all(2), { ...all(2), savings: 4, financing: 4 }]).agreement).toBe('medium');
  });

  it('agrees poorly when three criteria have spread two or one criterion spans the whole scale', () => {
    expect(raterStatistics([all(2), { ...all(2), savings: 4, financing: 4, quality: 4 }]).agreement).toBe('low');
    expect(raterStatistics([all(1), { ...all(1), savings: 4 }]).agreement).toBe('low');
  });

  it('never reports a negative spread and keeps the mean between min and max', () => {
    fc.assert(
      fc.property(fc.array(scoresArb, { minLength: 1, maxLength: 8 }), (raters) =>
        raterStatistics(raters).criteria.every((c) => c.spread >= 0 && c.spread === c.max - c.min && c.mean >= c.min && c.mean <= c.max),
      ),
    );
  });

  it('reports high agreement whenever all raters give the same scores', () => {
    fc.assert(
      fc.property(scoresArb, fc.integer({ min: 2, max: 8 }), (s, n) => {
        const stats = raterStatistics(Array.from({ length: n }, () => s));
        return stats.agreement === 'high' && stats.criteria.every((c) => c.agreement === 'high' && c.spread === 0);
      }),
    );
  });

  it('never reports higher agreement when another rater joins', () => {
    const order = { high: 0, medium: 1, low: 2 } as const;
    fc.assert(
      fc.property(fc.array(scoresArb, { minLength: 2, maxLength: 6 }), scoresArb, (raters, extra) => {
        const before = raterStatistics(raters).agreement!;
        const after = raterStatistics([...raters, extra]).agreement!;
        return order[after] >= order[before];
      }),
    );
  });
});
