import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { THomeToScore } from '@domain/home.contracts';
import { paths } from '@web/app/paths';
import { formatDate } from '@web/ui/format';

/** For raters (utvecklingsledare, OLG): the needs in an open round that still wait for their scores. */
export function ToScoreSection({ items }: { items: readonly THomeToScore[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="to-score-heading" className="stack">
      <Heading level={2} data-size="sm" id="to-score-heading">
        {t('start.toScore.heading')}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{t('start.toScore.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('start.toScore.count', { count: items.length })}</Paragraph>
          <ul>
            {items.map((item) => (
              <li key={item.needId}>
                <Link asChild>
                  <RouterLink to={paths.need(item.needId)}>{`B-${item.number} ${item.title}`}</RouterLink>
                </Link>{' '}
                <span className="muted">({t('start.toScore.opened', { date: formatDate(item.openedAt) })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
