import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TEthicsInput, TRisk, TRiskAnalysis, TRiskInput, TUnionConsultationInput } from '@domain/risks.contracts';
import { api } from '@web/api/client';

const key = (initiativeId: string) => ['risk-analysis', initiativeId] as const;

/** The initiative's risk analysis with its ETag (the analysis version, for union and ethics saves). */
export function useRiskAnalysis(initiativeId: string) {
  return useQuery({ queryKey: key(initiativeId), queryFn: ({ signal }) => api.get<TRiskAnalysis>(`/initiatives/${initiativeId}/risk-analysis`, { signal }) });
}

/** Every change of the analysis reloads it, so matrix, list and forms agree with the server. */
function useAnalysisMutation<TVariables, TResult>(initiativeId: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: key(initiativeId) }) });
}

export function useAddRisk(initiativeId: string) {
  return useAnalysisMutation(initiativeId, (body: TRiskInput) => api.post<TRisk>(`/initiatives/${initiativeId}/risks`, body));
}

export function useUpdateRisk(initiativeId: string) {
  return useAnalysisMutation(initiativeId, ({ risk, body }: { risk: TRisk; body: TRiskInput }) =>
    api.put<TRisk>(`/initiatives/${initiativeId}/risks/${risk.id}`, body, { ifMatch: `"${risk.version}"` }),
  );
}

export function useRemoveRisk(initiativeId: string) {
  return useAnalysisMutation(initiativeId, (risk: TRisk) => api.delete(`/initiatives/${initiativeId}/risks/${risk.id}`, { ifMatch: `"${risk.version}"` }));
}

export function useSaveUnionConsultation(initiativeId: string) {
  return useAnalysisMutation(initiativeId, ({ body, etag }: { body: TUnionConsultationInput; etag: string | null }) =>
    api.put<TRiskAnalysis>(`/initiatives/${initiativeId}/risk-analysis/union-consultation`, body, { ifMatch: etag }),
  );
}

export function useSaveEthics(initiativeId: string) {
  return useAnalysisMutation(initiativeId, ({ body, etag }: { body: TEthicsInput; etag: string | null }) =>
    api.put<TRiskAnalysis>(`/initiatives/${initiativeId}/risk-analysis/ethics`, body, { ifMatch: etag }),
  );
}
