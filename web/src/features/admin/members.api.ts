import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreateInvitationRequest,
  TCreateMemberRequest,
  TCreateMemberResponse,
  TEmailDomainList,
  TInvitation,
  TInvitationList,
  TMember,
  TMemberPage,
  TMyInvitationList,
  TResetPasswordResponse,
  TUpdateMemberRequest,
} from '@domain/members.contracts';
import { api, type TApiResponse } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';
import { SESSION_QUERY_KEY } from '@web/app/session';

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
    disableMembership: useMutation({ mutationFn: () => api.post<TMember>(`/members/${id}/membership/disable`), onSuccess: store, onSettled }),
    enableMembership: useMutation({ mutationFn: () => api.post<TMember>(`/members/${id}/membership/enable`), onSuccess: store, onSettled }),
    endSessions: useMutation({ mutationFn: () => api.post<TMember>(`/members/${id}/end-sessions`), onSuccess: store, onSettled }),
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

const INVITATIONS_KEY = [...MEMBERS_KEY, 'invitations'] as const;

/** The e-mail domains the organisation owns: where the create form makes accounts. */
export function useEmailDomains() {
  return useQuery({
    queryKey: ['admin', 'email-domains'],
    queryFn: ({ signal }) => api.get<TEmailDomainList>('/organization/email-domains', { signal }),
  });
}

/** The organisation's pending invitations. */
export function useInvitations() {
  return useQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: ({ signal }) => api.get<TInvitationList>('/members/invitations', { signal }),
  });
}

/** Invites an address in another domain; the answer is the same whether or not she has an account. */
export function useInviteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateInvitationRequest) => api.post<TInvitation>('/members/invitations', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

/** Withdraws a pending invitation. */
export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/members/invitations/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

const MY_INVITATIONS_KEY = ['me', 'invitations'] as const;

/** The logged-in person's own pending invitations to organisations. */
export function useMyInvitations() {
  return useQuery({
    queryKey: MY_INVITATIONS_KEY,
    queryFn: ({ signal }) => api.get<TMyInvitationList>('/me/invitations', { signal }),
  });
}

/** Accepts or declines one of her invitations; accepting changes her memberships, so the session is re-read. */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) => api.post(`/me/invitations/${id}/${answer}`),
    onSettled: async (_data, _error, { answer }) => {
      await queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_KEY });
      if (answer === 'accept') await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}
