import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TNotification, TNotificationPage } from '@domain/notifications.contracts';
import { api } from '@web/api/client';
import { isApiError } from '@web/api/api-error';
import { useCursorList } from '@web/api/use-cursor-list';

/** Every notifications query starts with this key, so one invalidation refreshes bell and page. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/**
 * The unread count for the header bell, refreshed every minute. Answers null when the server has
 * no notifications route (an older server): the bell then shows without a count instead of failing.
 */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: async ({ signal }) => {
      try {
        const { data } = await api.get<TNotificationPage>('/notifications', { query: { limit: 1, unread: true }, signal });
        return data.unreadCount;
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
    refetchInterval: 60_000,
    retry: false,
  });
}

/** The notifications list, newest first, a page at a time ("Visa fler"). */
export function useNotifications() {
  return useCursorList<TNotification, TNotificationPage>([...NOTIFICATIONS_KEY, 'list'], '/notifications', {}, 20);
}

/** Marks one notification read and refreshes the list and the bell. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<null>(`/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** Marks all notifications read and refreshes the list and the bell. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>('/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
