import i18next from 'i18next';
import type { TNotification } from '@domain/notifications.contracts';
import { formatDate } from '@web/ui/format';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined);

/** "B-12 Digital nattillsyn" from a number and a title, whichever exist. */
function needLabel(number: unknown, title: unknown): string {
  return [text(number) ? `B-${text(number)}` : undefined, text(title)].filter(Boolean).join(' ');
}

/**
 * The sentence for a notification in the user's language, from its kind and parameters (the
 * server stores codes, never finished text, so notifications follow the UI language).
 */
export function notificationText(notification: Pick<TNotification, 'kind' | 'params'>): string {
  const p = notification.params;
  const t = i18next.t;
  switch (notification.kind) {
    case 'need_decided': {
      const form = text(p.form);
      const need = needLabel(p.needNumber, p.needTitle);
      if (p.outcome === 'reject') return t('notifications.kinds.need_decided_reject', { need });
      if (p.outcome === 'park') return t('notifications.kinds.need_decided_park', { need });
      if (p.outcome === 'proceed' && (form === 'project' || form === 'assignment' || form === 'improvement')) {
        return t('notifications.kinds.need_decided_proceed', { need, form: t(`notifications.forms.${form}`) });
      }
      return t('notifications.kinds.need_decided', { need });
    }
    case 'need_merged':
      return t('notifications.kinds.need_merged', { target: needLabel(p.targetNumber, p.targetTitle) });
    case 'need_commented':
      return t('notifications.kinds.need_commented', { author: text(p.authorName) ?? t('notifications.someone'), need: needLabel(p.needNumber, p.needTitle) });
    case 'need_assessed': {
      const priority = text(p.priority);
      const need = needLabel(p.needNumber, p.needTitle);
      return priority ? t('notifications.kinds.need_assessed', { need, priority }) : t('notifications.kinds.need_assessed_plain', { need });
    }
    case 'reminder': {
      const kind = text(p.reminder);
      const dueDate = text(p.dueDate);
      const key = `notifications.kinds.reminder_${kind ?? ''}`;
      if (!kind || !/^[a-z_]+$/.test(kind) || !i18next.exists(key)) return t('notifications.kinds.unknown');
      return t(key as 'notifications.kinds.unknown', { title: text(p.title) ?? '', date: dueDate ? formatDate(dueDate) : '' });
    }
    case 'meeting_papers':
    case 'minutes_to_approve': {
      const key = notification.kind === 'meeting_papers' && p.resent === 1 ? 'meeting_papers_resent' : notification.kind;
      const date = text(p.meetingDate);
      return t(`notifications.kinds.${key}`, { title: text(p.meetingTitle) ?? '', date: date ? formatDate(date) : '' });
    }
    default:
      return t('notifications.kinds.unknown');
  }
}
