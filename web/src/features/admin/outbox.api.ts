import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailStatus, TOutboxMessage, TOutboxPage } from '@domain/email.contracts';
import { api } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';

export const OUTBOX_KEY = ['email-outbox'] as const;

/** The outbox, newest first, optionally one status, a page at a time ("Visa fler"). */
export function useOutbox(status: EmailStatus | undefined) {
  const list = useCursorList<TOutboxMessage, TOutboxPage>([...OUTBOX_KEY, status ?? 'all'], '/email-outbox', { status }, 50);
  return { ...list, failedCount: list.data?.pages[0]?.failedCount ?? 0 };
}

/** "Försök igen": a failed message back in the queue; the list is read again either way. */
export function useRetryEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => api.post<null>(`/email-outbox/${id}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OUTBOX_KEY }),
  });
}
