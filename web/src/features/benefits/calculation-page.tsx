import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import type { TCalculationSettings } from '@domain/cost-benefit.contracts';
import type { TInitiative } from '@domain/decisions.contracts';
import { kronorInputText } from '@domain/money';
import { api } from '@web/api/client';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useBenefits, useCalculation } from '@web/features/benefits/benefits.api';
import { CalculationForm } from '@web/features/benefits/calculation-form';
import { CalculationResults } from '@web/features/benefits/calculation-results';
import { InitiativeFrame } from '@web/features/benefits/initiative-frame';
import '@web/features/assessment/assessment.css';

/** /initiativ/:id/nyttokalkyl: the calculation's results and, for editors, the form. */
export function CalculationPage() {
  const { t } = useTranslation();
  return <InitiativeFrame heading={(title) => t('benefits.calc.title', { title })}>{(initiative) => <CalculationContent initiative={initiative} />}</InitiativeFrame>;
}

function CalculationContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const calc = useCalculation(initiative.id);
  const plan = useBenefits(initiative.id);
  const settings = useQuery({ queryKey: ['benefits', 'org', 'settings'], queryFn: async ({ signal }) => (await api.get<TCalculationSettings>('/benefit-settings', { signal })).data });
  if (calc.isPending || plan.isPending) return <LoadingState />;
  if (calc.isError) return <ErrorState error={calc.error} onRetry={() => void calc.refetch()} />;
  const canEdit = plan.data?.canEdit ?? false;
  return (
    <>
      <Paragraph>{t('benefits.calc.intro')}</Paragraph>
      {/* An unsaved calculation's cost lines come from the need's estimated cost (server: get-calculation). */}
      {!calc.data.data.exists && calc.data.data.costs.length > 0 && <Paragraph data-size="sm">{t('benefits.calc.fromEstimate')}</Paragraph>}
      <CalculationResults calc={calc.data.data} />
      {canEdit ? (
        <CalculationForm key={calc.data.etag} calc={calc.data.data} etag={calc.data.etag} defaultHourlyRate={kronorInputText(BigInt(settings.data?.hourlyRate ?? '45000'))} />
      ) : (
        <Paragraph>{t('benefits.calc.readOnly')}</Paragraph>
      )}
    </>
  );
}
