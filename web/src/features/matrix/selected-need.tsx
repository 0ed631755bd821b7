import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { formatScore, quadrantTitle } from '@web/features/assessment/assessment-format';
import { needLabel, type TPointGroup } from '@web/features/matrix/matrix-points';

/**
 * "Valt behov" beside the chart: the need chosen with the arrow keys or a click, as a link, with
 * its position in words — and any other needs at the same spot. Announced politely as it changes,
 * so a keyboard user in the chart hears which need the arrow keys landed on.
 */
export function SelectedNeed({ group, selectedId }: { group: TPointGroup | undefined; selectedId: string | null }) {
  const { t } = useTranslation();
  const selected = group?.needs.find((need) => need.needId === selectedId);
  return (
    <aside className="matrix-selected" aria-labelledby="matrix-selected-heading">
      <Heading level={3} data-size="2xs" id="matrix-selected-heading">
        {t('matrix.selected')}
      </Heading>
      <div aria-live="polite" className="stack">
        {!group || !selected ? (
          <Paragraph data-size="sm">{t('matrix.selectedNone')}</Paragraph>
        ) : (
          <>
            <ul className="matrix-selected__list">
              {[selected, ...group.needs.filter((need) => need !== selected)].map((need) => (
                <li key={need.needId}>
                  <Link asChild>
                    <RouterLink to={paths.need(need.needId)}>
                      {needLabel(need)} {need.title}
                    </RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
            <Paragraph data-size="sm">
              {t('matrix.selectedPoint', {
                feasibilityLabel: t('matrix.feasibility'),
                feasibility: formatScore(group.feasibility),
                potentialLabel: t('matrix.potential'),
                potential: formatScore(group.potential),
                quadrant: quadrantTitle(selected.quadrant),
              })}
            </Paragraph>
          </>
        )}
      </div>
    </aside>
  );
}
