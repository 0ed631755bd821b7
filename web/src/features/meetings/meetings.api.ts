import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAgendaCandidates, TAgendaInput, TForum, TForumInput, TMeeting, TMeetingCreate, TMeetingSent, TMeetingSummary } from '@domain/meetings.contracts';
import { api } from '@web/api/client';

/** Every forum and meeting query starts with this key, so a save refreshes whatever could show it. */
const KEY = ['meetings'] as const;
type TItems<T> = { items: T[] };

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export const useForums = () => useQuery({ queryKey: [...KEY, 'forums'], queryFn: async ({ signal }) => (await api.get<TItems<TForum>>('/forums', { signal })).data });

/** One forum with its ETag (kept by the form as If-Match). */
export const useForum = (id: string) => useQuery({ queryKey: [...KEY, 'forum', id], queryFn: ({ signal }) => api.get<TForum>(`/forums/${id}`, { signal }) });

export const useForumMemberCandidates = (enabled: boolean) =>
  useQuery({
    queryKey: [...KEY, 'candidates'],
    enabled,
    queryFn: async ({ signal }) => (await api.get<TItems<{ id: string; name: string }>>('/forums/member-candidates', { signal })).data,
  });

export function useSaveForum() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id?: string; body: TForumInput; etag?: string | null }) =>
      id ? api.put<TForum>(`/forums/${id}`, body, { ifMatch: etag }) : api.post<TForum>('/forums', body),
    onSettled: invalidate,
  });
}

export const useMeetings = () =>
  useQuery({ queryKey: [...KEY, 'meetings'], queryFn: async ({ signal }) => (await api.get<TItems<TMeetingSummary>>('/meetings', { signal })).data });

/** One meeting with its agenda and its ETag (If-Match for the agenda, the kallelse and the minutes). */
export const useMeeting = (id: string) => useQuery({ queryKey: [...KEY, 'meeting', id], queryFn: ({ signal }) => api.get<TMeeting>(`/meetings/${id}`, { signal }) });

export const useAgendaCandidates = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...KEY, 'meeting', id, 'candidates'],
    enabled,
    queryFn: async ({ signal }) => (await api.get<TAgendaCandidates>(`/meetings/${id}/candidates`, { signal })).data,
  });

export function useCreateMeeting() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: TMeetingCreate) => api.post<TMeeting>('/meetings', body), onSettled: invalidate });
}

export function useSaveAgenda() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id: string; body: TAgendaInput; etag: string | null }) => api.put<TMeeting>(`/meetings/${id}/agenda`, body, { ifMatch: etag }),
    onSettled: invalidate,
  });
}

/** Sends the kallelse (If-Match = the meeting's ETag); the answer says how many were told and whether it was sent before. */
export function useSendMeetingPapers() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null }) => api.post<TMeetingSent>(`/meetings/${id}/send`, {}, { ifMatch: etag }),
    onSettled: invalidate,
  });
}

/** The chair approves (justerar) the minutes (If-Match = the meeting's ETag). */
export function useApproveMinutes() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null }) => api.post<TMeeting>(`/meetings/${id}/approve`, {}, { ifMatch: etag }),
    onSettled: invalidate,
  });
}

/** After a decision from the meeting's page: the meeting (its items and version) is read again. */
export function useRefreshMeetings() {
  return useInvalidate();
}
