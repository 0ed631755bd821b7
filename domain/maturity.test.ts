import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATURITY_RATINGS, changesSince, countRatings, maturityIndex, ratingShares, summarizeAssessment, type MaturityRating } from '@domain/maturity';
import { DEFAULT_MATURITY_INDICATORS } from '@domain/maturity-indicators';

const rating = fc.constantFrom(...MATURITY_RATINGS);

describe('the maturity index', () => {
  it('is 100 when everything is achieved and 0 when nothing is planned', () => {
    expect(maturityIndex(countRatings(['achieved', 'achieved']))).toBe(100);
    expect(maturityIndex(countRatings(['not_planned', 'not_planned']))).toBe(0);
  });

  it('weighs the steps 100, 75, 50, 25 and 0 and rounds half up', () => {
    expect(maturityIndex(countRatings(['achieved', 'almost', 'started', 'planned', 'not_planned']))).toBe(50);
    expect(maturityIndex(countRatings(['achieved', 'planned']))).toBe(63); // 62.5
    expect(maturityIndex(countRatings(['almost', 'started', 'started']))).toBe(58); // 58.33
  });

  it('leaves "ej relevant" out entirely, and has no value when nothing countable was rated', () => {
    expect(maturityIndex(countRatings(['achieved', 'not_relevant', 'not_relevant']))).toBe(100);
    expect(maturityIndex(countRatings(['not_relevant']))).toBeNull();
    expect(maturityIndex(countRatings([]))).toBeNull();
  });

  it('always lies between 0 and 100, and adding "ej relevant" never moves it', () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 60 }), fc.nat({ max: 10 }), (ratings, extra) => {
        const value = maturityIndex(countRatings(ratings));
        if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        if (value !== null) expect(value).toBeLessThanOrEqual(100);
        const more: MaturityRating[] = [...ratings, ...Array<MaturityRating>(extra).fill('not_relevant')];
        expect(maturityIndex(countRatings(more))).toBe(value);
      }),
    );
  });

  it('never falls when one answer moves up the scale', () => {
    const countable = fc.constantFrom('achieved', 'almost', 'started', 'planned', 'not_planned' as const);
    fc.assert(
      fc.property(fc.array(countable, { minLength: 1, maxLength: 40 }), fc.nat(), (ratings, at) => {
        const i = at % ratings.length;
        const better = [...ratings];
        const order = ['not_planned', 'planned', 'started', 'almost', 'achieved'] as const;
        better[i] = order[Math.min(4, order.indexOf(ratings[i]!) + 1)]!;
        expect(maturityIndex(countRatings(better))!).toBeGreaterThanOrEqual(maturityIndex(countRatings(ratings))!);
      }),
    );
  });
});

describe('the status shares', () => {
  it('give each status its share of all answers, ej relevant included', () => {
    expect(ratingShares(countRatings(['achieved', 'achieved', 'planned', 'not_relevant']))).toMatchObject({ achieved: 50, planned: 25, not_relevant: 25, started: 0 });
    expect(ratingShares(countRatings(['achieved', 'started', 'started']))).toMatchObject({ achieved: 33.3, started: 66.7 });
  });

  it('add up to about 100 % whenever there are answers', () => {
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1, maxLength: 80 }), (ratings) => {
        const total = Object.values(ratingShares(countRatings(ratings))).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - 100)).toBeLessThanOrEqual(0.3);
      }),
    );
  });
});

describe('a self-assessment summary', () => {
  it('groups the answers per area, per verksamhetsområde and per both', () => {
    const summary = summarizeAssessment(
      [
        { area: 'leadership', operationArea: 'overall', rating: 'achieved' },
        { area: 'leadership', operationArea: 'elderly_care', rating: 'planned' },
        { area: 'usage', operationArea: 'elderly_care', rating: 'not_relevant' },
      ],
      ['overall', 'elderly_care'],
    );
    expect(summary.overall.index).toBe(63);
    expect(summary.byArea.leadership.index).toBe(63);
    expect(summary.byArea.usage).toMatchObject({ index: null, answered: 1 });
    expect(summary.byOperationArea.elderly_care?.index).toBe(25);
    expect(summary.cells).toHaveLength(8);
  });

  it('tells what changed since last year, better or worse', () => {
    const changes = changesSince(
      [
        { indicatorId: 'a', operationArea: 'overall', rating: 'planned' },
        { indicatorId: 'b', operationArea: 'overall', rating: 'achieved' },
        { indicatorId: 'c', operationArea: 'overall', rating: 'started' },
      ],
      [
        { indicatorId: 'a', operationArea: 'overall', rating: 'achieved' },
        { indicatorId: 'b', operationArea: 'overall', rating: 'started' },
        { indicatorId: 'c', operationArea: 'overall', rating: 'started' },
        { indicatorId: 'd', operationArea: 'overall', rating: 'planned' },
      ],
    );
    expect(changes).toEqual([
      { indicatorId: 'a', operationArea: 'overall', before: 'planned', after: 'achieved', direction: 'better' },
      { indicatorId: 'b', operationArea: 'overall', before: 'achieved', after: 'started', direction: 'worse' },
      { indicatorId: 'd', operationArea: 'overall', before: null, after: 'planned', direction: 'other' },
    ]);
  });
});

describe('the default indicator set', () => {
  it('has about forty indicators in all four areas with unique codes, covering what the municipalities named', () => {
    expect(DEFAULT_MATURITY_INDICATORS.length).toBeGreaterThanOrEqual(38);
    expect(new Set(DEFAULT_MATURITY_INDICATORS.map((i) => i.code)).size).toBe(DEFAULT_MATURITY_INDICATORS.length);
    for (const area of ['leadership', 'infrastructure', 'competence', 'usage'] as const) expect(DEFAULT_MATURITY_INDICATORS.filter((i) => i.area === area).length).toBeGreaterThanOrEqual(8);
    const all = DEFAULT_MATURITY_INDICATORS.map((i) => i.text.toLowerCase()).join(' ');
    for (const word of ['trygghetslarm', 'nattillsyn', 'läkemedels', 'e-tjänst', 'digital kompetens', 'informationssäkerhet']) expect(all).toContain(word);
  });
});
