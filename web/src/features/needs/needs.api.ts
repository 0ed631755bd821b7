import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAddNeedCommentRequest,
  TNeed,
  TNeedComment,
  TNeedCommentPage,
  TNeedListItem,
  TNeedPage,
  TRedactCommentRequest,
  TRedactNeedRequest,
  TSubmitNeedRequest,
  TUpdateNeedRequest,
} from '@domain/needs.contracts';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { ApiError, isApiError } from '@web/api/api-error';
import { api, type TApiResponse, type TQuery } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';

/**
 * Every needs query starts with this key (the start page's "Mina behov" too), so one invalidation
 * after a save refreshes lists, pages and the start page alike.
 */
export const NEEDS_KEY = ['needs'] as const;

const LISTS_KEY = [...NEEDS_KEY, 'list'] as const;
/** The key of one need's query; features that change a need (assessment, decision) invalidate it. */
export const needQueryKey = (id: string) => [...NEEDS_KEY, 'detail', id] as const;
const needKey = needQueryKey;
const commentsKey = (id: string) => [...NEEDS_KEY, 'comments', id] as const;

/** The needs list for the given filters, a page at a time ("Visa fler"). */
export function useNeedsList(query: TQuery) {
  return useCursorList<TNeedListItem, TNeedPage>([...LISTS_KEY, query], '/needs', query, 25);
}

/**
 * One need with its ETag. The edit and merge pages keep the ETag they started from as If-Match,
 * so a background refetch can never turn a stale edit into a silent overwrite.
 */
export function useNeed(id: string) {
  return useQuery({
    queryKey: needKey(id),
    queryFn: ({ signal }) => api.get<TNeed>(`/needs/${id}`, { signal }),
  });
}

/** The organisation tree for selects and filters (own key: other features cache other shapes). */
export function useUnitOptions() {
  return useQuery({
    queryKey: [...NEEDS_KEY, 'options', 'units'],
    queryFn: async ({ signal }) => (await api.get<{ items: TUnitTreeItem[] }>('/units', { signal })).data.items,
    staleTime: 5 * 60_000,
  });
}

/** The organisation's focus areas in order, for selects and filters. */
export function useFocusAreaOptions() {
  return useQuery({
    queryKey: [...NEEDS_KEY, 'options', 'focus-areas'],
    queryFn: async ({ signal }) => (await api.get<{ items: TFocusArea[] }>('/focus-areas', { signal })).data.items,
    staleTime: 5 * 60_000,
  });
}

/** Stores a need the server just returned, so its page shows it without another round trip. */
function useStoreNeed() {
  const queryClient = useQueryClient();
  return (response: TApiResponse<TNeed>) => {
    queryClient.setQueryData(needKey(response.data.id), response);
    void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
  };
}

/** Submits the e-service form; the server refuses text with personnummer (`personal_data_suspected`). */
export function useSubmitNeed() {
  const storeNeed = useStoreNeed();
  return useMutation({
    mutationFn: (input: TSubmitNeedRequest) => api.post<TNeed>('/needs', input),
    onSuccess: storeNeed,
  });
}

/** Saves changes with If-Match; a 412 means someone else saved first. */
export function useUpdateNeed(id: string) {
  const storeNeed = useStoreNeed();
  return useMutation({
    mutationFn: ({ input, etag }: { input: TUpdateNeedRequest; etag: string | null }) => api.patch<TNeed>(`/needs/${id}`, input, { ifMatch: etag }),
    onSuccess: storeNeed,
  });
}

/** Merges the need `id` (the duplicate, If-Match its ETag) into `targetNeedId`; returns the target. */
export function useMergeNeed(id: string) {
  const storeNeed = useStoreNeed();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetNeedId, etag }: { targetNeedId: string; etag: string | null }) => api.post<TNeed>(`/needs/${id}/merge`, { targetNeedId }, { ifMatch: etag }),
    onSuccess: (response) => {
      storeNeed(response);
      void queryClient.invalidateQueries({ queryKey: needKey(id) });
      void queryClient.invalidateQueries({ queryKey: commentsKey(id) });
      void queryClient.invalidateQueries({ queryKey: commentsKey(response.data.id) });
    },
  });
}

/** Backs the need or withdraws the backing ("Jag har också detta behov"); both are idempotent. */
export function useToggleSupport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (support: boolean) => (support ? api.put<null>(`/needs/${id}/support`) : api.delete(`/needs/${id}/support`)),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: needKey(id) });
      void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
    },
  });
}

/** A need's comments, oldest first, a page at a time. */
export function useNeedComments(id: string) {
  return useCursorList<TNeedComment, TNeedCommentPage>(commentsKey(id), `/needs/${id}/comments`, {}, 50);
}

/** Adds a comment (the submitter is notified) and refreshes the discussion and the comment count. */
export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TAddNeedCommentRequest) => api.post<TNeedComment>(`/needs/${id}/comments`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: commentsKey(id) });
      void queryClient.invalidateQueries({ queryKey: needKey(id) });
    },
  });
}

/**
 * Finds needs for the merge page. The API's full-text search does not match numbers, so "B-7" or
 * "7" walks the newest needs a page at a time (at most `maxPages` pages of 100) to find it.
 */
export async function searchNeedsForMerge(text: string, signal?: AbortSignal): Promise<TNeedListItem[]> {
  const numberMatch = /^\s*(?:b\s*-?\s*)?(\d+)\s*$/i.exec(text);
  if (!numberMatch) {
    return (await api.get<TNeedPage>('/needs', { query: { q: text.trim(), limit: 20 }, signal })).data.items;
  }
  const wanted = Number(numberMatch[1]);
  const maxPages = 10;
  let cursor: string | undefined;
  for (let pageIndex = 0; pageIndex < maxPages; pageIndex++) {
    const { data } = await api.get<TNeedPage>('/needs', { query: { limit: 100, cursor }, signal });
    const found = data.items.find((item) => item.number === wanted);
    if (found) return [found];
    if (!data.nextCursor) return [];
    cursor = data.nextCursor;
  }
  return [];
}

/** An address with a malformed need id is a page that does not exist, not a form to correct. */
export function notFoundForBadId(error: unknown): unknown {
  return isApiError(error, 'validation_failed') ? new ApiError({ status: 404, code: 'not_found' }) : error;
}

/** Deletes a need never decided (a 409 lists what depends on it); lists forget it. */
export function useDeleteNeed(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/needs/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: needKey(id) });
      void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
    },
  });
}

/** Masks personal data in one text field of the need (coordinator); the need page shows the marker. */
export function useRedactNeed(id: string) {
  const storeNeed = useStoreNeed();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TRedactNeedRequest) => api.post<TNeed>(`/needs/${id}/redact`, input),
    onSuccess: (response) => {
      storeNeed(response);
      void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
    },
  });
}

/** Deletes a comment (its author or a coordinator). */
export function useDeleteComment(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) => api.delete(`/needs/${needId}/comments/${commentId}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: commentsKey(needId) });
      void queryClient.invalidateQueries({ queryKey: needKey(needId) });
    },
  });
}

/** Masks personal data in a comment (coordinator). */
export function useRedactComment(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, ...input }: TRedactCommentRequest & { commentId: string }) => api.post<TNeedComment>(`/needs/${needId}/comments/${commentId}/redact`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commentsKey(needId) }),
  });
}
