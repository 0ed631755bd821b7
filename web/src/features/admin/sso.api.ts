import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSaveSsoSettingsRequest, TSsoSettings } from '@domain/sso.contracts';
import { api, type TApiResponse } from '@web/api/client';

const SSO_KEY = ['admin', 'sso'] as const;

/** The organisation's single sign-on settings (never the secret) with their ETag. */
export function useSsoSettings() {
  return useQuery({ queryKey: SSO_KEY, queryFn: ({ signal }) => api.get<TSsoSettings>('/organization/sso', { signal }) });
}

/** Sets up or changes single sign-on (If-Match; `"0"` the first time) and removes it (If-Match). */
export function useSsoMutations() {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: ({ body, etag }: { body: TSaveSsoSettingsRequest; etag: string | null }) => api.put<TSsoSettings>('/organization/sso', body, { ifMatch: etag }),
    onSuccess: (response) => queryClient.setQueryData<TApiResponse<TSsoSettings>>(SSO_KEY, response),
  });
  const remove = useMutation({
    mutationFn: ({ etag }: { etag: string | null }) => api.delete('/organization/sso', { ifMatch: etag }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SSO_KEY }),
  });
  return { save, remove };
}
