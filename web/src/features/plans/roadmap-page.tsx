import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { TPlan, TPlanItem } from '@domain/plans.contracts';
import { HORIZONS, type Horizon } from '@domain/plan-timing';
import { apiUrl } from '@web/api/client';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ExportLink } from '@web/ui/export-link';
import { fieldId, SelectField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { RoadmapChart } from '@web/features/plans/roadmap-chart';
import { ROADMAP_COLOUR_KEYS, roadmapColumns, roadmapItems, roadmapRows, type TRoadmapColourKey, type TRoadmapGrouping, type TRoadmapScale, type TRoadmapTexts } from '@web/features/plans/roadmap-chart-option';
import { useRoadmapPlan } from '@web/features/plans/roadmap.api';
import '@web/features/plans/roadmap.css';

/** The view and filters, kept in the address so a filtered roadmap can be bookmarked and shared. */
type TRoadmapView = { scale: TRoadmapScale; grouping: TRoadmapGrouping; focusArea: string; horizon: '' | Horizon; priority: '' | TRoadmapColourKey };

const NO_FOCUS_AREA = 'utan';

function readView(params: URLSearchParams): TRoadmapView {
  const horizon = params.get('sikt') ?? '';
  const priority = params.get('prioritet') ?? '';
  return {
    scale: params.get('skala') === 'kvartal' ? 'quarter' : 'year',
    grouping: params.get('gruppera') === 'sikt' ? 'horizon' : 'focusArea',
    focusArea: params.get('fokus') ?? '',
    horizon: (HORIZONS as readonly string[]).includes(horizon) ? (horizon as Horizon) : '',
    priority: (ROADMAP_COLOUR_KEYS as readonly string[]).includes(priority) ? (priority as TRoadmapColourKey) : '',
  };
}

function writeView(view: TRoadmapView): URLSearchParams {
  const entries: [string, string][] = [
    ['skala', view.scale === 'quarter' ? 'kvartal' : ''],
    ['gruppera', view.grouping === 'horizon' ? 'sikt' : ''],
    ['fokus', view.focusArea],
    ['sikt', view.horizon],
    ['prioritet', view.priority],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}

/** Whether an item passes the filters (focus area, horizon, priority); the chart and the table share it. */
function matches(item: TPlanItem, view: TRoadmapView): boolean {
  if (view.focusArea && (item.focusAreaId ?? NO_FOCUS_AREA) !== view.focusArea) return false;
  if (view.horizon && item.horizon !== view.horizon) return false;
  if (view.priority && (item.priority ?? 'none') !== view.priority) return false;
  return true;
}

/** A small controlled radio group for the view toggles (år/kvartal, fokusområde/sikt). */
function ViewChoice<T extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: readonly { value: T; label: string }[]; onChange: (value: T) => void }) {
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className="roadmap-view__options">
        {options.map((option, index) => (
          <Radio key={option.value} id={index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`} name={name} value={option.value} label={option.label} checked={value === option.value} onChange={() => onChange(option.value)} />
        ))}
      </div>
    </Fieldset>
  );
}

/** The roadmap's texts in the UI language, built once per language. */
function useRoadmapTexts(): TRoadmapTexts {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      eventually: t('roadmap.eventually'),
      quarter: (quarter: number, year: number) => t('roadmap.quarterColumn', { quarter, year }),
      noFocusArea: t('roadmap.noFocusArea'),
      horizons: { short: t('roadmap.horizons.short'), medium: t('roadmap.horizons.medium'), long: t('roadmap.horizons.long') },
      priorities: {
        '1': t('roadmap.priorityOption', { priority: '1' }),
        '2': t('roadmap.priorityOption', { priority: '2' }),
        '3': t('roadmap.priorityOption', { priority: '3' }),
        '4': t('roadmap.priorityOption', { priority: '4' }),
        none: t('roadmap.noPriority'),
      },
      stage: (stage: number) => stageLabel(stage),
      fact: (name, value) => t('roadmap.fact', { name: t(`roadmap.columns.${name}`), value }),
    }),
    [t, i18n.language],
  );
}

/** The view toggles, filters, chart, table and export of one loaded plan. */
function Roadmap({ plan, view, onViewChange }: { plan: TPlan; view: TRoadmapView; onViewChange: (view: TRoadmapView) => void }) {
  const { t } = useTranslation();
  const texts = useRoadmapTexts();
  const period = useMemo(() => ({ startYear: plan.startYear, endYear: plan.endYear }), [plan.startYear, plan.endYear]);
  const shown = useMemo(() => plan.items.filter((item) => matches(item, view)), [plan.items, view]);
  const rows = useMemo(() => roadmapRows(shown, period, view, texts), [shown, period, view, texts]);
  const columns = useMemo(() => roadmapColumns(period, view.scale, texts), [period, view.scale, texts]);
  const tableRows = useMemo(() => roadmapItems(rows), [rows]);
  const focusAreas = [...new Map(plan.items.map((item) => [item.focusAreaId ?? NO_FOCUS_AREA, item.focusAreaName ?? texts.noFocusArea])).entries()].sort(([a, nameA], [b, nameB]) =>
    a === NO_FOCUS_AREA ? 1 : b === NO_FOCUS_AREA ? -1 : nameA.localeCompare(nameB, 'sv'),
  );
  const set = (change: Partial<TRoadmapView>) => onViewChange({ ...view, ...change });

  const tableColumns: TColumn<TPlanItem>[] = [
    { id: 'title', header: t('roadmap.columns.title'), isRowHeader: true, cell: (item) => item.title },
    { id: 'timing', header: t('roadmap.columns.timing'), cell: (item) => item.timingText },
    { id: 'horizon', header: t('roadmap.columns.horizon'), cell: (item) => texts.horizons[item.horizon] },
    { id: 'focusArea', header: t('roadmap.columns.focusArea'), cell: (item) => item.focusAreaName ?? texts.noFocusArea },
    { id: 'priority', header: t('roadmap.columns.priority'), cell: (item) => texts.priorities[item.priority ?? 'none'] },
    { id: 'stage', header: t('roadmap.columns.stage'), cell: (item) => (item.initiativeStage === null ? t('roadmap.noStage') : stageLabel(item.initiativeStage)) },
  ];

  if (plan.items.length === 0) return <EmptyState>{t('roadmap.empty')}</EmptyState>;
  return (
    <>
      <section aria-labelledby="roadmap-view-heading">
        <Heading level={2} data-size="xs" id="roadmap-view-heading" className="visually-hidden">
          {t('roadmap.view')}
        </Heading>
        <div className="roadmap-view">
          <ViewChoice legend={t('roadmap.scale')} name="roadmapScale" value={view.scale} onChange={(scale) => set({ scale })} options={[{ value: 'year', label: t('roadmap.scales.year') }, { value: 'quarter', label: t('roadmap.scales.quarter') }]} />
          <ViewChoice
            legend={t('roadmap.grouping')}
            name="roadmapGrouping"
            value={view.grouping}
            onChange={(grouping) => set({ grouping })}
            options={[{ value: 'focusArea', label: t('roadmap.groupings.focusArea') }, { value: 'horizon', label: t('roadmap.groupings.horizon') }]}
          />
        </div>
      </section>
      <section aria-labelledby="roadmap-filters-heading">
        <Heading level={2} data-size="xs" id="roadmap-filters-heading">
          {t('roadmap.filters')}
        </Heading>
        <div className="roadmap-filters">
          <SelectField label={t('roadmap.focusArea')} name="roadmapFocusArea" value={view.focusArea} placeholder={t('roadmap.all')} onChange={(event) => set({ focusArea: event.target.value })} options={focusAreas.map(([value, label]) => ({ value, label }))} />
          <SelectField label={t('roadmap.horizon')} name="roadmapHorizon" value={view.horizon} placeholder={t('roadmap.all')} onChange={(event) => set({ horizon: event.target.value as TRoadmapView['horizon'] })} options={HORIZONS.map((value) => ({ value, label: texts.horizons[value] }))} />
          <SelectField label={t('roadmap.priority')} name="roadmapPriority" value={view.priority} placeholder={t('roadmap.all')} onChange={(event) => set({ priority: event.target.value as TRoadmapView['priority'] })} options={ROADMAP_COLOUR_KEYS.map((value) => ({ value, label: texts.priorities[value] }))} />
          <div>
            <Button type="button" variant="secondary" onClick={() => set({ focusArea: '', horizon: '', priority: '' })} disabled={!view.focusArea && !view.horizon && !view.priority}>
              {t('roadmap.clear')}
            </Button>
          </div>
        </div>
        <p role="status">{t('roadmap.shown', { count: shown.length, total: plan.items.length })}</p>
      </section>
      {shown.length === 0 ? (
        <EmptyState>{t('roadmap.noMatch')}</EmptyState>
      ) : (
        <>
          <RoadmapChart rows={rows} columns={columns} texts={texts} itemCount={shown.length} />
          <div className="roadmap-table">
            <DataTable caption={t('roadmap.caption')} columns={tableColumns} rows={tableRows} rowKey={(item) => item.id} emptyText={t('roadmap.noMatch')} />
          </div>
        </>
      )}
      <div className="roadmap-exports">
        <ExportLink href={apiUrl(`/plans/${plan.id}/roadmap/export`, { format: 'xlsx' })} text={t('roadmap.exportXlsx')} hint="" />
        <ExportLink href={apiUrl(`/plans/${plan.id}/roadmap/export`, { format: 'csv' })} text={t('roadmap.exportCsv')} hint={t('roadmap.exportHint')} />
      </div>
    </>
  );
}

/** /planer/:id/fardplan: a plan's items on a timeline by year or quarter, with the same rows as a table. */
export function RoadmapPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const plan = useRoadmapPlan(id);

  return (
    <>
      <PageHeading documentTitle={plan.data ? t('roadmap.documentTitle', { title: plan.data.title }) : undefined}>{t('roadmap.title')}</PageHeading>
      {plan.data && <Paragraph className="roadmap-subtitle">{plan.data.title}</Paragraph>}
      <Paragraph>{t('roadmap.intro')}</Paragraph>
      {plan.isPending ? (
        <LoadingState />
      ) : plan.isError ? (
        <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
      ) : (
        <Roadmap plan={plan.data} view={view} onViewChange={(next) => setParams(writeView(next), { replace: true })} />
      )}
    </>
  );
}
