import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateMaturityAssessment, TMaturityAnswer, TMaturityAssessment, TMaturityAssessmentSummary, TMaturityHistory, TMaturityResults, TNeedMaturityLinks, TSetMaturityAnswer } from '@domain/maturity.contracts';
import type { OperationArea } from '@domain/maturity';
import { api } from '@web/api/client';

const KEY = ['maturity'] as const;

export const useMaturityAssessments = () =>
  useQuery({ queryKey: [...KEY, 'list'], queryFn: async ({ signal }) => (await api.get<{ items: TMaturityAssessmentSummary[] }>('/maturity-assessments', { signal })).data });

export const useMaturityHistory = () => useQuery({ queryKey: [...KEY, 'history'], queryFn: async ({ signal }) => (await api.get<TMaturityHistory>('/maturity/history', { signal })).data });

export const useMaturityAssessment = (id: string) =>
  useQuery({ queryKey: [...KEY, 'assessment', id], queryFn: async ({ signal }) => (await api.get<TMaturityAssessment>(`/maturity-assessments/${id}`, { signal })).data });

export const useMaturityResults = (id: string) =>
  useQuery({ queryKey: [...KEY, 'results', id], queryFn: async ({ signal }) => (await api.get<TMaturityResults>(`/maturity-assessments/${id}/results`, { signal })).data });

export const useNeedMaturityLinks = (needId: string) =>
  useQuery({ queryKey: [...KEY, 'need', needId], queryFn: async ({ signal }) => (await api.get<TNeedMaturityLinks>('/maturity/need-links', { query: { needId }, signal })).data });

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export function useStartMaturityAssessment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: TCreateMaturityAssessment) => (await api.post<TMaturityAssessmentSummary>('/maturity-assessments', body)).data,
    onSuccess: invalidate,
  });
}

/** Saves one rating with the version the user saw (0 when unrated); a 412 refreshes to show the other person's answer. */
export function useSetMaturityAnswer(assessmentId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ body, version }: { body: TSetMaturityAnswer; version: number }) =>
      (await api.put<TMaturityAnswer>(`/maturity-assessments/${assessmentId}/answers`, body, { ifMatch: `"${version}"` })).data,
    onSettled: invalidate,
  });
}

export function useMakeNeedFromIndicator(assessmentId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: { indicatorId: string; operationArea: OperationArea }) => (await api.post<{ needId: string; number: number }>(`/maturity-assessments/${assessmentId}/needs`, body)).data,
    onSuccess: invalidate,
  });
}
