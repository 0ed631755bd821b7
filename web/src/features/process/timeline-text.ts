import i18next from 'i18next';
import type { TTimelineEvent } from '@domain/process.contracts';
import { FORM_LABELS, type InitiativeForm } from '@domain/decisions.contracts';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const roleKind = (value: unknown) => (typeof value === 'string' ? i18next.t(`process.roles.kinds.${value as 'project_owner'}`) : '');

/**
 * A timeline event as a Swedish sentence (plus, for an override, what was missing). Kinds other
 * modules append and this file does not know yet are shown generically, never hidden.
 */
export function timelineText(event: TTimelineEvent): { main: string; detail?: string } {
  const p = event.payload;
  switch (event.kind) {
    case 'initiative.decided':
      return { main: i18next.t('process.timeline.decided', { form: (FORM_LABELS[p.form as InitiativeForm] ?? text(p.form)).toLowerCase() }) };
    case 'stage.advanced': {
      const override = p.override as { reason?: string; missing?: { text: string }[] } | undefined;
      const main = i18next.t('process.timeline.advanced', { from: text(p.from), to: text(p.to) });
      if (!override) return { main };
      return {
        main: `${main} ${i18next.t('process.timeline.override', { reason: override.reason ?? '' })}`,
        detail: i18next.t('process.timeline.overrideMissing', { items: (override.missing ?? []).map((item) => item.text).join(' · ') }),
      };
    }
    case 'stage.reverted':
      return { main: i18next.t('process.timeline.reverted', { from: text(p.from), to: text(p.to), reason: text(p.reason) }) };
    case 'initiative.closed': {
      const override = p.override as { reason?: string } | undefined;
      const main = i18next.t('process.timeline.closed');
      return override ? { main: `${main} ${i18next.t('process.timeline.override', { reason: override.reason ?? '' })}` } : { main };
    }
    case 'initiative.stopped':
      return { main: i18next.t('process.timeline.stopped', { reason: text(p.reason) }) };
    case 'role.named':
      return { main: i18next.t('process.timeline.roleNamed', { name: text(p.name), kind: roleKind(p.kind) }) };
    case 'role.removed':
      return { main: i18next.t('process.timeline.roleRemoved', { name: text(p.name), kind: roleKind(p.kind) }) };
    case 'checklist.ticked':
      return { main: i18next.t('process.timeline.ticked', { text: text(p.text) }) };
    case 'checklist.unticked':
      return { main: i18next.t('process.timeline.unticked', { text: text(p.text) }) };
    default:
      return { main: typeof p.summary === 'string' ? p.summary : i18next.t('process.timeline.other', { kind: event.kind }) };
  }
}
