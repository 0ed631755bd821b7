import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TInitiativePage } from '@domain/decisions.contracts';
import type { TIntegration, TIntegrationInput } from '@domain/integrations.contracts';
import type { TNeedPage } from '@domain/needs.contracts';
import type { TUnitTreeItem } from '@domain/organization.contracts';
import type { TImportPreview, TImportResult, TMatchingImportUpload } from '@domain/register-import.contracts';
import type { TSupplierDemo, TSupplierDemoInput, TSupplierDemoSummary } from '@domain/supplier-demos.contracts';
import type { SystemTask, TContractEnding, TSystem, TSystemInput, TSystemSummary } from '@domain/systems.contracts';
import type { TChangeRow, TSummaryRow, TWelfareTechInput, TWelfareTechInUseOverTime, TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { api } from '@web/api/client';

/** Every register query starts with this key, so a save refreshes every list that could show it. */
const KEY = ['registers'] as const;
type TItems<T> = { items: T[] };

const getData = async <T,>(path: string, query?: Record<string, string | number | undefined>, signal?: AbortSignal) =>
  (await api.get<T>(path, { query, signal })).data;

function useInvalidateRegisters() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export const useSystems = (query: { initiativeId?: string } = {}) =>
  useQuery({ queryKey: [...KEY, 'systems', query], queryFn: ({ signal }) => getData<TItems<TSystemSummary>>('/systems', query, signal) });

/** One system with its ETag (kept by the form as If-Match). */
export const useSystem = (id: string) =>
  useQuery({ queryKey: [...KEY, 'system', id], queryFn: ({ signal }) => api.get<TSystem>(`/systems/${id}`, { signal }) });

export const useContractsEnding = (months: number) =>
  useQuery({
    queryKey: [...KEY, 'contracts', months],
    queryFn: ({ signal }) => getData<{ months: number; items: TContractEnding[] }>('/systems/contracts-ending', { months }, signal),
  });

export const useTaskAssignees = (enabled: boolean) =>
  useQuery({ queryKey: [...KEY, 'assignees'], enabled, queryFn: ({ signal }) => getData<TItems<{ userId: string; name: string }>>('/systems/task-assignees', {}, signal) });

export function useSaveSystem() {
  const invalidate = useInvalidateRegisters();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id?: string; body: TSystemInput; etag?: string | null }) =>
      id ? api.put<TSystem>(`/systems/${id}`, body, { ifMatch: etag }) : api.post<TSystem>('/systems', body),
    onSettled: invalidate,
  });
}

export function useSaveSystemTask() {
  const invalidate = useInvalidateRegisters();
  return useMutation({
    mutationFn: ({ id, task, body, etag }: { id: string; task: SystemTask; body: { assigneeUserId: string | null; done: boolean }; etag: string | null }) =>
      api.put<TSystem>(`/systems/${id}/tasks/${task}`, body, { ifMatch: etag }),
    onSettled: invalidate,
  });
}

export const useIntegrations = (query: { systemId?: string } = {}) =>
  useQuery({ queryKey: [...KEY, 'integrations', query], queryFn: ({ signal }) => getData<TItems<TIntegration>>('/integrations', query, signal) });

export function useIntegrationMutations() {
  const invalidate = useInvalidateRegisters();
  const create = useMutation({ mutationFn: (body: TIntegrationInput) => api.post<TIntegration>('/integrations', body), onSettled: invalidate });
  const remove = useMutation({
    mutationFn: (integration: TIntegration) => api.delete(`/integrations/${integration.id}`, { ifMatch: `"${integration.version}"` }),
    onSettled: invalidate,
  });
  return { create, remove };
}

export const useWelfareTech = (query: { asOf?: string; initiativeId?: string } = {}) =>
  useQuery({ queryKey: [...KEY, 'welfare-tech', query], queryFn: ({ signal }) => getData<TItems<TWelfareTechItem>>('/welfare-tech', query, signal) });

export const useWelfareTechItem = (id: string) =>
  useQuery({ queryKey: [...KEY, 'welfare-tech-item', id], queryFn: ({ signal }) => api.get<TWelfareTechItem>(`/welfare-tech/${id}`, { signal }) });

export const useWelfareTechOptions = () =>
  useQuery({
    queryKey: [...KEY, 'welfare-tech-options'],
    queryFn: ({ signal }) => getData<{ technologies: string[]; placements: string[]; asOfDates: string[] }>('/welfare-tech/options', {}, signal),
  });

export const useWelfareTechSummary = (asOf: string | null) =>
  useQuery({
    queryKey: [...KEY, 'summary', asOf],
    enabled: Boolean(asOf),
    queryFn: ({ signal }) => getData<{ asOf: string; rows: TSummaryRow[] }>('/welfare-tech/summary', { asOf: asOf! }, signal),
  });

export const useWelfareTechInUseOverTime = () =>
  useQuery({
    queryKey: [...KEY, 'in-use-over-time'],
    queryFn: ({ signal }) => getData<TWelfareTechInUseOverTime>('/welfare-tech/in-use-over-time', {}, signal),
  });

export const useWelfareTechChange = (from: string | null, to: string | null) =>
  useQuery({
    queryKey: [...KEY, 'change', from, to],
    enabled: Boolean(from && to),
    queryFn: ({ signal }) => getData<{ rows: TChangeRow[] }>('/welfare-tech/change', { from: from!, to: to! }, signal),
  });

export function useSaveWelfareTech() {
  const invalidate = useInvalidateRegisters();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id?: string; body: TWelfareTechInput; etag?: string | null }) =>
      id ? api.put<TWelfareTechItem>(`/welfare-tech/${id}`, body, { ifMatch: etag }) : api.post<TWelfareTechItem>('/welfare-tech', body),
    onSettled: invalidate,
  });
}

export function useDeleteWelfareTech() {
  const invalidate = useInvalidateRegisters();
  return useMutation({ mutationFn: ({ id, etag }: { id: string; etag: string | null }) => api.delete(`/welfare-tech/${id}`, { ifMatch: etag }), onSettled: invalidate });
}

/**
 * After a delete: the deleted item's own query is dropped (not refetched into a 404 while its page
 * is still open), every other register list is read afresh.
 */
function useForgetRegisterItem() {
  const queryClient = useQueryClient();
  return (kind: 'system' | 'demo', id: string) => {
    queryClient.removeQueries({ queryKey: [...KEY, kind, id], exact: true });
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === KEY[0] && !(query.queryKey[1] === kind && query.queryKey[2] === id) });
  };
}

/** Deletes a system (a 409 names the integrations, welfare technology and initiatives that use it). */
export function useDeleteSystem() {
  const forget = useForgetRegisterItem();
  return useMutation({ mutationFn: (id: string) => api.delete(`/systems/${id}`), onSuccess: (_data, id) => forget('system', id) });
}

/** Deletes a supplier demo recorded by mistake. */
export function useDeleteSupplierDemo() {
  const forget = useForgetRegisterItem();
  return useMutation({ mutationFn: (id: string) => api.delete(`/supplier-demos/${id}`), onSuccess: (_data, id) => forget('demo', id) });
}

/** The lists that offer an import from Excel or CSV. */
export type ImportBase = '/systems' | '/welfare-tech' | '/needs';

/**
 * Preview or save an import into the list at `base`. A plan file (`/needs`) adds needs, decisions
 * and initiatives, so everything cached is read afresh after it; a register only its own lists.
 */
export function useImport(base: ImportBase) {
  const invalidateRegisters = useInvalidateRegisters();
  const queryClient = useQueryClient();
  const invalidate = () => (base === '/needs' ? queryClient.invalidateQueries() : invalidateRegisters());
  const preview = useMutation({ mutationFn: (body: TMatchingImportUpload) => api.post<TImportPreview>(`${base}/import/preview`, body) });
  const save = useMutation({ mutationFn: (body: TMatchingImportUpload) => api.post<TImportResult>(`${base}/import`, body), onSettled: invalidate });
  return { preview, save };
}

export const useSupplierDemos = (query: { needId?: string } = {}) =>
  useQuery({ queryKey: [...KEY, 'demos', query], queryFn: ({ signal }) => getData<TItems<TSupplierDemoSummary>>('/supplier-demos', query, signal) });

export const useSupplierDemo = (id: string) =>
  useQuery({ queryKey: [...KEY, 'demo', id], queryFn: ({ signal }) => api.get<TSupplierDemo>(`/supplier-demos/${id}`, { signal }) });

export function useSaveSupplierDemo() {
  const invalidate = useInvalidateRegisters();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id?: string; body: TSupplierDemoInput; etag?: string | null }) =>
      id ? api.put<TSupplierDemo>(`/supplier-demos/${id}`, body, { ifMatch: etag }) : api.post<TSupplierDemo>('/supplier-demos', body),
    onSettled: invalidate,
  });
}

/** Choices for the forms: units, initiatives and needs (first pages are plenty for a select). */
export const useUnitChoices = () =>
  useQuery({ queryKey: [...KEY, 'units'], queryFn: ({ signal }) => getData<TItems<TUnitTreeItem>>('/units', {}, signal) });
export const useInitiativeChoices = () =>
  useQuery({ queryKey: [...KEY, 'initiatives'], queryFn: ({ signal }) => getData<TInitiativePage>('/initiatives', { limit: 100 }, signal) });
export const useNeedChoices = () =>
  useQuery({ queryKey: [...KEY, 'needs'], queryFn: ({ signal }) => getData<TNeedPage>('/needs', { limit: 100 }, signal) });
