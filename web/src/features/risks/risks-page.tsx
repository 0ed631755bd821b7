import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import type { TInitiative } from '@domain/decisions.contracts';
import type { TRisk, TRiskInput } from '@domain/risks.contracts';
import { paths } from '@web/app/paths';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { InitiativeSubpage } from '@web/features/initiatives/initiative-subpage';
import { RiskMatrix } from '@web/features/risks/risk-matrix';
import { cellOf, cellParam } from '@web/features/risks/risk-cell';
import { RiskList } from '@web/features/risks/risk-list';
import { RiskForm } from '@web/features/risks/risk-form';
import { UnionConsultationForm } from '@web/features/risks/union-consultation-form';
import { EthicsForm } from '@web/features/risks/ethics-form';
import { useAddRisk, useRemoveRisk, useRiskAnalysis, useSaveEthics, useSaveUnionConsultation, useUpdateRisk } from '@web/features/risks/risks.api';
import '@web/features/initiatives/initiative-work.css';

/** /initiativ/:id/risker: the risk- och konsekvensanalys – matrix, risks, union consultation, ethics. */
export function RisksPage() {
  const { t } = useTranslation();
  return <InitiativeSubpage title={t('risks.title')}>{(initiative) => <RiskAnalysisContent initiative={initiative} />}</InitiativeSubpage>;
}

function RiskAnalysisContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const announce = useAnnounce();
  const query = useRiskAnalysis(id);
  const add = useAddRisk(id);
  const update = useUpdateRisk(id);
  const remove = useRemoveRisk(id);
  const union = useSaveUnionConsultation(id);
  const ethics = useSaveEthics(id);
  const [editing, setEditing] = useState<TRisk | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const analysis = query.data.data;
  const etag = query.data.etag;
  const busy = add.isPending || update.isPending || remove.isPending || union.isPending || ethics.isPending;
  const base = paths.initiativeRisks(initiative.id);

  /** Runs a save; on failure keeps the user's input and shows why. */
  async function run(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setError(null);
    try {
      await action();
      announce(done);
      return true;
    } catch (failure) {
      setError(failure);
      setAttempt((n) => n + 1);
      return false;
    }
  }

  const saveRisk = async (body: TRiskInput) => {
    const ok = editing ? await run(() => update.mutateAsync({ risk: editing, body }), t('risks.form.saved')) : await run(() => add.mutateAsync(body), t('risks.form.added'));
    if (ok) setEditing(null);
    return ok;
  };

  return (
    <>
      <Paragraph>{t('risks.intro')}</Paragraph>
      {!analysis.canEdit && <Paragraph data-size="sm">{t('initiativeWork.readOnly')}</Paragraph>}
      <ProblemSummary error={error} focusKey={attempt} onReload={() => void query.refetch().then(() => setError(null))} />
      <div className="risk-overview">
        <RiskMatrix risks={analysis.risks} filterHref={(likelihood, consequence) => `${base}?cell=${cellParam({ likelihood, consequence })}#risker`} />
        <RiskList
          risks={analysis.risks}
          cell={cellOf(search.get('cell'))}
          clearHref={base}
          canEdit={analysis.canEdit}
          busy={busy}
          onEdit={(risk) => {
            setEditing(risk);
            window.setTimeout(() => document.getElementById('field-perspective')?.focus(), 0);
          }}
          onRemove={(risk) => void run(() => remove.mutateAsync(risk), t('risks.list.removed'))}
        />
      </div>
      {/* Each form keeps what the user typed until its own part of the analysis changes. */}
      {analysis.canEdit && <RiskForm key={editing?.id ?? 'new'} editing={editing} busy={busy} onSubmit={saveRisk} onCancel={() => setEditing(null)} />}
      <UnionConsultationForm key={`union-${analysis.unionConsultation?.consultedOn ?? ''}-${analysis.unionConsultation?.note ?? ''}`} analysis={analysis} busy={busy} onSubmit={(body) => run(() => union.mutateAsync({ body, etag }), t('risks.union.saved'))} />
      <EthicsForm key={`ethics-${analysis.ethics?.assessedAt ?? 'none'}`} analysis={analysis} busy={busy} onSubmit={(body) => run(() => ethics.mutateAsync({ body, etag }), t('risks.ethics.saved'))} />
    </>
  );
}
