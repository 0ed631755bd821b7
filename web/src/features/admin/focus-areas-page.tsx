import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFocusArea } from '@domain/organization.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { AddFocusAreaForm, EditFocusAreaDialog } from '@web/features/admin/focus-area-forms';
import { ArchiveStatusTag, DeleteItemDialog, ItemRowActions, RowActionError, useArchiveToggle } from '@web/features/admin/org-item-actions';
import { useOrgList } from '@web/features/admin/organization.api';
import '@web/features/admin/admin.css';

const LIST_HEADING_ID = 'focus-area-list-heading';

/**
 * /administration/fokusomraden: the organisation's own focus areas (Effektivitet, Trygghet och
 * delaktighet …) in their order, with add, change, archive and delete.
 */
export function FocusAreasPage() {
  const { t } = useTranslation();
  const query = useOrgList<TFocusArea>('focus-areas');
  const archive = useArchiveToggle('focus-areas');
  const [editing, setEditing] = useState<TFocusArea | null>(null);
  const [deleting, setDeleting] = useState<TFocusArea | null>(null);

  const columns: TColumn<TFocusArea>[] = [
    { id: 'order', header: t('admin.focusAreas.sortOrder'), cell: (row) => row.sortOrder, align: 'end' },
    { id: 'name', header: t('admin.focusAreas.name'), cell: (row) => row.name, isRowHeader: true },
    { id: 'description', header: t('admin.focusAreas.description'), cell: (row) => row.description || <span className="muted">–</span> },
    {
      id: 'status',
      header: t('admin.common.status'),
      cell: (row) => <ArchiveStatusTag item={row} />,
    },
    {
      id: 'actions',
      header: t('admin.common.actions'),
      cell: (row) => <ItemRowActions item={row} name={row.name} archive={archive} onEdit={() => setEditing(row)} onDelete={() => setDeleting(row)} />,
    },
  ];

  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('admin.focusAreas.title')}</PageHeading>
      <Paragraph>{t('admin.focusAreas.intro')}</Paragraph>
      <section aria-labelledby={LIST_HEADING_ID} className="admin-section">
        <Heading level={2} data-size="sm" id={LIST_HEADING_ID} tabIndex={-1}>
          {t('admin.focusAreas.listHeading')}
        </Heading>
        <RowActionError message={archive.error} onDismiss={archive.clearError} />
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <DataTable caption={t('admin.focusAreas.caption')} captionHidden columns={columns} rows={query.data} rowKey={(row) => row.id} emptyText={t('admin.focusAreas.empty')} />
        )}
      </section>
      <section aria-labelledby="add-focus-area-heading" className="admin-section">
        <Heading level={2} data-size="sm" id="add-focus-area-heading">
          {t('admin.focusAreas.addHeading')}
        </Heading>
        <AddFocusAreaForm />
      </section>
      <EditFocusAreaDialog focusArea={editing} onClose={() => setEditing(null)} />
      <DeleteItemDialog
        resource="focus-areas"
        item={deleting}
        name={deleting?.name ?? ''}
        heading={t('admin.focusAreas.deleteHeading', { name: deleting?.name ?? '' })}
        body={t('admin.focusAreas.deleteBody')}
        onClose={() => setDeleting(null)}
        onArchiveInstead={() => deleting && archive.toggle(deleting, deleting.name)}
        fallbackFocus={() => document.getElementById(LIST_HEADING_ID)}
      />
    </>
  );
}
