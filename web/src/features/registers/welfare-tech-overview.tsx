import { useState, type FormEvent } from 'react';
import '@web/features/decisions/list-filters.css';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from '@digdir/designsystemet-react';
import type { TChangeRow, TSummaryRow } from '@domain/welfare-tech.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { SelectField } from '@web/ui/form-field';
import { formatNumber } from '@web/ui/format';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { useWelfareTechChange, useWelfareTechSummary } from '@web/features/registers/registers.api';

const signed = (value: number) => (value > 0 ? `+${formatNumber(value)}` : formatNumber(value));

/** "Sammanställning" per as-of date and "Förändring" between two dates (seed 000's table). */
export function WelfareTechOverview({ dates }: { dates: readonly string[] }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | null>(dates[0] ?? null);
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: dates[1] ?? null, to: dates[0] ?? null });
  const summary = useWelfareTechSummary(asOf);
  const change = useWelfareTechChange(range.from, range.to);
  const options = dates.map((date) => ({ value: date, label: date }));
  const state = (row: { state: TSummaryRow['state'] }) => t(`registers.welfareTech.states.${row.state}`);

  const summaryColumns: TColumn<TSummaryRow>[] = [
    { id: 'technology', header: t('registers.welfareTech.technology'), isRowHeader: true, cell: (r) => r.technology, sortValue: (r) => r.technology },
    { id: 'count', header: t('registers.welfareTech.unitCount'), align: 'end', cell: (r) => formatNumber(r.unitCount), sortValue: (r) => r.unitCount },
    { id: 'placement', header: t('registers.welfareTech.placement'), cell: (r) => r.placement, sortValue: (r) => r.placement },
    { id: 'state', header: t('registers.welfareTech.state'), cell: state, sortValue: (r) => r.state },
  ];
  const changeColumns: TColumn<TChangeRow>[] = [
    { id: 'technology', header: t('registers.welfareTech.technology'), isRowHeader: true, cell: (r) => r.technology, sortValue: (r) => r.technology },
    { id: 'placement', header: t('registers.welfareTech.placement'), cell: (r) => r.placement },
    { id: 'state', header: t('registers.welfareTech.state'), cell: state },
    { id: 'before', header: t('registers.welfareTech.before'), align: 'end', cell: (r) => formatNumber(r.before) },
    { id: 'after', header: t('registers.welfareTech.after'), align: 'end', cell: (r) => formatNumber(r.after) },
    { id: 'difference', header: t('registers.welfareTech.difference'), align: 'end', cell: (r) => signed(r.difference), sortValue: (r) => r.difference },
  ];

  if (dates.length === 0) return <EmptyState>{t('registers.welfareTech.noDates')}</EmptyState>;
  const value = (event: FormEvent<HTMLFormElement>, name: string) => String(new FormData(event.currentTarget).get(name) ?? '') || null;
  return (
    <>
      <section aria-labelledby="summary-heading" className="stack">
        <Heading level={2} data-size="sm" id="summary-heading">
          {t('registers.welfareTech.summaryHeading')}
        </Heading>
        <form
          className="list-filters"
          onSubmit={(event) => {
            event.preventDefault();
            setAsOf(value(event, 'asOf'));
          }}
        >
          <SelectField label={t('registers.welfareTech.asOf')} name="asOf" defaultValue={asOf ?? ''} options={options} />
          <div className="list-filters__actions">
            <Button type="submit" variant="secondary">
              {t('registers.welfareTech.show')}
            </Button>
          </div>
        </form>
        {summary.isPending ? (
          <LoadingState />
        ) : summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
        ) : summary.data.rows.length === 0 ? (
          <EmptyState>{t('registers.welfareTech.summaryEmpty', { date: asOf ?? '' })}</EmptyState>
        ) : (
          <DataTable caption={t('registers.welfareTech.summaryCaption', { date: summary.data.asOf })} columns={summaryColumns} rows={summary.data.rows} rowKey={(r) => `${r.state}|${r.technology}|${r.placement}`} emptyText={t('table.noRows')} />
        )}
      </section>
      <section aria-labelledby="change-heading" className="stack">
        <Heading level={2} data-size="sm" id="change-heading">
          {t('registers.welfareTech.changeHeading')}
        </Heading>
        <form
          className="list-filters"
          onSubmit={(event) => {
            event.preventDefault();
            setRange({ from: value(event, 'from'), to: value(event, 'to') });
          }}
        >
          <SelectField label={t('registers.welfareTech.from')} name="from" defaultValue={range.from ?? ''} options={options} />
          <SelectField label={t('registers.welfareTech.to')} name="to" defaultValue={range.to ?? ''} options={options} />
          <div className="list-filters__actions">
            <Button type="submit" variant="secondary">
              {t('registers.welfareTech.compare')}
            </Button>
          </div>
        </form>
        {range.from && range.to && (change.isPending ? (
          <LoadingState />
        ) : change.isError ? (
          <ErrorState error={change.error} onRetry={() => void change.refetch()} />
        ) : (
          <DataTable caption={t('registers.welfareTech.changeCaption', { from: range.from, to: range.to })} columns={changeColumns} rows={change.data.rows} rowKey={(r) => `${r.state}|${r.technology}|${r.placement}`} emptyText={t('table.noRows')} />
        ))}
      </section>
    </>
  );
}
