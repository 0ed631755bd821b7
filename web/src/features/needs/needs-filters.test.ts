import { describe, expect, it } from 'vitest';
import { hasActiveFilter, needFiltersToApiQuery, needFiltersToParams, parseNeedFilters, recentQuarters } from '@web/features/needs/needs-filters';

const UNIT = '01a20495-fa91-70e8-8c38-76e1fb9cf70b';

describe('the needs list filters in the address bar', () => {
  it('reads back what it writes, so a bookmarked view opens the same list', () => {
    const filters = parseNeedFilters(new URLSearchParams(`status=assessed&unitId=${UNIT}&quarter=2026-Q4&priority=2-3&q=nattillsyn&mine=true&sort=title_asc`));
    expect(filters).toEqual({ status: 'assessed', unitId: UNIT, focusAreaId: undefined, quarter: '2026-Q4', priority: '2-3', q: 'nattillsyn', mine: true, sort: 'title_asc' });
    expect(parseNeedFilters(needFiltersToParams(filters))).toEqual(filters);
  });

  it('drops values a coordinator could not have chosen instead of sending them to the server', () => {
    const filters = parseNeedFilters(new URLSearchParams('status=done&unitId=42&quarter=2026-Q5&priority=2&mine=yes&sort=random&q=%20%20'));
    expect(filters).toEqual({ sort: 'submittedAt_desc' });
    expect(hasActiveFilter(filters)).toBe(false);
  });

  it('leaves the default sort and empty filters out of the address', () => {
    expect(needFiltersToParams({ sort: 'submittedAt_desc' }).toString()).toBe('');
    expect(needFiltersToParams({ sort: 'submittedAt_desc', mine: true }).toString()).toBe('mine=true');
  });

  it('asks the API with the same names and mine as text', () => {
    expect(needFiltersToApiQuery({ sort: 'overall_asc', mine: true, priority: '1' })).toMatchObject({ sort: 'overall_asc', mine: 'true', priority: '1', status: undefined });
  });

  it('treats "Bara mina behov" as a filter but the sort order not', () => {
    expect(hasActiveFilter({ sort: 'title_asc' })).toBe(false);
    expect(hasActiveFilter({ sort: 'submittedAt_desc', mine: true })).toBe(true);
  });
});

describe('the period choices', () => {
  it('offers the current quarter and the seven before it, newest first', () => {
    const quarters = recentQuarters(new Date('2026-05-10T12:00:00Z'));
    expect(quarters.map((q) => q.value)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3']);
    expect(quarters[0]).toEqual({ value: '2026-Q2', year: 2026, quarter: 2 });
  });

  it('counts quarters in Swedish time, so New Year in Stockholm already starts the next year', () => {
    expect(recentQuarters(new Date('2026-12-31T23:30:00Z'), 1)[0]?.value).toBe('2027-Q1');
    expect(recentQuarters(new Date('2026-12-31T22:30:00Z'), 1)[0]?.value).toBe('2026-Q4');
  });
});
