import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFocusArea } from '@domain/organization.contracts';
import type {
  TCreatePlanRequest,
  TFixPlanRequest,
  TMovePlanItemRequest,
  TPlan,
  TPlanCandidate,
  TPlanComparison,
  TPlanDocument,
  TPlanItem,
  TPlanItemInput,
  TPlanSummary,
  TUpdatePlanRequest,
} from '@domain/plans.contracts';
import { api } from '@web/api/client';

/** Every plan query starts with this key, so any change refreshes the list, the page and the print view. */
const KEY = ['plans'] as const;
type TItems<T> = { items: T[] };

/** An item's If-Match: the server's ETag is its version in quotes. */
const itemEtag = (item: Pick<TPlanItem, 'version'>) => `"${item.version}"`;

function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

/** The plans, newest version of each. */
export const usePlans = () => useQuery({ queryKey: [...KEY, 'list'], queryFn: async ({ signal }) => (await api.get<TItems<TPlanSummary>>('/plans', { signal })).data });

/** One plan version with its ETag (If-Match for saving its text and fixing it). */
export const usePlan = (id: string) => useQuery({ queryKey: [...KEY, 'plan', id], queryFn: ({ signal }) => api.get<TPlan>(`/plans/${id}`, { signal }) });

/** What changed from version `withId` to this one; nothing is fetched until a version is chosen. */
export const usePlanComparison = (id: string, withId: string | null) =>
  useQuery({
    queryKey: [...KEY, 'comparison', id, withId],
    enabled: Boolean(withId),
    queryFn: async ({ signal }) => (await api.get<TPlanComparison>(`/plans/${id}/comparison`, { query: { with: withId! }, signal })).data,
  });

/** Initiatives and assessed needs not yet in the plan (asked for when the add form opens). */
export const usePlanCandidates = (id: string, enabled: boolean) =>
  useQuery({ queryKey: [...KEY, 'candidates', id], enabled, queryFn: async ({ signal }) => (await api.get<TItems<TPlanCandidate>>(`/plans/${id}/candidates`, { signal })).data });

/** The plan as document content, for the print view. */
export const usePlanDocument = (id: string, asOf: string | null) =>
  useQuery({
    queryKey: [...KEY, 'document', id, asOf],
    queryFn: async ({ signal }) => (await api.get<TPlanDocument>(`/plans/${id}/document`, { signal, query: asOf ? { asOf } : undefined })).data,
  });

/** The organisation's focus areas, for the item form's select. */
export const useFocusAreaChoices = () =>
  useQuery({ queryKey: [...KEY, 'focus-areas'], queryFn: async ({ signal }) => (await api.get<TItems<TFocusArea>>('/focus-areas', { signal })).data });

/** Starting, saving, fixing and versioning a plan; every one refreshes what shows plans. */
export function usePlanMutations() {
  const onSettled = useInvalidatePlans();
  return {
    create: useMutation({ mutationFn: (body: TCreatePlanRequest) => api.post<TPlan>('/plans', body), onSettled }),
    save: useMutation({ mutationFn: ({ id, body, etag }: { id: string; body: TUpdatePlanRequest; etag: string | null }) => api.put<TPlan>(`/plans/${id}`, body, { ifMatch: etag }), onSettled }),
    fix: useMutation({ mutationFn: ({ id, body, etag }: { id: string; body: TFixPlanRequest; etag: string | null }) => api.post<TPlan>(`/plans/${id}/fix`, body, { ifMatch: etag }), onSettled }),
    startNewVersion: useMutation({ mutationFn: (id: string) => api.post<TPlan>(`/plans/${id}/versions`, {}), onSettled }),
  };
}

/** Adding, saving, moving and removing the items of a draft (If-Match on the item). */
export function usePlanItemMutations(planId: string) {
  const onSettled = useInvalidatePlans();
  const base = `/plans/${planId}/items`;
  return {
    add: useMutation({ mutationFn: (body: TPlanItemInput) => api.post<TPlanItem>(base, body), onSettled }),
    update: useMutation({ mutationFn: ({ item, body }: { item: TPlanItem; body: TPlanItemInput }) => api.put<TPlanItem>(`${base}/${item.id}`, body, { ifMatch: itemEtag(item) }), onSettled }),
    move: useMutation({ mutationFn: ({ item, body }: { item: TPlanItem; body: TMovePlanItemRequest }) => api.post<TPlanItem>(`${base}/${item.id}/move`, body, { ifMatch: itemEtag(item) }), onSettled }),
    remove: useMutation({ mutationFn: (item: TPlanItem) => api.delete(`${base}/${item.id}`, { ifMatch: itemEtag(item) }), onSettled }),
  };
}
