import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Link } from '@digdir/designsystemet-react';
import type { TPlanDocument } from '@domain/plans.contracts';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { TextBlock } from '@web/features/plans/plan-sections';
import { usePlanDocument } from '@web/features/plans/plans.api';
import '@web/features/plans/plan-print.css';
import { TableScroll } from '@web/ui/table-scroll';

type TSection = TPlanDocument['sections'][number];

/** The document's levels 1–3 under the one h1 (the plan's title): h2, h3, h4. */
function SectionHeading({ section, id }: { section: TSection; id: string }) {
  const Tag = (['h2', 'h3', 'h4'] as const)[section.level - 1]!;
  return (
    <Tag id={id} className={`plan-print__h${section.level}`}>
      {section.heading}
    </Tag>
  );
}

/** A table of the document; on a narrow screen it scrolls sideways in a region named by its heading. */
function DocumentTable({ table, labelledBy }: { table: NonNullable<TSection['table']>; labelledBy: string }) {
  return (
    <TableScroll className="plan-print__table" labelledBy={labelledBy}>
      <table>
        <thead>
          <tr>
            {table.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * /plans/:id/print: the plan as a document — the same content as the Word file — without the
 * app's header, menu or footer, laid out for paper: each chapter on a new page, no buttons. "Skriv
 * ut" opens the browser's print dialog, where "Spara som PDF" is one of the printers.
 */
export function PlanPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const doc = usePlanDocument(id, search.get('asOf'));
  return (
    <main className="plan-print" id="main">
      <div className="plan-print__tools">
        <Button onClick={() => window.print()}>{t('plans.print.print')}</Button>
        <Link asChild>
          <RouterLink to={paths.plan(id)}>{t('plans.print.back')}</RouterLink>
        </Link>
      </div>
      {doc.isPending ? (
        <LoadingState />
      ) : doc.isError ? (
        <ErrorState error={doc.error} onRetry={() => void doc.refetch()} />
      ) : (
        <article>
          <p className="plan-print__organization">{doc.data.organizationName}</p>
          <PageHeading>{doc.data.title}</PageHeading>
          <p className="plan-print__subtitle">{doc.data.subtitle}</p>
          <dl className="plan-print__facts" aria-label={t('plans.print.facts')}>
            {doc.data.facts.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {doc.data.sections.map((section, index) => {
            const headingId = `plan-print-section-${index}`;
            return (
              <section key={headingId} aria-labelledby={headingId}>
                <SectionHeading section={section} id={headingId} />
                {section.text && <TextBlock text={section.text} />}
                {section.table && <DocumentTable table={section.table} labelledBy={headingId} />}
              </section>
            );
          })}
        </article>
      )}
    </main>
  );
}
