import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TStrategicGoal } from '@domain/organization.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useFocusAreasWithGoals } from '@web/features/strategy/strategy.api';

function GoalList({ goals }: { goals: readonly TStrategicGoal[] }) {
  const { t } = useTranslation();
  if (goals.length === 0) return <Paragraph className="muted">{t('strategy.noGoals')}</Paragraph>;
  return (
    <ul>
      {goals.map((goal) => (
        <li key={goal.id}>
          {goal.title}
          {goal.description && <span className="muted"> – {goal.description}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * The organisation's focus areas, each with its strategic goals, read from the organisation's own
 * resources (administration keeps them). Administrators get links to where they are changed.
 */
export function FocusAreasWithGoals() {
  const { t } = useTranslation();
  const can = useCan();
  const query = useFocusAreasWithGoals();

  const content = () => {
    if (query.isPending) return <LoadingState />;
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    const { focusAreas, goals } = query.data;
    const loose = goals.filter((goal) => goal.focusAreaId === null || !focusAreas.some((area) => area.id === goal.focusAreaId));
    if (focusAreas.length === 0 && loose.length === 0) return <Paragraph>{t('strategy.noFocusAreas')}</Paragraph>;
    return (
      <>
        {focusAreas.map((area) => (
          <section key={area.id} aria-labelledby={`focus-area-${area.id}`} className="strategy-focus-area">
            <Heading level={3} data-size="2xs" id={`focus-area-${area.id}`}>
              {area.name}
            </Heading>
            {area.description && <Paragraph>{area.description}</Paragraph>}
            <GoalList goals={goals.filter((goal) => goal.focusAreaId === area.id)} />
          </section>
        ))}
        {loose.length > 0 && (
          <section aria-labelledby="focus-area-none" className="strategy-focus-area">
            <Heading level={3} data-size="2xs" id="focus-area-none">
              {t('strategy.goalsWithoutFocusArea')}
            </Heading>
            <GoalList goals={loose} />
          </section>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="strategy-focus-areas-heading" className="stack">
      <Heading level={2} data-size="sm" id="strategy-focus-areas-heading">
        {t('strategy.focusAreas')}
      </Heading>
      <Paragraph>{t('strategy.focusAreasIntro')}</Paragraph>
      {content()}
      {can('organization:manage') && (
        <Paragraph className="strategy-admin-links">
          <Link asChild>
            <RouterLink to={paths.adminFocusAreas}>{t('strategy.manageFocusAreas')}</RouterLink>
          </Link>
          <Link asChild>
            <RouterLink to={paths.adminGoals}>{t('strategy.manageGoals')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
