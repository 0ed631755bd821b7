import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TUnit } from '@domain/organization.contracts';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { ArchiveButton, DeleteItemDialog, RowActionError, useArchiveToggle } from '@web/features/admin/org-item-actions';
import { useOrgList } from '@web/features/admin/organization.api';
import { AddUnitForm, EditUnitDialog } from '@web/features/admin/unit-forms';
import { buildUnitTree, type TUnitNode } from '@web/features/admin/unit-tree';
import '@web/features/admin/admin.css';

const TREE_HEADING_ID = 'unit-tree-heading';

type TTreeActions = {
  onEdit: (unit: TUnit) => void;
  onDelete: (unit: TUnit) => void;
  archive: ReturnType<typeof useArchiveToggle>;
};

/** One level of the tree: a list whose items hold the unit, its actions and its own sub-list. */
function UnitList({ nodes, actions, labelledBy }: { nodes: TUnitNode[]; actions: TTreeActions; labelledBy?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree" aria-labelledby={labelledBy}>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <div className="unit-tree__row">
            <span className="unit-tree__name">{unit.name}</span>
            {unit.isArchived && <StatusTag tone="warning">{t('admin.common.archived')}</StatusTag>}
            {children.length > 0 && <span className="muted unit-tree__count">{t('admin.units.subUnits', { count: children.length })}</span>}
            <span className="unit-tree__actions">
              <Button variant="tertiary" data-size="sm" onClick={() => actions.onEdit(unit)}>
                {t('admin.common.edit')}
                <span className="visually-hidden"> {unit.name}</span>
              </Button>
              <ArchiveButton item={unit} name={unit.name} isPending={actions.archive.pendingId === unit.id} onToggle={() => actions.archive.toggle(unit, unit.name)} />
              <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => actions.onDelete(unit)}>
                {t('admin.common.delete')}
                <span className="visually-hidden"> {unit.name}</span>
              </Button>
            </span>
          </div>
          {children.length > 0 && <UnitList nodes={children} actions={actions} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * /administration/enheter: the organisationsträd as nested lists (screen readers announce each
 * level), a form to add a unit, and per unit: change (rename/move), archive, delete.
 */
export function UnitsPage() {
  const { t } = useTranslation();
  const query = useOrgList<TUnit>('units');
  const archive = useArchiveToggle('units');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TUnit | null>(null);
  const units = query.data ?? [];

  const body = () => {
    if (query.isPending) return <LoadingState />;
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    if (units.length === 0) return <EmptyState>{t('admin.units.empty')}</EmptyState>;
    return <UnitList nodes={buildUnitTree(units)} labelledBy={TREE_HEADING_ID} actions={{ onEdit: (unit) => setEditingId(unit.id), onDelete: setDeleting, archive }} />;
  };

  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('admin.units.title')}</PageHeading>
      <Paragraph>{t('admin.units.intro')}</Paragraph>
      <section aria-labelledby={TREE_HEADING_ID} className="admin-section">
        <Heading level={2} data-size="sm" id={TREE_HEADING_ID} tabIndex={-1}>
          {t('admin.units.treeHeading')}
        </Heading>
        <RowActionError message={archive.error} onDismiss={archive.clearError} />
        {body()}
      </section>
      <section aria-labelledby="add-unit-heading" className="admin-section">
        <Heading level={2} data-size="sm" id="add-unit-heading">
          {t('admin.units.addHeading')}
        </Heading>
        <AddUnitForm units={units} />
      </section>
      <EditUnitDialog unitId={editingId} units={units} onClose={() => setEditingId(null)} />
      <DeleteItemDialog
        resource="units"
        item={deleting}
        name={deleting?.name ?? ''}
        heading={t('admin.units.deleteHeading', { name: deleting?.name ?? '' })}
        body={t('admin.units.deleteBody')}
        onClose={() => setDeleting(null)}
        onArchiveInstead={() => deleting && archive.toggle(deleting, deleting.name)}
        fallbackFocus={() => document.getElementById(TREE_HEADING_ID)}
      />
    </>
  );
}
