import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import type { TBenefit } from '@domain/benefits.contracts';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { RadioGroupField } from '@web/ui/choice-group-field';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useDecideBenefit } from '@web/features/benefits/benefits.api';
import { benefitFormFailure, NO_FAILURE } from '@web/features/benefits/benefit-form-failure';

type TForm = { decision: string; note: string };

/** The follow-up's verdict on a benefit: realised, not realised, or not decided. */
export function DecisionForm({ benefit, etag }: { benefit: TBenefit; etag: string | null }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const decide = useDecideBenefit(benefit.initiativeId, benefit.id);
  const [failure, setFailure] = useState(NO_FAILURE);
  const form = useForm<TForm>({ defaultValues: { decision: benefit.decision ?? 'none', note: benefit.decisionNote ?? '' }, shouldFocusError: false });
  const options = [
    { value: 'realised', label: t('benefits.benefit.decisionRealised') },
    { value: 'not_realised', label: t('benefits.benefit.decisionNotRealised') },
    { value: 'none', label: t('benefits.benefit.decisionNone') },
  ];
  return (
    <>
      {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} />}
      <ErrorSummary items={failure.summary ? [failure.summary] : []} focusKey={failure.summary?.message ?? ''} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={(e) =>
          void form.handleSubmit((values) => {
            setFailure(NO_FAILURE);
            const decision = values.decision === 'none' ? null : (values.decision as 'realised' | 'not_realised');
            decide.mutate(
              { body: { decision, note: values.note }, etag },
              { onSuccess: () => announce(t('benefits.benefit.decided')), onError: (error) => setFailure(benefitFormFailure(error, ['decision', 'note'] as const, form.setError)) },
            );
          })(e)
        }
      >
        <RadioGroupField legend={t('benefits.benefit.decision')} options={options} {...form.register('decision')} />
        <TextareaField label={t('benefits.benefit.decisionNote')} rows={2} optional error={form.formState.errors.note?.message} {...form.register('note')} />
        <div>
          <Button type="submit" disabled={decide.isPending}>
            {t('benefits.benefit.decide')}
          </Button>
        </div>
      </form>
    </>
  );
}
