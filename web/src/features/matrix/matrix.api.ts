import { useQuery } from '@tanstack/react-query';
import type { TMatrix, TMatrixQuery } from '@domain/assessment.contracts';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { api } from '@web/api/client';

/** The matrix's points for the filters (at most 2000; `isTruncated` says when there were more). */
export function useMatrix(filters: TMatrixQuery) {
  return useQuery({
    queryKey: ['matrix', filters],
    queryFn: async ({ signal }) => (await api.get<TMatrix>('/matrix', { query: filters, signal })).data,
  });
}

/** The organisation's focus areas, for the filter. */
export function useFocusAreas() {
  return useQuery({
    queryKey: ['focus-areas'],
    queryFn: async ({ signal }) => (await api.get<{ items: TFocusArea[] }>('/focus-areas', { signal })).data.items,
    staleTime: 5 * 60_000,
  });
}

/** The organisation tree as a flat list (parents first), for the filter. */
export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: async ({ signal }) => (await api.get<{ items: TUnitTreeItem[] }>('/units', { signal })).data.items,
    staleTime: 5 * 60_000,
  });
}
