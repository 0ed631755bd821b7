import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TBenefit, TBenefitDecisionInput, TBenefitInput, TBenefitList, TDueMeasurement, TMeasurement, TMeasurementInput } from '@domain/benefits.contracts';
import type { TCalculation, TCalculationInput } from '@domain/cost-benefit.contracts';
import type { TLesson, TLessonInput, TPortfolio } from '@domain/benefit-follow-up.contracts';
import { api } from '@web/api/client';

const base = (initiativeId: string) => `/initiatives/${initiativeId}`;

/** After any benefit change: the plan, the benefit, the due list and the portfolio are stale. */
const invalidate = (client: QueryClient, initiativeId: string) => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'benefits' && (q.queryKey[1] === initiativeId || q.queryKey[1] === 'org') });

export function useBenefits(initiativeId: string) {
  return useQuery({ queryKey: ['benefits', initiativeId, 'list'], queryFn: async ({ signal }) => (await api.get<TBenefitList>(`${base(initiativeId)}/benefits`, { signal })).data });
}

/** One benefit with its ETag (the version the next change sends as If-Match). */
export function useBenefit(initiativeId: string, benefitId: string) {
  return useQuery({ queryKey: ['benefits', initiativeId, 'benefit', benefitId], queryFn: ({ signal }) => api.get<TBenefit>(`${base(initiativeId)}/benefits/${benefitId}`, { signal }) });
}

export function useMeasurements(initiativeId: string, benefitId: string) {
  return useQuery({
    queryKey: ['benefits', initiativeId, 'measurements', benefitId],
    queryFn: async ({ signal }) => (await api.get<{ items: TMeasurement[] }>(`${base(initiativeId)}/benefits/${benefitId}/measurements`, { signal })).data.items,
  });
}

export function useBenefitOwners() {
  return useQuery({ queryKey: ['benefits', 'org', 'owners'], queryFn: async ({ signal }) => (await api.get<{ items: { id: string; name: string }[] }>('/benefit-owners', { signal })).data.items });
}

export function useSaveBenefit(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id?: string; body: TBenefitInput; etag?: string | null }) =>
      id ? api.put<TBenefit>(`${base(initiativeId)}/benefits/${id}`, body, { ifMatch: etag ?? null }) : api.post<TBenefit>(`${base(initiativeId)}/benefits`, body),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useRemoveBenefit(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ benefitId, etag }: { benefitId: string; etag: string | null }) => api.delete(`${base(initiativeId)}/benefits/${benefitId}`, { ifMatch: etag }),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useRecordMeasurement(initiativeId: string, benefitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TMeasurementInput) => api.post<TMeasurement>(`${base(initiativeId)}/benefits/${benefitId}/measurements`, body),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useRemoveMeasurement(initiativeId: string, benefitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (measurementId: string) => api.delete(`${base(initiativeId)}/benefits/${benefitId}/measurements/${measurementId}`),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useDecideBenefit(initiativeId: string, benefitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TBenefitDecisionInput; etag: string | null }) => api.put<TBenefit>(`${base(initiativeId)}/benefits/${benefitId}/decision`, body, { ifMatch: etag }),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useCopyPlan(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fromInitiativeId: string) => api.post<{ benefitsCopied: number; calculationCopied: boolean }>(`${base(initiativeId)}/benefit-plan/copy`, { fromInitiativeId }),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

/** The calculation with its ETag ("0" before the first save). */
export function useCalculation(initiativeId: string) {
  return useQuery({ queryKey: ['benefits', initiativeId, 'calculation'], queryFn: ({ signal }) => api.get<TCalculation>(`${base(initiativeId)}/calculation`, { signal }) });
}

export function useSaveCalculation(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TCalculationInput; etag: string | null }) => api.put<TCalculation>(`${base(initiativeId)}/calculation`, body, { ifMatch: etag }),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useInitiativeLessons(initiativeId: string) {
  return useQuery({ queryKey: ['benefits', initiativeId, 'lessons'], queryFn: async ({ signal }) => (await api.get<{ items: TLesson[] }>(`${base(initiativeId)}/lessons`, { signal })).data.items });
}

export function useAddLesson(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: TLessonInput) => api.post<TLesson>(`${base(initiativeId)}/lessons`, body), onSuccess: () => invalidate(client, initiativeId) });
}

export function useDeleteLesson(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) => api.delete(`${base(initiativeId)}/lessons/${lessonId}`),
    onSuccess: () => invalidate(client, initiativeId),
  });
}

export function useLessonSearch(query: string) {
  return useQuery({ queryKey: ['benefits', 'org', 'lessons', query], queryFn: async ({ signal }) => (await api.get<{ items: TLesson[] }>('/lessons', { signal, query: { q: query || undefined } })).data.items });
}

export function useDueMeasurements(mine: boolean) {
  return useQuery({
    queryKey: ['benefits', 'org', 'due', mine],
    queryFn: async ({ signal }) => (await api.get<{ items: TDueMeasurement[] }>('/benefits/due', { signal, query: { mine: mine ? 'true' : undefined } })).data.items,
  });
}

export function usePortfolio(filters: { focusAreaId?: string; year?: string }) {
  return useQuery({ queryKey: ['benefits', 'org', 'portfolio', filters], queryFn: async ({ signal }) => (await api.get<TPortfolio>('/benefit-portfolio', { signal, query: filters })).data });
}
