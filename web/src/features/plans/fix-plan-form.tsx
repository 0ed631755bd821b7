import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ZFixPlanRequest, type TFixPlanRequest, type TPlan } from '@domain/plans.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { fieldId, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { NO_PLAN_FAILURE, planFailure, prefixedSummary, type TPlanFailure } from '@web/features/plans/plan-form-parts';
import { usePlanMutations } from '@web/features/plans/plans.api';

const PREFIX = 'fix-';
const FIELDS = ['fixedOn', 'decisionReference'] as const;

/** Today as YYYY-MM-DD in Swedish time: the usual day of fixing is the day it is recorded. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/**
 * "Fastställ": the date of the decision (today unless changed) and its reference. The förvaltningschef
 * fixes the version shown, with its ETag, so a version changed meanwhile is never fixed unseen.
 */
export function FixPlanForm({ plan, etag, onDone }: { plan: TPlan; etag: string | null; onDone: (fixed: boolean) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { fix } = usePlanMutations();
  const [failure, setFailure] = useState<TPlanFailure>(NO_PLAN_FAILURE);
  const form = useForm<TFixPlanRequest>({ defaultValues: { fixedOn: today(), decisionReference: '' }, shouldFocusError: false, resolver: zodResolver(ZFixPlanRequest, { error: zodIssueMessage }) });
  const { errors, submitCount } = form.formState;
  const labels = { fixedOn: t('plans.fix.fixedOn'), decisionReference: t('plans.fix.decisionReference') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...prefixedSummary(errors, FIELDS.map((name) => ({ name, label: labels[name] })), PREFIX)];
  return (
    <div className="stack">
      {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} headingLevel={3} />}
      <Paragraph>{t('plans.fix.intro')}</Paragraph>
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFailure(NO_PLAN_FAILURE);
          fix.mutate(
            { id: plan.id, body: values, etag },
            {
              onSuccess: () => {
                announce(t('plans.fix.done'));
                onDone(true);
              },
              onError: (error) => setFailure(planFailure(error, FIELDS, (name, fieldError) => form.setError(name as keyof TFixPlanRequest, fieldError))),
            },
          );
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TextField id={`${PREFIX}${fieldId('fixedOn')}`} type="date" label={labels.fixedOn} className="field-short" error={errors.fixedOn?.message} {...form.register('fixedOn')} />
        <TextField
          id={`${PREFIX}${fieldId('decisionReference')}`}
          label={labels.decisionReference}
          description={t('plans.fix.decisionReferenceHint')}
          error={errors.decisionReference?.message}
          {...form.register('decisionReference')}
        />
        <div className="button-row">
          <Button type="submit" loading={fix.isPending}>
            {t('plans.fix.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
