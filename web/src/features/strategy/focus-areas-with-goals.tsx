import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TStrategicGoal } from '@domain/organization.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useFocusAreasWithGoals } from '@web/features/strategy/strategy.api';
import { useQuery } from '@tanstack/react-query';
import type { TGoalContributions } from '@domain/goal-links.contracts';
import { api } from '@web/api/client';
import { needNumber } from '@web/features/needs/need-labels';

/** What contributes to one goal: the needs that serve it and the initiatives they became, as links. */
function GoalContributions({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['strategy', 'goal-contributions', goalId],
    queryFn: async ({ signal }) => (await api.get<TGoalContributions>(`/strategic-goals/${goalId}/contributions`, { signal })).data,
  });
  if (!query.data) return null;
  const { needs, initiatives } = query.data;
  if (needs.length === 0) return <Paragraph data-size="sm" className="muted">{t('strategy.noContributions')}</Paragraph>;
  const initiativeOf = new Map(initiatives.map((initiative, i) => [initiative.id, i]));
  return (
    <Paragraph data-size="sm">
      {t('strategy.contributions')}{' '}
      {needs.map((need, i) => (
        <span key={need.id}>
          {i > 0 && ', '}
          <Link asChild>
            <RouterLink to={paths.need(need.id)}>{`${needNumber(need.number)} ${need.title}`}</RouterLink>
          </Link>
        </span>
      ))}
      {initiatives.length > 0 && ` (${t('strategy.initiativeCount', { count: initiativeOf.size })})`}
    </Paragraph>
  );
}

function GoalList({ goals }: { goals: readonly TStrategicGoal[] }) {
  const { t } = useTranslation();
  if (goals.length === 0) return <Paragraph className="muted">{t('strategy.noGoals')}</Paragraph>;
  return (
    <ul>
      {goals.map((goal) => (
        <li key={goal.id}>
          {goal.title}
          {goal.description && <span className="muted"> – {goal.description}</span>}
          <GoalContributions goalId={goal.id} />
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
