import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateMemberRequest, TCreateMemberResponse, TMember, TMemberPage, TResetPasswordResponse, TUpdateMemberRequest } from '@domain/members.contracts';
import { api, type TApiResponse } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';

const MEMBERS_KEY = ['admin', 'members'] as const;
const memberKey = (id: string) => [...MEMBERS_KEY, 'item', id] as const;

/** The organisation's members by name, filtered by `q` (name or e-mail), a page at a time. */
export function useMembers(q: string) {
  const query = { q: q || undefined };
  return useCursorList<TMember, TMemberPage>([...MEMBERS_KEY, 'list', query], '/members', query, 50);
}

/** One member with the ETag that a role change sends back. */
export function useMember(id: string) {
  return useQuery({
    queryKey: memberKey(id),
    queryFn: ({ signal }) => api.get<TMember>(`/members/${id}`, { signal }),
  });
}

/**
 * The member actions. Each answer is the member as now stored, with her new ETag, so the page
 * shows it at once; the list is refreshed in the background.
 */
export function useMemberMutations(id: string) {
  const queryClient = useQueryClient();
  const store = (response: TApiResponse<TMember>) => {
    const { oneTimePassword: _secret, ...member } = response.data as TResetPasswordResponse;
    queryClient.setQueryData<TApiResponse<TMember>>(memberKey(id), { data: member, etag: response.etag });
  };
  const onSettled = () => queryClient.invalidateQueries({ queryKey: [...MEMBERS_KEY, 'list'] });
  return {
    updateRoles: useMutation({
      mutationFn: ({ body, etag }: { body: TUpdateMemberRequest; etag: string | null }) => api.patch<TMember>(`/members/${id}`, body, { ifMatch: etag }),
      onSuccess: store,
      onSettled,
    }),
    disable: useMutation({ mutationFn: () => api.post<TMember>(`/members/${id}/disable`), onSuccess: store, onSettled }),
    enable: useMutation({ mutationFn: () => api.post<TMember>(`/members/${id}/enable`), onSuccess: store, onSettled }),
    resetPassword: useMutation({ mutationFn: () => api.post<TResetPasswordResponse>(`/members/${id}/reset-password`), onSuccess: store, onSettled }),
    remove: useMutation({ mutationFn: () => api.delete(`/members/${id}`), onSettled }),
  };
}

/** Adds a member: a new e-mail answers with a one-time password, an existing user just joins. */
export function useCreateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateMemberRequest) => api.post<TCreateMemberResponse>('/members', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...MEMBERS_KEY, 'list'] }),
  });
}
