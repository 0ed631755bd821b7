import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TMeetingCreate, TMeetingSummary } from '@domain/meetings.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextField } from '@web/ui/form-field';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useCreateMeeting, useForums, useMeetings } from '@web/features/meetings/meetings.api';

/** Where a meeting stands: planned, kallelse sent, minutes approved. */
export function meetingStage(meeting: Pick<TMeetingSummary, 'agendaSentAt' | 'minutesApprovedAt'>): 'planned' | 'sent' | 'approved' {
  if (meeting.minutesApprovedAt) return 'approved';
  if (meeting.agendaSentAt) return 'sent';
  return 'planned';
}

const FIELDS = ['forumId', 'meetingDate', 'title', 'place'] as const;

/** The coordinator's form: a forum and a date; Digiplan proposes the agenda. */
function NewMeetingForm() {
  const { t } = useTranslation();
  const forums = useForums();
  const create = useCreateMeeting();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TMeetingCreate>({ defaultValues: { forumId: '', meetingDate: '', title: '', place: '' }, shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  const labels = { forumId: t('meetings.meetings.forum'), meetingDate: t('meetings.meetings.date'), title: t('meetings.meetings.titleField'), place: t('meetings.meetings.place') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  const options = (forums.data?.items ?? []).map((forum) => ({ value: forum.id, label: forum.name }));
  return (
    <section aria-labelledby="new-meeting" className="stack">
      <Heading level={2} data-size="sm" id="new-meeting">
        {t('meetings.meetings.newHeading')}
      </Heading>
      <Paragraph>{t('meetings.meetings.newIntro')}</Paragraph>
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure({ conflict: false, summary: null });
          create.mutate(values, {
            onSuccess: ({ data }) => {
              announce(t('meetings.meetings.created', { count: data.items.length }));
              void navigate(paths.meeting(data.id));
            },
            onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
          });
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <SelectField
          label={labels.forumId}
          placeholder={t('meetings.meetings.chooseForum')}
          options={options}
          error={errors.forumId?.message}
          {...form.register('forumId', { required: t('meetings.meetings.forumRequired') })}
        />
        <TextField type="date" label={labels.meetingDate} error={errors.meetingDate?.message} {...form.register('meetingDate', { required: t('meetings.meetings.dateRequired') })} />
        <TextField label={labels.title} description={t('meetings.meetings.titleHint')} optional error={errors.title?.message} {...form.register('title')} />
        <TextField label={labels.place} optional error={errors.place?.message} {...form.register('place')} />
        <div className="button-row">
          <Button type="submit" loading={create.isPending}>
            {t('meetings.meetings.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** /moten: the organisation's meetings, latest first; those who manage meetings create one here. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const meetings = useMeetings();
  const columns: TColumn<TMeetingSummary>[] = [
    { id: 'date', header: t('meetings.meetings.date'), sortValue: (m) => m.meetingDate, cell: (m) => formatDate(m.meetingDate) },
    {
      id: 'title',
      header: t('meetings.meetings.titleField'),
      isRowHeader: true,
      sortValue: (m) => m.title,
      cell: (m) => (
        <Link asChild>
          <RouterLink to={paths.meeting(m.id)}>{m.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'forum', header: t('meetings.meetings.forum'), sortValue: (m) => m.forum.name, cell: (m) => m.forum.name },
    { id: 'items', header: t('meetings.meetings.itemCount'), align: 'end', sortValue: (m) => m.itemCount, cell: (m) => m.itemCount },
    { id: 'stage', header: t('meetings.meetings.stage'), cell: (m) => t(`meetings.stage.${meetingStage(m)}`) },
  ];
  return (
    <>
      <PageHeading>{t('meetings.meetings.title')}</PageHeading>
      <Paragraph>{t('meetings.meetings.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.forums}>{t('meetings.meetings.toForums')}</RouterLink>
        </Link>
      </Paragraph>
      {meetings.isPending ? (
        <LoadingState />
      ) : meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.items.length === 0 ? (
        <EmptyState>{t('meetings.meetings.empty')}</EmptyState>
      ) : (
        <DataTable caption={t('meetings.meetings.caption')} columns={columns} rows={meetings.data.items} rowKey={(m) => m.id} emptyText={t('table.noRows')} />
      )}
      {can('meeting:manage') && <NewMeetingForm />}
    </>
  );
}
