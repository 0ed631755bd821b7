import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TLibrarySnapshot } from '@domain/library.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatMoney } from '@web/ui/format';
import { stageLabel } from '@web/features/initiatives/stage-label';

const kronor = (ore: string) => formatMoney(Number(ore) / 100);

/** Facts a reader scans first: form, stage reached, focus areas and technologies. */
export function LibraryFacts({ snapshot }: { snapshot: TLibrarySnapshot }) {
  const { t } = useTranslation();
  return (
    <dl className="library-facts">
      <div>
        <dt>{t('library.form')}</dt>
        <dd>{t(`decisions.forms.${snapshot.form}`)}</dd>
      </div>
      <div>
        <dt>{t('library.stageReached')}</dt>
        <dd>{stageLabel(snapshot.stageReached)}</dd>
      </div>
      {snapshot.focusAreas.length > 0 && (
        <div>
          <dt>{t('library.focusAreas')}</dt>
          <dd>{snapshot.focusAreas.join(', ')}</dd>
        </div>
      )}
      {snapshot.technologies.length > 0 && (
        <div>
          <dt>{t('library.technologies')}</dt>
          <dd className="library-tags">
            {snapshot.technologies.map((technology) => (
              <Tag key={technology} data-size="sm">
                {technology}
              </Tag>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * Everything a library entry shares, the same for the preview and the published entry, so the
 * publisher sees exactly what others will see. `level` is the heading level of its sections.
 */
export function LibrarySnapshotView({ snapshot, level = 2 }: { snapshot: TLibrarySnapshot; level?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const sub = (level + 1) as 3 | 4 | 5;
  type TBenefit = TLibrarySnapshot['benefits'][number];
  const benefitColumns: TColumn<TBenefit>[] = [
    { id: 'description', header: t('library.entry.benefit'), isRowHeader: true, cell: (b) => b.description + (b.indicator ? ` (${b.indicator})` : '') },
    { id: 'baseline', header: t('library.entry.baseline'), align: 'end', cell: (b) => b.baselineValue ?? '–' },
    { id: 'target', header: t('library.entry.target'), align: 'end', cell: (b) => b.targetValue ?? '–' },
    {
      id: 'latest',
      header: t('library.entry.latest'),
      align: 'end',
      cell: (b) => {
        const latest = b.measurements.at(-1);
        return latest ? `${latest.value ?? '–'} (${latest.measuredOn})` : t('library.entry.noMeasurement');
      },
    },
  ];
  const calculation = snapshot.calculation;
  type TScenario = { id: 'low' | 'high' };
  const scenarioColumns: TColumn<TScenario>[] = calculation
    ? [
        { id: 'scenario', header: t('library.entry.scenario'), isRowHeader: true, cell: (s) => t(`library.entry.${s.id}`) },
        { id: 'cost', header: t('library.entry.totalCost'), align: 'end', cell: (s) => kronor(calculation.result[s.id].totalCost) },
        { id: 'benefit', header: t('library.entry.totalBenefit'), align: 'end', cell: (s) => kronor(calculation.result[s.id].totalBenefit) },
        { id: 'npv', header: t('library.entry.netPresentValue'), align: 'end', cell: (s) => kronor(calculation.result[s.id].netPresentValue) },
        { id: 'payback', header: t('library.entry.paybackYear'), align: 'end', cell: (s) => calculation.result[s.id].paybackYear ?? t('library.entry.noPayback') },
      ]
    : [];
  return (
    <div className="stack library-snapshot">
      <LibraryFacts snapshot={snapshot} />
      <Heading level={level} data-size="xs">
        {t('library.entry.summary')}
      </Heading>
      <Paragraph className="library-text">{snapshot.summary || '–'}</Paragraph>
      <Heading level={level} data-size="xs">
        {t('library.entry.problem')}
      </Heading>
      <Paragraph className="library-text">{snapshot.problem}</Paragraph>
      <Heading level={level} data-size="xs">
        {t('library.entry.expectedBenefit')}
      </Heading>
      <Paragraph className="library-text">{snapshot.expectedBenefit}</Paragraph>
      {calculation && (
        <>
          <Heading level={level} data-size="xs">
            {t('library.entry.calculation')}
          </Heading>
          <DataTable caption={t('library.entry.calculationCaption')} columns={scenarioColumns} rows={[{ id: 'low' }, { id: 'high' }] as TScenario[]} rowKey={(s) => s.id} emptyText="–" />
          <Heading level={sub} data-size="2xs">
            {t('library.entry.costLines')}
          </Heading>
          <ul>
            {calculation.costs.map((line, i) => (
              <li key={i}>
                {line.label}: {line.quantity} × {kronor(line.unitAmount)} ({line.fromYear}–{line.toYear})
              </li>
            ))}
          </ul>
          <Heading level={sub} data-size="2xs">
            {t('library.entry.benefitLines')}
          </Heading>
          <ul>
            {calculation.benefits.map((line, i) => (
              <li key={i}>
                {line.label}: {line.low.quantity}–{line.high.quantity} × {kronor(line.low.unitAmount)} ({line.fromYear}–{line.toYear})
              </li>
            ))}
          </ul>
        </>
      )}
      {snapshot.benefits.length > 0 && (
        <>
          <Heading level={level} data-size="xs">
            {t('library.entry.benefits')}
          </Heading>
          <DataTable caption={t('library.entry.benefitsCaption')} columns={benefitColumns} rows={snapshot.benefits} rowKey={(b) => b.description} emptyText="–" />
        </>
      )}
      {snapshot.lessons.length > 0 && (
        <>
          <Heading level={level} data-size="xs">
            {t('library.entry.lessons')}
          </Heading>
          {snapshot.lessons.map((lesson, i) => (
            <dl key={i} className="library-lesson">
              {(['worked', 'didNotWork', 'advice'] as const).map((key) =>
                lesson[key] ? (
                  <div key={key}>
                    <dt>{t(`library.entry.${key}`)}</dt>
                    <dd className="library-text">{lesson[key]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
          ))}
        </>
      )}
      {snapshot.documents.map((document, i) => (
        <section key={i} className="stack">
          <Heading level={level} data-size="xs">
            {document.title}
          </Heading>
          {document.fields.map((field) => (
            <div key={field.label}>
              <Heading level={sub} data-size="2xs">
                {field.label}
              </Heading>
              <Paragraph className="library-text">{field.text}</Paragraph>
            </div>
          ))}
        </section>
      ))}
      <Heading level={level} data-size="xs">
        {t('library.entry.contact')}
      </Heading>
      {snapshot.contact ? (
        <Paragraph>
          {snapshot.contact.name}
          {snapshot.contact.role ? `, ${snapshot.contact.role}` : ''} – <a href={`mailto:${snapshot.contact.email}`}>{snapshot.contact.email}</a>
        </Paragraph>
      ) : (
        <Paragraph>{t('library.entry.noContact')}</Paragraph>
      )}
    </div>
  );
}
