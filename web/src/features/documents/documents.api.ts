import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentKind } from '@domain/gate-facts';
import type { TDocument, TDocumentList, TUpdateDocumentRequest } from '@domain/documents.contracts';
import type { TAttachment, TAttachmentList } from '@domain/attachments.contracts';
import { api, apiUrl } from '@web/api/client';
import { ApiError, apiErrorFromResponse } from '@web/api/api-error';
import { currentCsrfToken } from '@web/api/csrf';

const listKey = (initiativeId: string) => ['documents', initiativeId] as const;
const attachmentsKey = (initiativeId: string) => ['attachments', initiativeId] as const;

export function useDocuments(initiativeId: string) {
  return useQuery({ queryKey: listKey(initiativeId), queryFn: async ({ signal }) => (await api.get<TDocumentList>(`/initiatives/${initiativeId}/documents`, { signal })).data });
}

export function useDocument(initiativeId: string, documentId: string) {
  return useQuery({
    queryKey: [...listKey(initiativeId), documentId],
    queryFn: ({ signal }) => api.get<TDocument>(`/initiatives/${initiativeId}/documents/${documentId}`, { signal }),
  });
}

export function useCreateDocument(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (kind: DocumentKind) => (await api.post<TDocument>(`/initiatives/${initiativeId}/documents`, { kind })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(initiativeId) }),
  });
}

export function useUpdateDocument(initiativeId: string, documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TUpdateDocumentRequest; etag: string | null }) => api.put<TDocument>(`/initiatives/${initiativeId}/documents/${documentId}`, body, { ifMatch: etag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(initiativeId) }),
  });
}

/** Deletes a document draft (a completed document answers 409). */
export function useDeleteDocument(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => api.delete(`/initiatives/${initiativeId}/documents/${documentId}`),
    onSuccess: (_data, documentId) => {
      // The deleted draft's own query is dropped, not refetched into a 404 while its page is open.
      queryClient.removeQueries({ queryKey: [...listKey(initiativeId), documentId], exact: true });
      void queryClient.invalidateQueries({ queryKey: listKey(initiativeId), exact: true });
    },
  });
}

/** Where the browser downloads a document's Word file (a same-origin GET with the session cookie). */
export const documentDocxUrl = (initiativeId: string, documentId: string) => apiUrl(`/initiatives/${initiativeId}/documents/${documentId}/docx`);
export const attachmentUrl = (initiativeId: string, attachmentId: string) => apiUrl(`/initiatives/${initiativeId}/attachments/${attachmentId}/content`);

export function useAttachments(initiativeId: string) {
  return useQuery({ queryKey: attachmentsKey(initiativeId), queryFn: async ({ signal }) => (await api.get<TAttachmentList>(`/initiatives/${initiativeId}/attachments`, { signal })).data });
}

/** Sends the file itself as the body (not JSON), its name in the query. */
async function postFile(initiativeId: string, file: File): Promise<TAttachment> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', accept: 'application/json, application/problem+json' };
  const csrf = currentCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(apiUrl(`/initiatives/${initiativeId}/attachments`, { name: file.name }), { method: 'POST', headers, body: file, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as TAttachment;
}

export function useUploadAttachment(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (file: File) => postFile(initiativeId, file), onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(initiativeId) }) });
}

export function useRemoveAttachment(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachment: TAttachment) => api.delete(`/initiatives/${initiativeId}/attachments/${attachment.id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(initiativeId) }),
  });
}
