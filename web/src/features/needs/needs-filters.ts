import { NEED_SORTS, NEED_STATUSES, type NeedSort, type NeedStatus } from '@domain/needs.contracts';
import { PRIORITIES, type Priority } from '@domain/assessment';
import type { TQuery } from '@web/api/client';

/**
 * The needs list's filters as they stand in the address bar (`/behov?status=assessed&mine=true`),
 * so a filtered view can be bookmarked and shared and the back button returns to the previous
 * filter. Unknown or malformed values are dropped rather than sent to the server.
 */
export type TNeedFilters = {
  status?: NeedStatus;
  unitId?: string;
  focusAreaId?: string;
  quarter?: string;
  priority?: Priority;
  q?: string;
  mine?: boolean;
  sort: NeedSort;
};

export const DEFAULT_NEED_SORT: NeedSort = 'submittedAt_desc';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const QUARTER = /^\d{4}-Q[1-4]$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values.includes(value as T) ? (value as T) : undefined);
const matching = (pattern: RegExp, value: string | null): string | undefined => (value && pattern.test(value) ? value : undefined);

/** Reads the filters from a query string; anything unreadable is left out. */
export function parseNeedFilters(params: URLSearchParams): TNeedFilters {
  const q = params.get('q')?.trim().slice(0, 200);
  return {
    status: oneOf(NEED_STATUSES, params.get('status')),
    unitId: matching(UUID, params.get('unitId')),
    focusAreaId: matching(UUID, params.get('focusAreaId')),
    quarter: matching(QUARTER, params.get('quarter')),
    priority: oneOf(PRIORITIES, params.get('priority')),
    q: q || undefined,
    mine: params.get('mine') === 'true' || undefined,
    sort: oneOf(NEED_SORTS, params.get('sort')) ?? DEFAULT_NEED_SORT,
  };
}

/** Writes the filters as a query string, leaving out empty values and the default sort. */
export function needFiltersToParams(filters: TNeedFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.unitId) params.set('unitId', filters.unitId);
  if (filters.focusAreaId) params.set('focusAreaId', filters.focusAreaId);
  if (filters.quarter) params.set('quarter', filters.quarter);
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.q) params.set('q', filters.q);
  if (filters.mine) params.set('mine', 'true');
  if (filters.sort !== DEFAULT_NEED_SORT) params.set('sort', filters.sort);
  return params;
}

/** The API query for the filters (`GET /needs`): the same names, `mine` as 'true'. */
export function needFiltersToApiQuery(filters: TNeedFilters): TQuery {
  return {
    status: filters.status,
    unitId: filters.unitId,
    focusAreaId: filters.focusAreaId,
    quarter: filters.quarter,
    priority: filters.priority,
    q: filters.q,
    mine: filters.mine ? 'true' : undefined,
    sort: filters.sort,
  };
}

/** True when any filter narrows the list (the sort order does not). */
export function hasActiveFilter(filters: TNeedFilters): boolean {
  return Boolean(filters.status || filters.unitId || filters.focusAreaId || filters.quarter || filters.priority || filters.q || filters.mine);
}

/** A calendar quarter: `value` as the API wants it ('2026-Q4'), year and number for the label. */
export type TQuarter = { value: string; year: number; quarter: number };

const stockholmYearMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: 'numeric' });

/**
 * The current quarter and the ones before it, newest first, in Swedish time (the server counts
 * quarters in Swedish time too, so a need submitted on New Year's Eve lands in the same quarter).
 */
export function recentQuarters(now: Date, count = 8): TQuarter[] {
  const parts = stockholmYearMonth.formatToParts(now);
  let year = Number(parts.find((part) => part.type === 'year')?.value);
  let quarter = Math.floor((Number(parts.find((part) => part.type === 'month')?.value) - 1) / 3) + 1;
  const quarters: TQuarter[] = [];
  for (let i = 0; i < count; i++) {
    quarters.push({ value: `${year}-Q${quarter}`, year, quarter });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}
