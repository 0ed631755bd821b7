import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { MATURITY_AREAS, OPERATION_AREAS, type OperationArea } from '@domain/maturity';
import type { TMaturityAssessmentSummary, TMaturityHistory } from '@domain/maturity.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { ProblemSummary } from '@web/ui/problem-summary';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { TextField } from '@web/ui/form-field';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { MaturityHistoryChart } from '@web/features/maturity/maturity-history-chart';
import { useMaturityAssessments, useMaturityHistory, useStartMaturityAssessment } from '@web/features/maturity/maturity.api';
import '@web/features/maturity/maturity.css';

export const assessmentName = (a: { year: number; label: string }) => (a.label ? `${a.year} ${a.label}` : String(a.year));

/** /mognad: the self-assessments with their index, the index over the years (chart and table), and starting a new one. */
export function MaturityPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useMaturityAssessments();
  const history = useMaturityHistory();
  const columns: TColumn<TMaturityAssessmentSummary>[] = [
    {
      id: 'name',
      header: t('maturity.year'),
      isRowHeader: true,
      cell: (a) => (
        <Link asChild>
          <RouterLink to={paths.maturityAssessment(a.id)}>{assessmentName(a)}</RouterLink>
        </Link>
      ),
    },
    { id: 'areas', header: t('maturity.operationArea'), cell: (a) => a.operationAreas.map((o) => t(`maturity.operationAreas.${o}`)).join(', ') },
    { id: 'answered', header: t('maturity.answered'), align: 'end', cell: (a) => a.answered },
    { id: 'index', header: t('maturity.index'), align: 'end', cell: (a) => a.index ?? t('maturity.noIndex') },
  ];
  return (
    <>
      <PageHeading>{t('maturity.title')}</PageHeading>
      <Paragraph>{t('maturity.intro')}</Paragraph>
      {can('maturity:manage') && <StartAssessmentForm />}
      <Heading level={2} data-size="sm">
        {t('maturity.assessments')}
      </Heading>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t('maturity.empty')}</EmptyState>
      ) : (
        <DataTable caption={t('maturity.caption')} captionHidden columns={columns} rows={list.data.items} rowKey={(a) => a.id} emptyText={t('table.noRows')} />
      )}
      {history.data && history.data.items.length > 0 && <MaturityHistory history={history.data} />}
    </>
  );
}

function MaturityHistory({ history }: { history: TMaturityHistory }) {
  const { t } = useTranslation();
  type TRow = TMaturityHistory['items'][number];
  const columns: TColumn<TRow>[] = [
    { id: 'name', header: t('maturity.year'), isRowHeader: true, cell: (r) => assessmentName(r) },
    { id: 'overall', header: t('maturity.overall'), align: 'end', cell: (r) => r.overall ?? t('maturity.noIndex') },
    ...MATURITY_AREAS.map((area): TColumn<TRow> => ({ id: area, header: t(`maturity.areas.${area}`), align: 'end', cell: (r) => r.byArea[area] ?? t('maturity.noIndex') })),
  ];
  return (
    <section aria-labelledby="maturity-history">
      <Heading level={2} data-size="sm" id="maturity-history">
        {t('maturity.history')}
      </Heading>
      <MaturityHistoryChart history={history} />
      <DataTable caption={t('maturity.historyCaption')} columns={columns} rows={history.items} rowKey={(r) => r.id} emptyText={t('table.noRows')} />
    </section>
  );
}

function StartAssessmentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartMaturityAssessment();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [label, setLabel] = useState('');
  const [areas, setAreas] = useState<OperationArea[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ year: Number(year), label, operationAreas: areas }, { onSuccess: (created) => void navigate(paths.maturityAssessment(created.id)) });
  };
  return (
    <form onSubmit={submit} className="maturity-start" aria-labelledby="maturity-start">
      <Heading level={2} data-size="sm" id="maturity-start">
        {t('maturity.start')}
      </Heading>
      {start.isError && <ProblemSummary error={start.error} onReload={() => start.reset()} />}
      <TextField label={t('maturity.year')} name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
      <TextField label={t('maturity.label')} name="label" optional value={label} onChange={(e) => setLabel(e.target.value)} />
      <CheckboxGroupField
        legend={t('maturity.operationAreasLegend')}
        name="operationAreas"
        options={OPERATION_AREAS.map((o) => ({ value: o, label: t(`maturity.operationAreas.${o}`) }))}
        onChange={(e) => {
          const value = e.target.value as OperationArea;
          setAreas((current) => (e.target.checked ? [...current, value] : current.filter((a) => a !== value)));
        }}
      />
      <Button type="submit" disabled={start.isPending}>
        {t('maturity.start')}
      </Button>
    </form>
  );
}
