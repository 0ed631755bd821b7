import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TRecurringEvent } from '@domain/governance-year.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { adminProblemText } from '@web/features/admin/admin-errors';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { etagOfVersion } from '@web/features/admin/organization.api';
import { monthKey } from '@web/features/governance-year/wheel-chart-option';
import { useRecurringEventMutations, useRecurringEvents } from '@web/features/governance-year/governance-year.api';
import { AddRecurringEventForm, EditRecurringEventDialog } from '@web/features/governance-year/recurring-event-form';
import '@web/features/admin/admin.css';
import '@web/features/governance-year/governance-year.css';

const LIST_HEADING_ID = 'recurring-events-heading';

/** "mars, juni, september den 15" — the months in words, with the day when one is set. */
function useWhenText() {
  const { t } = useTranslation();
  return (event: TRecurringEvent) => {
    const months = event.months.length === 12 ? t('governanceYear.events.everyMonth') : event.months.map((month) => t(`governanceYear.months.${monthKey(month)}`)).join(', ');
    return event.dayOfMonth === null ? months : `${months} ${t('governanceYear.events.day', { day: event.dayOfMonth })}`;
  };
}

/** Asks before deleting; a stale version (412) or another refusal is said inside the dialog. */
function DeleteRecurringEventDialog({ event, onClose }: { event: TRecurringEvent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { remove } = useRecurringEventMutations();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <ConfirmDialog
      open={event !== null}
      heading={t('governanceYear.events.deleteHeading', { name: event?.name ?? '' })}
      confirmLabel={t('governanceYear.events.deleteConfirm')}
      isPending={remove.isPending}
      error={error}
      onClose={close}
      fallbackFocus={() => document.getElementById(LIST_HEADING_ID)}
      onConfirm={() => {
        if (!event) return;
        remove.mutate(
          { id: event.id, etag: etagOfVersion(event.version) },
          {
            onSuccess: () => {
              announce(t('governanceYear.events.deleted', { name: event.name }));
              close();
            },
            onError: (failure) => setError(isApiError(failure, 'precondition_failed') ? t('governanceYear.events.deleteStale') : adminProblemText(failure)),
          },
        );
      }}
    >
      {t('governanceYear.events.deleteBody')}
    </ConfirmDialog>
  );
}

/**
 * /arshjul/aterkommande-handelser: the administrator's recurring events of the årshjul – the
 * list with change and delete, and the form to add one.
 */
export function RecurringEventsPage() {
  const { t } = useTranslation();
  const query = useRecurringEvents();
  const whenText = useWhenText();
  const [editing, setEditing] = useState<TRecurringEvent | null>(null);
  const [deleting, setDeleting] = useState<TRecurringEvent | null>(null);

  const columns: TColumn<TRecurringEvent>[] = [
    { id: 'name', header: t('governanceYear.events.name'), isRowHeader: true, cell: (row) => row.name },
    { id: 'kind', header: t('governanceYear.events.kind'), cell: (row) => t(`governanceYear.kinds.${row.kind}`) },
    { id: 'when', header: t('governanceYear.events.when'), cell: (row) => whenText(row) },
    { id: 'role', header: t('governanceYear.events.responsibleRole'), cell: (row) => (row.responsibleRole ? t(`roles.${row.responsibleRole}`) : <span className="muted">–</span>) },
    {
      id: 'actions',
      header: t('governanceYear.events.actions'),
      cell: (row) => (
        <div className="button-row">
          <Button type="button" variant="secondary" data-size="sm" aria-label={t('governanceYear.events.editNamed', { name: row.name })} onClick={() => setEditing(row)}>
            {t('governanceYear.events.edit')}
          </Button>
          <Button type="button" variant="secondary" data-color="danger" data-size="sm" aria-label={t('governanceYear.events.deleteNamed', { name: row.name })} onClick={() => setDeleting(row)}>
            {t('governanceYear.events.delete')}
          </Button>
        </div>
      ),
    },
  ];

  return (
    <>
      <AdminBackLink to={paths.governanceYear} label={t('governanceYear.events.back')} />
      <PageHeading>{t('governanceYear.events.title')}</PageHeading>
      <Paragraph>{t('governanceYear.events.intro')}</Paragraph>
      <section aria-labelledby={LIST_HEADING_ID} className="admin-section">
        <Heading level={2} data-size="sm" id={LIST_HEADING_ID} tabIndex={-1}>
          {t('governanceYear.events.listHeading')}
        </Heading>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <DataTable caption={t('governanceYear.events.caption')} captionHidden columns={columns} rows={query.data} rowKey={(row) => row.id} emptyText={t('governanceYear.events.empty')} />
        )}
      </section>
      <section aria-labelledby="add-recurring-event-heading" className="admin-section">
        <Heading level={2} data-size="sm" id="add-recurring-event-heading">
          {t('governanceYear.events.addHeading')}
        </Heading>
        <AddRecurringEventForm />
      </section>
      <EditRecurringEventDialog event={editing} onClose={() => setEditing(null)} />
      <DeleteRecurringEventDialog event={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
