import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFocusArea, TStrategicGoal } from '@domain/organization.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { ArchiveStatusTag, DeleteItemDialog, ItemRowActions, RowActionError, useArchiveToggle } from '@web/features/admin/org-item-actions';
import { useOrgList } from '@web/features/admin/organization.api';
import { AddGoalForm, EditGoalDialog } from '@web/features/admin/strategic-goal-forms';
import '@web/features/admin/admin.css';

const LIST_HEADING_ID = 'goal-list-heading';

type TGoalGroup = { id: string; name: string; isArchived: boolean; goals: TStrategicGoal[] };

/** Goals under their focus areas in the focus areas' order; goals without one (or with an unknown one) last. */
function groupGoals(goals: readonly TStrategicGoal[], focusAreas: readonly TFocusArea[], withoutName: string): TGoalGroup[] {
  const known = new Set(focusAreas.map((area) => area.id));
  const groups: TGoalGroup[] = focusAreas.map((area) => ({ id: area.id, name: area.name, isArchived: area.isArchived, goals: goals.filter((goal) => goal.focusAreaId === area.id) }));
  groups.push({ id: 'none', name: withoutName, isArchived: false, goals: goals.filter((goal) => !goal.focusAreaId || !known.has(goal.focusAreaId)) });
  return groups.filter((group) => group.goals.length > 0);
}

/**
 * /administration/mal: the strategic goals grouped by focus area (the måluppfyllelse criterion
 * refers to them), with add, change, archive and delete.
 */
export function StrategicGoalsPage() {
  const { t } = useTranslation();
  const goals = useOrgList<TStrategicGoal>('strategic-goals');
  const focusAreas = useOrgList<TFocusArea>('focus-areas');
  const archive = useArchiveToggle('strategic-goals');
  const [editing, setEditing] = useState<TStrategicGoal | null>(null);
  const [deleting, setDeleting] = useState<TStrategicGoal | null>(null);
  const areas = focusAreas.data ?? [];

  const columns: TColumn<TStrategicGoal>[] = [
    { id: 'title', header: t('admin.goals.goalTitle'), cell: (row) => row.title, isRowHeader: true },
    { id: 'description', header: t('admin.goals.description'), cell: (row) => row.description || <span className="muted">–</span> },
    {
      id: 'status',
      header: t('admin.common.status'),
      cell: (row) => <ArchiveStatusTag item={row} />,
    },
    {
      id: 'actions',
      header: t('admin.common.actions'),
      cell: (row) => <ItemRowActions item={row} name={row.title} archive={archive} onEdit={() => setEditing(row)} onDelete={() => setDeleting(row)} />,
    },
  ];

  const body = () => {
    const failed = goals.isError ? goals : focusAreas.isError ? focusAreas : null;
    if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
    if (goals.isPending || focusAreas.isPending) return <LoadingState />;
    const groups = groupGoals(goals.data ?? [], areas, t('admin.goals.withoutFocusArea'));
    if (groups.length === 0) return <EmptyState>{t('admin.goals.empty')}</EmptyState>;
    return groups.map((group) => (
      <section key={group.id} aria-labelledby={`goal-group-${group.id}`} className="goal-group">
        <Heading level={3} data-size="xs" id={`goal-group-${group.id}`}>
          {group.name}
          {group.isArchived && ` (${t('admin.common.archived').toLocaleLowerCase()})`}
        </Heading>
        <DataTable caption={t('admin.goals.caption', { name: group.name })} captionHidden columns={columns} rows={group.goals} rowKey={(row) => row.id} />
      </section>
    ));
  };

  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('admin.goals.title')}</PageHeading>
      <Paragraph>{t('admin.goals.intro')}</Paragraph>
      <section aria-labelledby={LIST_HEADING_ID} className="admin-section">
        <Heading level={2} data-size="sm" id={LIST_HEADING_ID} tabIndex={-1}>
          {t('admin.goals.listHeading')}
        </Heading>
        <RowActionError message={archive.error} onDismiss={archive.clearError} />
        {body()}
      </section>
      <section aria-labelledby="add-goal-heading" className="admin-section">
        <Heading level={2} data-size="sm" id="add-goal-heading">
          {t('admin.goals.addHeading')}
        </Heading>
        <AddGoalForm focusAreas={areas} />
      </section>
      <EditGoalDialog goal={editing} focusAreas={areas} onClose={() => setEditing(null)} />
      <DeleteItemDialog
        resource="strategic-goals"
        item={deleting}
        name={deleting?.title ?? ''}
        heading={t('admin.goals.deleteHeading', { name: deleting?.title ?? '' })}
        body={t('admin.goals.deleteBody')}
        onClose={() => setDeleting(null)}
        onArchiveInstead={() => deleting && archive.toggle(deleting, deleting.title)}
        fallbackFocus={() => document.getElementById(LIST_HEADING_ID)}
      />
    </>
  );
}
