import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TEmailPreferences, TUpdateEmailPreferences } from '@domain/email.contracts';
import { api } from '@web/api/client';

const EMAIL_PREFERENCES_KEY = ['me', 'email-preferences'] as const;

/** Which kinds of e-mail the current user gets in the current organisation. */
export function useEmailPreferences() {
  return useQuery({
    queryKey: EMAIL_PREFERENCES_KEY,
    queryFn: async ({ signal }) => (await api.get<TEmailPreferences>('/me/email-preferences', { signal })).data.items,
  });
}

/** Saves her choices; the answer (all kinds as saved) replaces what was read. */
export function useSaveEmailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TUpdateEmailPreferences) => (await api.put<TEmailPreferences>('/me/email-preferences', body)).data.items,
    onSuccess: (items) => queryClient.setQueryData(EMAIL_PREFERENCES_KEY, items),
  });
}
