import { useTranslation } from 'react-i18next';
import { Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TSystem } from '@domain/systems.contracts';
import { useCan } from '@web/app/session';
import { problemText } from '@web/i18n/error-text';
import { useAnnounce } from '@web/ui/live-region';
import { SelectField } from '@web/ui/form-field';
import { useSaveSystemTask, useTaskAssignees } from '@web/features/registers/registers.api';
import { TableScroll } from '@web/ui/table-scroll';

/**
 * Systemförvaltning (seed 002 §7.4): each task with its responsible member and a tick. Every change
 * saves at once with the system's ETag, so two people ticking at once cannot overwrite each other.
 */
export function SystemTasks({ system, etag }: { system: TSystem; etag: string | null }) {
  const { t } = useTranslation();
  const can = useCan();
  const announce = useAnnounce();
  const manage = can('register:manage');
  const assignees = useTaskAssignees(manage);
  const save = useSaveSystemTask();
  const change = (task: TSystem['tasks'][number], patch: Partial<{ assigneeUserId: string | null; done: boolean }>) =>
    save.mutate(
      { id: system.id, task: task.task, body: { assigneeUserId: task.assigneeUserId, done: task.done, ...patch }, etag },
      {
        onSuccess: () => announce(t('registers.systems.tasks.saved', { task: t(`registers.taskNames.${task.task}`) })),
        onError: (error) => announce(problemText(error)),
      },
    );
  return (
    <section aria-labelledby="tasks-heading" className="stack">
      <Heading level={2} data-size="sm" id="tasks-heading">
        {t('registers.systems.tasks.heading')}
      </Heading>
      <Paragraph>{t('registers.systems.tasks.intro')}</Paragraph>
      <TableScroll label={t('registers.systems.tasks.heading')}>
        <table className="register-preview">
          <caption className="visually-hidden">{t('registers.systems.tasks.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.systems.tasks.task')}</th>
              <th scope="col">{t('registers.systems.tasks.assignee')}</th>
              <th scope="col">{t('registers.systems.tasks.done')}</th>
            </tr>
          </thead>
          <tbody>
            {system.tasks.map((task) => {
              const name = t(`registers.taskNames.${task.task}`);
              return (
                <tr key={task.task}>
                  <th scope="row">{name}</th>
                  <td>
                    {manage ? (
                      <SelectField
                        label={`${t('registers.systems.tasks.assignee')}: ${name}`}
                        className="visually-hidden-label"
                        value={task.assigneeUserId ?? ''}
                        placeholder={t('registers.systems.tasks.nobody')}
                        options={(assignees.data?.items ?? []).map((member) => ({ value: member.userId, label: member.name }))}
                        onChange={(event) => change(task, { assigneeUserId: event.target.value || null })}
                        disabled={save.isPending}
                      />
                    ) : (
                      (task.assigneeName ?? t('registers.systems.tasks.nobody'))
                    )}
                  </td>
                  <td>
                    <Checkbox
                      label={`${t('registers.systems.tasks.done')}: ${name}`}
                      checked={task.done}
                      disabled={!manage || save.isPending}
                      onChange={(event) => change(task, { done: event.target.checked })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
