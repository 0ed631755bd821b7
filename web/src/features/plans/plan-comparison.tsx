import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TPlanComparison } from '@domain/plans.contracts';
import { ErrorState, LoadingState } from '@web/ui/states';
import { usePlanComparison } from '@web/features/plans/plans.api';

type TDiffItem = TPlanComparison['added'][number];
type TChange = TPlanComparison['changed'][number];

/** "Flyttad från 2027 (kort sikt) till 2028 (medellång sikt); ny kostnad: … → …". */
function useChangeText() {
  const { t } = useTranslation();
  const when = (item: TDiffItem) => `${item.timingText} (${t(`plans.horizons.${item.horizon}`).toLowerCase()})`;
  const cost = (item: TDiffItem) => item.costText || t('plans.comparison.noCost');
  const priority = (item: TDiffItem) => item.priority ?? t('plans.comparison.noPriority');
  return (change: TChange) =>
    change.kinds
      .map((kind) => {
        switch (kind) {
          case 'moved':
            return t('plans.comparison.moved', { before: when(change.before), after: when(change.after) });
          case 'recosted':
            return t('plans.comparison.recosted', { before: cost(change.before), after: cost(change.after) });
          case 'reprioritised':
            return t('plans.comparison.reprioritised', { before: priority(change.before), after: priority(change.after) });
          case 'renamed':
            return t('plans.comparison.renamed', { before: change.before.title });
        }
      })
      .join('; ');
}

function ItemList({ items }: { items: TDiffItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Paragraph>{t('plans.comparison.none')}</Paragraph>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key}>
          {item.title} – {item.timingText}
          {item.costText ? `, ${item.costText}` : ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * What changed from another version to the one shown: added, removed, and changed items with what
 * changed about each (moved, re-costed, re-prioritised, renamed), in plain Swedish.
 */
export function PlanComparison({ planId, withId, withNumber, onClose }: { planId: string; withId: string; withNumber: number; onClose: () => void }) {
  const { t } = useTranslation();
  const comparison = usePlanComparison(planId, withId);
  const changeText = useChangeText();
  return (
    <section className="stack plan-section" aria-labelledby="plan-comparison-heading">
      <Heading level={2} data-size="sm" id="plan-comparison-heading" tabIndex={-1}>
        {t('plans.comparison.heading', { number: withNumber })}
      </Heading>
      {comparison.isPending ? (
        <LoadingState />
      ) : comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {t('plans.comparison.added', { count: comparison.data.added.length })}
          </Heading>
          <ItemList items={comparison.data.added} />
          <Heading level={3} data-size="xs">
            {t('plans.comparison.removed', { count: comparison.data.removed.length })}
          </Heading>
          <ItemList items={comparison.data.removed} />
          <Heading level={3} data-size="xs">
            {t('plans.comparison.changed', { count: comparison.data.changed.length })}
          </Heading>
          {comparison.data.changed.length === 0 ? (
            <Paragraph>{t('plans.comparison.none')}</Paragraph>
          ) : (
            <ul>
              {comparison.data.changed.map((change) => (
                <li key={change.key}>
                  <strong>{change.title}</strong>: {changeText(change)}
                </li>
              ))}
            </ul>
          )}
          <Paragraph>{t('plans.comparison.unchanged', { count: comparison.data.unchangedCount })}</Paragraph>
        </>
      )}
      <div>
        <Button variant="secondary" onClick={onClose}>
          {t('plans.comparison.close')}
        </Button>
      </div>
    </section>
  );
}
