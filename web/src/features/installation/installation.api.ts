import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreatedInstallationOrganization,
  TCreateInstallationOrganizationRequest,
  TDeletedOrganization,
  TInstallationAuditList,
  TInstallationOrganization,
  TInstallationOrganizationList,
} from '@domain/installation.contracts';
import { api } from '@web/api/client';

const INSTALLATION_KEY = ['installation'] as const;

/** The installation's organisations (installation administrators only). */
export function useInstallationOrganizations() {
  return useQuery({
    queryKey: [...INSTALLATION_KEY, 'organizations'],
    queryFn: async ({ signal }) => (await api.get<TInstallationOrganizationList>('/installation/organizations', { signal })).data.items,
  });
}

/** What installation administrators did, newest first. */
export function useInstallationAudit() {
  return useQuery({
    queryKey: [...INSTALLATION_KEY, 'audit'],
    queryFn: async ({ signal }) => (await api.get<TInstallationAuditList>('/installation/audit-events', { signal })).data.items,
  });
}

/** Creating, disabling, enabling and deleting organisations; every change refreshes the list and the events. */
export function useInstallationMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: INSTALLATION_KEY });
  return {
    create: useMutation({
      mutationFn: async (input: TCreateInstallationOrganizationRequest) => (await api.post<TCreatedInstallationOrganization>('/installation/organizations', input)).data,
      onSettled,
    }),
    setDisabled: useMutation({
      mutationFn: async ({ id, disabled }: { id: string; disabled: boolean }) =>
        (await api.post<TInstallationOrganization>(`/installation/organizations/${id}/${disabled ? 'disable' : 'enable'}`)).data,
      onSettled,
    }),
    remove: useMutation({
      mutationFn: async ({ id, confirmName }: { id: string; confirmName: string }) =>
        (await api.delete<TDeletedOrganization>(`/installation/organizations/${id}`, { body: { confirmName } })).data,
      onSettled,
    }),
  };
}
