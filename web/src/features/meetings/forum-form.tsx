import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import type { TForum, TForumInput } from '@domain/meetings.contracts';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useForumMemberCandidates } from '@web/features/meetings/meetings.api';

const FIELDS = ['name', 'description', 'memberIds', 'chairId'] as const;
type TFormValues = { name: string; description: string; memberIds: string[]; chairId: string };

type TProps = { forum?: TForum; isPending: boolean; onSave: (body: TForumInput, onError: (error: unknown) => void) => void; onReload?: () => void };

/** A forum's name, what it decides, its members (users of the organisation) and its chair. */
export function ForumForm({ forum, isPending, onSave, onReload }: TProps) {
  const { t } = useTranslation();
  const candidates = useForumMemberCandidates(true);
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TFormValues>({
    defaultValues: { name: forum?.name ?? '', description: forum?.description ?? '', memberIds: forum?.members.map((m) => m.userId) ?? [], chairId: forum?.chairId ?? '' },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const labels = { name: t('meetings.forums.name'), description: t('meetings.forums.description'), memberIds: t('meetings.forums.members'), chairId: t('meetings.forums.chair') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  const people = candidates.data?.items ?? [];
  return (
    <div className="stack">
      {failure.conflict && onReload && <ConflictNotice onReload={onReload} />}
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure({ conflict: false, summary: null });
          const body: TForumInput = { name: values.name, description: values.description, memberIds: values.memberIds ?? [], chairId: values.chairId || null };
          onSave(body, (error) => setFailure(formFailure(error, FIELDS, form.setError)));
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TextField label={labels.name} error={errors.name?.message} {...form.register('name', { required: t('meetings.forums.nameRequired') })} />
        <TextareaField label={labels.description} optional rows={3} error={errors.description?.message} {...form.register('description')} />
        <CheckboxGroupField
          legend={labels.memberIds}
          description={t('meetings.forums.membersHint')}
          optional
          error={errors.memberIds?.message}
          options={people.map((person) => ({ value: person.id, label: person.name }))}
          {...form.register('memberIds')}
        />
        <SelectField
          label={labels.chairId}
          description={t('meetings.forums.chairHint')}
          optional
          error={errors.chairId?.message}
          options={[{ value: '', label: t('meetings.forums.noChair') }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          {...form.register('chairId')}
        />
        <div className="button-row">
          <Button type="submit" loading={isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
