import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TOrganization, TUpdateOrganizationRequest } from '@domain/organization.contracts';
import { api, type TApiResponse } from '@web/api/client';
import { SESSION_QUERY_KEY } from '@web/app/session';

/** The query keys of administration, so a change refreshes exactly what shows it. */
export const adminKeys = {
  all: ['admin'] as const,
  organization: ['admin', 'organization'] as const,
  list: (resource: TOrgResource) => ['admin', resource, 'list'] as const,
  item: (resource: TOrgResource, id: string) => ['admin', resource, 'item', id] as const,
};

/** The organisation's own lists that administration edits: same routes and rules for each. */
export type TOrgResource = 'units' | 'focus-areas' | 'strategic-goals';

/**
 * The ETag of a row as the list showed it. Row actions (archive) send it as If-Match, so a row
 * that someone changed since the list was loaded answers 412 instead of being overwritten.
 */
export const etagOfVersion = (version: number) => `"${version}"`;

/** The current organisation with its ETag, for the edit form. */
export function useOrganization() {
  return useQuery({
    queryKey: adminKeys.organization,
    queryFn: ({ signal }) => api.get<TOrganization>('/organization', { signal }),
  });
}

/** Saves the organisation's name, kommun and vision (If-Match); refreshes the session's name too. */
export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TUpdateOrganizationRequest; etag: string | null }) =>
      api.patch<TOrganization>('/organization', body, { ifMatch: etag }),
    onSuccess: (response) => {
      queryClient.setQueryData<TApiResponse<TOrganization>>(adminKeys.organization, response);
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}

/** One of the organisation's lists (units, focus areas, strategic goals). */
export function useOrgList<T>(resource: TOrgResource) {
  return useQuery({
    queryKey: adminKeys.list(resource),
    queryFn: async ({ signal }) => (await api.get<{ items: T[] }>(`/${resource}`, { signal })).data.items,
  });
}

/**
 * One item with the ETag the edit dialog sends back. Not cached between openings: each time an
 * administrator starts editing she sees, and saves against, the latest version.
 */
export function useOrgItem<T>(resource: TOrgResource, id: string | null) {
  return useQuery({
    queryKey: adminKeys.item(resource, id ?? ''),
    queryFn: ({ signal }) => api.get<T>(`/${resource}/${id}`, { signal }),
    enabled: id !== null,
    gcTime: 0,
    staleTime: 0,
  });
}

/** Adds, changes (If-Match) and deletes items of a list, refreshing the list afterwards. */
export function useOrgMutations<T, TCreate, TUpdate>(resource: TOrgResource) {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ['admin', resource] });
  const create = useMutation({ mutationFn: (body: TCreate) => api.post<T>(`/${resource}`, body), onSettled });
  const update = useMutation({
    mutationFn: ({ id, body, etag }: { id: string; body: TUpdate; etag: string | null }) => api.patch<T>(`/${resource}/${id}`, body, { ifMatch: etag }),
    onSettled,
  });
  const remove = useMutation({ mutationFn: (id: string) => api.delete(`/${resource}/${id}`), onSettled });
  return { create, update, remove };
}
