import { useQuery } from '@tanstack/react-query';
import type { TAuditEvent, TAuditEventPage, TAuditFilter } from '@domain/audit.contracts';
import type { TMemberPage } from '@domain/members.contracts';
import type { TFocusArea, TStrategicGoal, TUnit } from '@domain/organization.contracts';
import { api, apiUrl } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';
import { endOfSwedishDay, isCalendarDate, startOfSwedishDay } from '@web/features/audit/audit-dates';

/** The filters as the page keeps them in its address: dates are Swedish calendar days. */
export type TAuditPageFilter = { action: string; actor: string; from: string; to: string };

/** Every audit-log query starts with this key, so one invalidation refreshes the list after an export. */
export const AUDIT_KEY = ['audit-events'] as const;

/** The API's filter: the actor's user id, and the days as exact Swedish-time instants. */
export function apiFilter(filter: TAuditPageFilter): TAuditFilter {
  return {
    action: filter.action || undefined,
    actorId: filter.actor || undefined,
    from: isCalendarDate(filter.from) ? startOfSwedishDay(filter.from) : undefined,
    to: isCalendarDate(filter.to) ? endOfSwedishDay(filter.to) : undefined,
  };
}

/** The audit log, newest first, filtered, a page at a time ("Visa fler"). */
export function useAuditEvents(filter: TAuditPageFilter) {
  const query = apiFilter(filter);
  return useCursorList<TAuditEvent, TAuditEventPage>([...AUDIT_KEY, query], '/audit-events', query, 50);
}

/** The address of the CSV export of the same events (a plain GET: the browser downloads it). */
export function exportUrl(filter: TAuditPageFilter): string {
  return apiUrl('/audit-events/export', { ...apiFilter(filter), format: 'csv' });
}

/**
 * The organisation's members (first 100 by name) for the "Användare" filter, and names for the
 * ids an event records (units, focus areas, goals, users), so "Visa ändring" reads as words.
 */
export function useAuditLookups(canListMembers: boolean) {
  const members = useQuery({
    queryKey: [...AUDIT_KEY, 'members'],
    queryFn: async ({ signal }) => (await api.get<TMemberPage>('/members', { query: { limit: 100 }, signal })).data.items,
    enabled: canListMembers,
    staleTime: 60_000,
  });
  const names = useQuery({
    queryKey: [...AUDIT_KEY, 'names'],
    queryFn: async ({ signal }) => {
      const [units, focusAreas, goals] = await Promise.all([
        api.get<{ items: TUnit[] }>('/units', { signal }),
        api.get<{ items: TFocusArea[] }>('/focus-areas', { signal }),
        api.get<{ items: TStrategicGoal[] }>('/strategic-goals', { signal }),
      ]);
      return new Map<string, string>([
        ...units.data.items.map((unit) => [unit.id, unit.name] as const),
        ...focusAreas.data.items.map((area) => [area.id, area.name] as const),
        ...goals.data.items.map((goal) => [goal.id, goal.title] as const),
      ]);
    },
    staleTime: 60_000,
  });
  const lookup = new Map<string, string>([...(names.data ?? []), ...(members.data ?? []).map((member) => [member.userId, member.name] as const)]);
  return { members: members.data ?? [], names: lookup };
}
