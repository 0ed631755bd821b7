import i18next from 'i18next';
import type { TAuditEvent } from '@domain/audit.contracts';
import type { sv } from '@web/i18n/sv';

/**
 * Every action code the server writes to the audit log (grep `action: '` in server/src), each with
 * a Swedish text in `audit.actions`. A code not listed here (a newer server) is shown as the code.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.password_changed',
  'auth.session_ended',
  'auth.other_sessions_ended',
  'request.denied',
  'audit.exported',
  'organization.updated',
  'unit.created',
  'unit.updated',
  'unit.deleted',
  'focus_area.created',
  'focus_area.updated',
  'focus_area.deleted',
  'strategic_goal.created',
  'strategic_goal.updated',
  'strategic_goal.deleted',
  'member.created',
  'member.updated',
  'member.roles_changed',
  'member.disabled',
  'member.enabled',
  'member.password_reset',
  'member.removed',
  'member.membership_disabled',
  'member.membership_enabled',
  'member.sessions_ended',
  'member.invited',
  'member.invitation_withdrawn',
  'member.invitation_accepted',
  'member.invitation_declined',
  'need.submitted',
  'need.updated',
  'need.commented',
  'need.supported',
  'need.support_withdrawn',
  'need.merged',
  'need.decided',
  'need.goals_set',
  'need.deleted',
  'need.redacted',
  'need.comment_deleted',
  'need.comment_redacted',
  'need.registered_pre_digiplan',
  'organization.created',
  'plan.created',
  'plan.updated',
  'plan.fixed',
  'plan.version_started',
  'plan.exported',
  'plan.roadmap_exported',
  'plan_item.added',
  'plan_item.updated',
  'plan_item.moved',
  'plan_item.removed',
  'strategy_frame.saved',
  'assessment.started',
  'assessment.scored',
  'assessment.fixed',
  'initiative.created',
  'initiative.advance',
  'initiative.close',
  'initiative.back',
  'initiative.stop',
  'initiative.checklist_ticked',
  'initiative.checklist_unticked',
  'initiative.role_named',
  'initiative.role_removed',
  'initiative.portfolio_exported',
  'checklist_template.added',
  'checklist_template.edited',
  'checklist_template.removed',
  'checklist_template.moved',
  'notification.read',
  'notification.read_all',
  'sso.settings_saved',
  'sso.settings_deleted',
  'sso.login_refused',
  'sso.user_created',
  'sso.identity_linked',
  'sso.password_refused',
  'lesson.deleted',
  'supplier_demo.deleted',
  'system.deleted',
  'document.deleted',
  'text.redacted',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

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

const isKnownAction = (action: string): action is TAuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

const ARCHIVABLE = { 'unit.updated': 'unit', 'focus_area.updated': 'focus_area', 'strategic_goal.updated': 'strategic_goal' } as const;

/**
 * "Roller ändrade", "Enhet arkiverad": the Swedish text of an event. An update that only flips the
 * archive flag says "arkiverad"/"återaktiverad", which is what the administrator did.
 */
export function actionText(event: Pick<TAuditEvent, 'action' | 'before' | 'after'>): string {
  const { action } = event;
  if (!isKnownAction(action)) return action;
  if (action === 'unit.updated' || action === 'focus_area.updated' || action === 'strategic_goal.updated') {
    const kind = ARCHIVABLE[action];
    const before = record(event.before)?.isArchived;
    const after = record(event.after)?.isArchived;
    if (typeof before === 'boolean' && typeof after === 'boolean' && before !== after) {
      return i18next.t(`audit.archiveActions.${kind}_${after ? 'archived' : 'restored'}`);
    }
  }
  return i18next.t(`audit.actions.${action}`);
}

const ENTITY_TYPES = ['need', 'assessment', 'initiative', 'membership', 'invitation', 'user', 'organization', 'unit', 'focus_area', 'strategic_goal', 'checklist_template_item', 'plan', 'plan_item', 'strategy_frame', 'notification', 'audit_log'] as const;
type TEntityType = (typeof ENTITY_TYPES)[number];
const isEntityType = (value: string | null): value is TEntityType => value !== null && (ENTITY_TYPES as readonly string[]).includes(value);

/** "Behov", "Enhet" …: what kind of object an event is about. */
export function entityTypeText(entityType: string | null): string {
  if (!entityType) return '';
  return isEntityType(entityType) ? i18next.t(`audit.entityTypes.${entityType}`) : entityType;
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
