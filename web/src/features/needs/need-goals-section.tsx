import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TNeedGoals } from '@domain/goal-links.contracts';
import type { TNeed } from '@domain/needs.contracts';
import type { TStrategicGoal } from '@domain/organization.contracts';
import { isApiError } from '@web/api/api-error';
import { api } from '@web/api/client';
import { problemText } from '@web/i18n/error-text';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { useAnnounce } from '@web/ui/live-region';
import { needQueryKey } from '@web/features/needs/needs.api';

const goalsKey = (needId: string) => ['needs', 'goals', needId] as const;

/**
 * On a need's page: the strategic goals the need serves (the måluppfyllelse criterion), and for
 * those who may edit the need, checkboxes to change them — saved with the need's ETag as If-Match.
 */
export function NeedGoalsSection({ need, etag, onReload }: { need: TNeed; etag: string | null; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const linked = useQuery({ queryKey: goalsKey(need.id), queryFn: async ({ signal }) => (await api.get<TNeedGoals>(`/needs/${need.id}/goals`, { signal })).data.items });
  const canEdit = need.permissions.canEdit;
  const all = useQuery({
    queryKey: ['needs', 'options', 'goals'],
    queryFn: async ({ signal }) => (await api.get<{ items: TStrategicGoal[] }>('/strategic-goals', { signal })).data.items,
    enabled: canEdit,
    staleTime: 5 * 60_000,
  });
  const linkedIds = (linked.data ?? []).map((goal) => goal.id);
  const form = useForm<{ goalIds: string[] }>({ defaultValues: { goalIds: linkedIds } });
  const linkedKey = linkedIds.join();
  // The saved links arrive after the form: start from them, and again after each save or reload.
  useEffect(() => form.reset({ goalIds: linkedKey ? linkedKey.split(',') : [] }), [linkedKey, form]);
  const [failure, setFailure] = useState<'conflict' | string | null>(null);
  const save = useMutation({
    mutationFn: (goalIds: string[]) => api.put<TNeedGoals>(`/needs/${need.id}/goals`, { goalIds }, { ifMatch: etag }),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: goalsKey(need.id) }), queryClient.invalidateQueries({ queryKey: needQueryKey(need.id) })]);
      announce(t('needs.goals.saved'));
    },
    onError: (error) => setFailure(isApiError(error, 'precondition_failed') ? 'conflict' : problemText(error)),
  });
  const options = (all.data ?? []).filter((goal) => !goal.isArchived || linkedIds.includes(goal.id)).map((goal) => ({ value: goal.id, label: goal.isArchived ? `${goal.title} ${t('needs.goals.archived')}` : goal.title }));

  return (
    <section aria-labelledby="need-goals-heading" className="stack">
      <Heading level={2} data-size="sm" id="need-goals-heading">
        {t('needs.goals.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('needs.goals.intro')}</Paragraph>
      {linked.data && linked.data.length === 0 && !canEdit && <Paragraph>{t('needs.goals.none')}</Paragraph>}
      {linked.data && linked.data.length > 0 && !canEdit && (
        <ul>
          {linked.data.map((goal) => (
            <li key={goal.id}>{goal.title}</li>
          ))}
        </ul>
      )}
      {canEdit && all.data && all.data.length === 0 && <Paragraph>{t('needs.goals.noGoals')}</Paragraph>}
      {canEdit && options.length > 0 && (
        <>
          {failure === 'conflict' && (
            <ConflictNotice
              headingLevel={3}
              onReload={() => {
                setFailure(null);
                onReload();
              }}
            />
          )}
          <ErrorSummary items={failure && failure !== 'conflict' ? [{ message: failure }] : []} focusKey={failure ?? ''} />
          <form
            noValidate
            className="stack form-narrow"
            onSubmit={form.handleSubmit(({ goalIds }) => {
              setFailure(null);
              save.mutate(goalIds);
            })}
          >
            <CheckboxGroupField legend={t('needs.goals.legend')} options={options} {...form.register('goalIds')} />
            <Button type="submit" variant="secondary" loading={save.isPending}>
              {t('needs.goals.save')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
