import { useEffect, useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { GovernanceEntryKind, TGovernanceEntry } from '@domain/governance-year.contracts';
import type { Role } from '@domain/roles';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { ExportLink } from '@web/ui/export-link';
import { SelectField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { useGovernanceYear } from '@web/features/governance-year/governance-year.api';
import { entriesByMonth, KIND_COLOURS, kindsIn, monthKey, MONTHS, wheelChartOption, wheelColours, type TWheelTexts } from '@web/features/governance-year/wheel-chart-option';
import '@web/features/governance-year/governance-year.css';

/** The years the selector offers around the current one. */
const YEARS_BEFORE = 3;
const YEARS_AFTER = 3;

/** Today's year and month in Sweden. */
function swedishToday(): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(new Date()).split('-');
  return { year: Number(year), month: Number(month) };
}

function readYear(params: URLSearchParams, fallback: number): number {
  const year = Number(params.get('ar'));
  return Number.isInteger(year) && year >= 2000 && year <= 2999 ? year : fallback;
}

/** The wheel's texts in the UI language, built once per language and year. */
function useWheelTexts(year: number): TWheelTexts {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      year,
      shortMonth: (month: number) => t(`governanceYear.shortMonths.${monthKey(month)}`),
      month: (month: number) => t(`governanceYear.months.${monthKey(month)}`),
      kind: (kind: GovernanceEntryKind) => t(`governanceYear.kinds.${kind}`),
      day: (isoDate: string) => t('governanceYear.dayMonth', { day: Number(isoDate.slice(8, 10)), month: t(`governanceYear.shortMonths.${monthKey(Number(isoDate.slice(5, 7)))}`) }),
      count: (count: number) => t('governanceYear.monthCount', { count }),
    }),
    [t, i18n.language, year],
  );
}

/** Where an entry is read about: the initiative's benefits or classification, the system, the plan, the meeting. */
function entryLink(entry: TGovernanceEntry): string | null {
  if (!entry.subject) return null;
  switch (entry.subject.type) {
    case 'initiative_benefits':
      return paths.initiativeBenefits(entry.subject.id);
    case 'initiative_classification':
      return paths.initiativeClassification(entry.subject.id);
    case 'system':
      return paths.system(entry.subject.id);
    case 'plan':
      return paths.plan(entry.subject.id);
    case 'meeting':
      return paths.meeting(entry.subject.id);
  }
}

function KindSwatch({ kind }: { kind: GovernanceEntryKind }) {
  return <span className="gy-swatch" style={{ backgroundColor: KIND_COLOURS[kind] }} aria-hidden="true" />;
}

/** One entry in the list: day, what (a link to its source), kind and who is responsible. */
function EntryItem({ entry, texts }: { entry: TGovernanceEntry; texts: TWheelTexts }) {
  const { t } = useTranslation();
  const link = entryLink(entry);
  const who = entry.responsibleName ?? (entry.responsibleRole ? t(`roles.${entry.responsibleRole satisfies Role}`) : null);
  return (
    <li className="gy-entry">
      {entry.date && <span className="gy-entry__day">{texts.day(entry.date)}</span>}
      <span className="gy-entry__title">{link ? <RouterLink to={link}>{entry.title}</RouterLink> : entry.title}</span>
      <span className="gy-entry__facts">
        <KindSwatch kind={entry.kind} />
        {texts.kind(entry.kind)}
        {who && <> · {t('governanceYear.responsible', { who })}</>}
      </span>
    </li>
  );
}

/** The accessible equivalent of the wheel: every month with its entries, in order. */
function MonthList({ entries, texts }: { entries: readonly TGovernanceEntry[]; texts: TWheelTexts }) {
  const { t } = useTranslation();
  const byMonth = entriesByMonth(entries);
  return (
    <section aria-labelledby="gy-list-heading" className="gy-list">
      <Heading level={2} data-size="sm" id="gy-list-heading">
        {t('governanceYear.listHeading')}
      </Heading>
      {MONTHS.map((month) => {
        const list = byMonth.get(month) ?? [];
        const headingId = `gy-month-${month}`;
        return (
          <section key={month} aria-labelledby={headingId} className="gy-month">
            <Heading level={3} data-size="xs" id={headingId}>
              <span className="gy-month__name">{texts.month(month)}</span> <span className="muted gy-month__count">({texts.count(list.length)})</span>
            </Heading>
            {list.length === 0 ? (
              <Paragraph data-size="sm" className="muted">
                {t('governanceYear.monthEmpty')}
              </Paragraph>
            ) : (
              <ul className="gy-entries">
                {list.map((entry) => (
                  <EntryItem key={entry.key} entry={entry} texts={texts} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

/**
 * The wheel (ECharts, SVG, loaded with `import()` so it never reaches the first page load) with
 * its colour legend. To screen readers the drawing is one image named by its summary; the list per
 * month beside it holds every entry.
 */
function Wheel({ entries, texts, currentMonth }: { entries: readonly TGovernanceEntry[]; texts: TWheelTexts; currentMonth: number | null }) {
  const { t } = useTranslation();
  const { containerRef, chartRef, state } = useLazyEChart(() => import('@web/features/governance-year/wheel-echarts-setup'));
  const kinds = kindsIn(entries);

  useEffect(() => {
    if (state !== 'ready' || !chartRef.current || !containerRef.current) return;
    chartRef.current.setOption(wheelChartOption(entries, texts, wheelColours(containerRef.current), currentMonth), { notMerge: true });
    chartRef.current.resize();
  }, [state, entries, texts, currentMonth]);

  return (
    <div className="gy-wheel">
      {state === 'loading' && <LoadingState />}
      {state === 'failed' && <p>{t('governanceYear.chartFailed')}</p>}
      <div ref={containerRef} className="gy-wheel__canvas" role="img" aria-label={t('governanceYear.chartLabel', { count: entries.length, year: texts.year })} hidden={state === 'failed'} />
      {kinds.length > 0 && (
        <section aria-labelledby="gy-legend-heading">
          <Heading level={2} data-size="2xs" id="gy-legend-heading">
            {t('governanceYear.legend')}
          </Heading>
          <ul className="gy-legend">
            {kinds.map((kind) => (
              <li key={kind}>
                <KindSwatch kind={kind} />
                {texts.kind(kind)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** /arshjul: the organisation's governance year as a wheel, with the same entries listed month by month. */
export function GovernanceYearPage() {
  const { t } = useTranslation();
  const can = useCan();
  const today = useMemo(swedishToday, []);
  const [params, setParams] = useSearchParams();
  const year = readYear(params, today.year);
  const texts = useWheelTexts(year);
  const query = useGovernanceYear(year);
  const setYear = (next: number) => setParams(next === today.year ? {} : { ar: String(next) }, { replace: true });
  const years = Array.from({ length: YEARS_BEFORE + YEARS_AFTER + 1 }, (_, index) => today.year - YEARS_BEFORE + index);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  return (
    <>
      <PageHeading documentTitle={t('governanceYear.documentTitle', { year })}>{t('governanceYear.title')}</PageHeading>
      <Paragraph>{t('governanceYear.intro')}</Paragraph>
      <div className="gy-controls">
        <SelectField label={t('governanceYear.year')} name="governanceYear" className="gy-controls__year" value={String(year)} onChange={(event) => setYear(Number(event.target.value))} options={years.map((value) => ({ value: String(value), label: String(value) }))} />
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={() => setYear(year - 1)} disabled={year <= 2000}>
            {t('governanceYear.previousYear')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setYear(year + 1)} disabled={year >= 2999}>
            {t('governanceYear.nextYear')}
          </Button>
          {can('organization:manage') && (
            <Button asChild variant="secondary">
              <RouterLink to={paths.governanceEvents}>{t('governanceYear.manage')}</RouterLink>
            </Button>
          )}
        </div>
      </div>
      <ExportLink href={apiUrl('/governance-year/export', { year, format: 'xlsx' })} text={t('governanceYear.exportXlsx')} hint={t('governanceYear.exportHint')} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p role="status" className="gy-summary">
            {query.data.entries.length === 0 ? t('governanceYear.empty', { year }) : t('governanceYear.summary', { count: query.data.entries.length, year })}
          </p>
          <div className="gy-layout">
            <Wheel entries={query.data.entries} texts={texts} currentMonth={year === today.year ? today.month : null} />
            <MonthList entries={query.data.entries} texts={texts} />
          </div>
        </>
      )}
    </>
  );
}
