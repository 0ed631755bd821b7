import i18next from 'i18next';
import type { TAuditEvent } from '@domain/audit.contracts';
import type { sv } from '@web/i18n/sv';

type TFilterKey = keyof typeof sv.audit.filters;

/** The "Händelse" filter: prefixes (`member.` finds every member change) and a few single events. */
export const AUDIT_ACTION_FILTERS: readonly { value: string; key: TFilterKey }[] = [
  { value: 'auth.', key: 'auth' },
  { value: 'auth.login_failed', key: 'auth_login_failed' },
  { value: 'request.denied', key: 'request_denied' },
  { value: 'need.', key: 'need' },
  { value: 'need.decided', key: 'need_decided' },
  { value: 'assessment.', key: 'assessment' },
  { value: 'initiative.', key: 'initiative' },
  { value: 'plan', key: 'plan' },
  { value: 'member.', key: 'member' },
  { value: 'member.roles_changed', key: 'member_roles_changed' },
  { value: 'organization.', key: 'organization' },
  { value: 'unit.', key: 'unit' },
  { value: 'focus_area.', key: 'focus_area' },
  { value: 'strategic_goal.', key: 'strategic_goal' },
  { value: 'benefit', key: 'benefit' },
  { value: 'risk', key: 'risk' },
  { value: 'document.', key: 'document' },
  { value: 'attachment.', key: 'attachment' },
  { value: 'classification', key: 'classification' },
  { value: 'system.', key: 'system' },
  { value: 'integration.', key: 'integration' },
  { value: 'welfare_tech.', key: 'welfare_tech' },
  { value: 'supplier_demo.', key: 'supplier_demo' },
  { value: 'governance_', key: 'governance' },
  { value: 'forum.', key: 'forum' },
  { value: 'meeting.', key: 'meeting' },
  { value: 'maturity', key: 'maturity' },
  { value: 'pilot.', key: 'pilot' },
  { value: 'library_entry.', key: 'library' },
  { value: 'audit.', key: 'audit' },
  { value: 'notification.', key: 'notification' },
  { value: 'sso.', key: 'sso' },
];

/** The "Händelse" options; an action from the address that is not among them is kept, named by its text. */
export function actionFilterOptions(current: string): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = AUDIT_ACTION_FILTERS.map((filter) => ({ value: filter.value, label: i18next.t(`audit.filters.${filter.key}`) }));
  if (current && !options.some((option) => option.value === current)) options.push({ value: current, label: actionText({ action: current, before: null, after: null }) });
  return options;
}

/**
 * Whether an action code has a text in `audit.actions` (web/src/i18n/sv/audit.ts and en/audit.ts);
 * `server/test/audit-codes.ts` finds every code the server writes and a test demands one for each.
 */
export const hasActionText = (action: string): boolean => /^[a-z_]+\.[a-z_]+$/.test(action) && i18next.exists(`audit.actions.${action}`);

const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

const ARCHIVABLE = { 'unit.updated': 'unit', 'focus_area.updated': 'focus_area', 'strategic_goal.updated': 'strategic_goal' } as const;

/**
 * "Roller ändrade", "Enhet arkiverad": the Swedish text of an event. An update that only flips the
 * archive flag says "arkiverad"/"återaktiverad", which is what the administrator did.
 */
export function actionText(event: Pick<TAuditEvent, 'action' | 'before' | 'after'>): string {
  const { action } = event;
  if (!hasActionText(action)) return action;
  if (action === 'unit.updated' || action === 'focus_area.updated' || action === 'strategic_goal.updated') {
    const kind = ARCHIVABLE[action];
    const before = record(event.before)?.isArchived;
    const after = record(event.after)?.isArchived;
    if (typeof before === 'boolean' && typeof after === 'boolean' && before !== after) {
      return i18next.t(`audit.archiveActions.${kind}_${after ? 'archived' : 'restored'}`);
    }
  }
  return String(i18next.t(`audit.actions.${action}` as 'audit.actions.auth.login'));
}

/** Whether an entity type code has a text in `audit.entityTypes` (web/src/i18n/sv/audit.ts and en/audit.ts). */
export const hasEntityTypeText = (entityType: string): boolean => /^[a-z_]+$/.test(entityType) && i18next.exists(`audit.entityTypes.${entityType}`);

/** "Behov", "Enhet" …: what kind of object an event is about. */
export function entityTypeText(entityType: string | null): string {
  if (!entityType) return '';
  return hasEntityTypeText(entityType) ? String(i18next.t(`audit.entityTypes.${entityType}` as 'audit.entityTypes.need')) : entityType;
}

/**
 * A readable name of the event's object, from what the event recorded: a need's number and title,
 * a unit's name, a member's name, the denied request's method and address.
 */
export function entityName(event: Pick<TAuditEvent, 'action' | 'before' | 'after'>): string {
  const state = record(event.after) ?? record(event.before);
  if (!state) return '';
  if (event.action === 'request.denied') return [state.method, state.url].filter((part) => typeof part === 'string').join(' ');
  const number = typeof state.number === 'number' ? `B-${state.number}` : '';
  const label = [state.title, state.name, state.email].find((value): value is string => typeof value === 'string' && value.length > 0) ?? '';
  return [number, label].filter(Boolean).join(' ');
}
