import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TRisk } from '@domain/risks.contracts';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { RedactRiskButton } from '@web/features/correcting/registry-redactions';

type TRiskListProps = {
  risks: TRisk[];
  /** The matrix cell the list is filtered to, if any. */
  cell: { likelihood: number; consequence: number } | null;
  clearHref: string;
  canEdit: boolean;
  onEdit: (risk: TRisk) => void;
  onRemove: (risk: TRisk) => void;
  busy: boolean;
};

/** The risks of the analysis as a table, optionally only those of one matrix cell. */
export function RiskList({ risks, cell, clearHref, canEdit, onEdit, onRemove, busy }: TRiskListProps) {
  const { t } = useTranslation();
  const canRedact = useCan()('text:redact');
  const shown = cell ? risks.filter((r) => r.likelihood === cell.likelihood && r.consequence === cell.consequence) : risks;
  const columns: TColumn<TRisk>[] = [
    { id: 'description', header: t('risks.list.description'), cell: (r) => r.description, isRowHeader: true },
    { id: 'perspective', header: t('risks.list.perspective'), cell: (r) => t(`risks.perspectives.${r.perspective}`), sortValue: (r) => r.perspective },
    { id: 'likelihood', header: t('risks.list.likelihood'), cell: (r) => r.likelihood, align: 'end' },
    { id: 'consequence', header: t('risks.list.consequence'), cell: (r) => r.consequence, align: 'end' },
    { id: 'value', header: t('risks.list.value'), cell: (r) => `${r.value} (${t(`risks.levels.${r.level}`).toLowerCase()})`, sortValue: (r) => r.value },
    { id: 'status', header: t('risks.list.status'), cell: (r) => t(`risks.statuses.${r.status}`) },
    { id: 'owner', header: t('risks.list.owner'), cell: (r) => r.ownerName },
    { id: 'measures', header: t('risks.list.measures'), cell: (r) => r.measures },
  ];
  if (canEdit || canRedact) {
    columns.push({
      id: 'actions',
      header: t('risks.list.actions'),
      cell: (r) => (
        <span className="row-actions">
          {canEdit && (
            <>
              <Button variant="tertiary" data-size="sm" onClick={() => onEdit(r)} aria-label={t('risks.list.editNamed', { text: r.description })}>
                {t('risks.list.edit')}
              </Button>
              <Button variant="tertiary" data-size="sm" data-color="danger" disabled={busy} onClick={() => onRemove(r)} aria-label={t('risks.list.removeNamed', { text: r.description })}>
                {t('risks.list.remove')}
              </Button>
            </>
          )}
          <RedactRiskButton risk={r} />
        </span>
      ),
    });
  }
  return (
    <section aria-labelledby="risk-list-heading" className="stack" id="risker">
      <Heading level={2} data-size="sm" id="risk-list-heading">
        {t('risks.list.heading')}
      </Heading>
      {cell && (
        <Paragraph>
          {t('risks.list.filtered', cell)}{' '}
          <Link asChild>
            <RouterLink to={clearHref}>{t('risks.list.showAll')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <DataTable caption={t('risks.list.caption')} captionHidden columns={columns} rows={shown} rowKey={(r) => r.id} emptyText={t('risks.list.empty')} />
    </section>
  );
}
