import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { TNeedGoals } from '@domain/goal-links.contracts';
import { api } from '@web/api/client';

/**
 * With the måluppfyllelse criterion: which strategic goals the need serves (set on the need's
 * page), so raters score goal fulfilment against the organisation's own goals.
 */
export function NeedGoalsNote({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const goals = useQuery({
    queryKey: ['needs', 'goals', needId],
    queryFn: async ({ signal }) => (await api.get<TNeedGoals>(`/needs/${needId}/goals`, { signal })).data.items,
  });
  if (!goals.data) return null;
  if (goals.data.length === 0) return <>{t('assessment.goalsNone')}</>;
  return <>{t('assessment.goalsServed', { goals: goals.data.map((goal) => goal.title).join('; ') })}</>;
}
