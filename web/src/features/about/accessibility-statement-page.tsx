import { useTranslation } from 'react-i18next';
import { Heading, Link, ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import { useSession } from '@web/app/session';
import { PageHeading } from '@web/ui/page-heading';

/** When the statement was last reviewed; update it with every review (the law asks for a date). */
const STATEMENT_UPDATED = '2026-11-22';
const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';
const DESIGN_POINTS = ['keyboard', 'structure', 'forms', 'colour', 'charts'] as const;

/**
 * /tillganglighet: the accessibility statement the law (2018:1937) requires of a public-sector
 * service — conformance with WCAG 2.1 AA, known shortcomings, how to report problems, and DIGG
 * as the supervisory authority. Public, and named after the current organisation when known.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const organization = useSession()?.organization?.name ?? t('about.organizationFallback');

  return (
    <article className="stack prose">
      <PageHeading>{t('about.title')}</PageHeading>
      <Paragraph data-size="lg">{t('about.intro', { organization })}</Paragraph>

      <section aria-labelledby="a11y-status">
        <Heading level={2} data-size="sm" id="a11y-status">
          {t('about.statusHeading')}
        </Heading>
        <Paragraph>{t('about.status')}</Paragraph>
      </section>

      <section aria-labelledby="a11y-design">
        <Heading level={2} data-size="sm" id="a11y-design">
          {t('about.designHeading')}
        </Heading>
        <ListUnordered>
          {DESIGN_POINTS.map((point) => (
            <ListItem key={point}>{t(`about.design.${point}`)}</ListItem>
          ))}
        </ListUnordered>
      </section>

      <section aria-labelledby="a11y-known">
        <Heading level={2} data-size="sm" id="a11y-known">
          {t('about.knownIssuesHeading')}
        </Heading>
        <Paragraph>{t('about.knownIssues')}</Paragraph>
      </section>

      <section aria-labelledby="a11y-report">
        <Heading level={2} data-size="sm" id="a11y-report">
          {t('about.reportHeading')}
        </Heading>
        <Paragraph>{t('about.report', { organization })}</Paragraph>
      </section>

      <section aria-labelledby="a11y-supervision">
        <Heading level={2} data-size="sm" id="a11y-supervision">
          {t('about.supervisionHeading')}
        </Heading>
        <Paragraph>{t('about.supervision')}</Paragraph>
        <Paragraph>
          <Link href={DIGG_REPORT_URL}>{t('about.diggLink')}</Link>
        </Paragraph>
      </section>

      <section aria-labelledby="a11y-assessment">
        <Heading level={2} data-size="sm" id="a11y-assessment">
          {t('about.assessmentHeading')}
        </Heading>
        <Paragraph>{t('about.assessment', { date: STATEMENT_UPDATED })}</Paragraph>
      </section>
    </article>
  );
}
