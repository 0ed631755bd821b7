import { useMemo, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { TPlan, TPlanItem } from '@domain/plans.contracts';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { fieldId, TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { issuesResolver, NO_PLAN_FAILURE, planFailure, prefixedSummary, TimingFields, type TPlanFailure } from '@web/features/plans/plan-form-parts';
import { moveInputFromForm, timingFormOf, type TMoveForm, type TTimingForm } from '@web/features/plans/plan-item-values';
import { PlanFixedNotice } from '@web/features/plans/plan-fixed-notice';
import { usePlanItemMutations } from '@web/features/plans/plans.api';

const PREFIX = 'move-';
const FIELDS = ['timingKind', 'year', 'fromYear', 'toYear', 'quarter', 'horizon', 'reason'] as const;

/**
 * "Flytta": a new time or horizon for an item, and why — the reason is required, because it is
 * written on the initiative's timeline for everyone to read later.
 */
export function MoveItemForm({ plan, item, onDone, onStartNewVersion }: { plan: TPlan; item: TPlanItem; onDone: () => void; onStartNewVersion: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const period = useMemo(() => ({ startYear: plan.startYear, endYear: plan.endYear }), [plan.startYear, plan.endYear]);
  const { move } = usePlanItemMutations(plan.id);
  const [failure, setFailure] = useState<TPlanFailure>(NO_PLAN_FAILURE);
  const form = useForm<TMoveForm>({
    defaultValues: { ...timingFormOf(item.timing, period), horizon: item.horizon, reason: '' },
    shouldFocusError: false,
    resolver: issuesResolver((values: TMoveForm) => moveInputFromForm(values, period)),
  });
  const { errors, submitCount } = form.formState;
  const labels: Record<(typeof FIELDS)[number], string> = {
    timingKind: t('plans.form.timingKind'),
    year: t('plans.form.year'),
    fromYear: t('plans.form.fromYear'),
    toYear: t('plans.form.toYear'),
    quarter: t('plans.form.quarter'),
    horizon: t('plans.form.horizon'),
    reason: t('plans.move.reason'),
  };
  const summary = [...(failure.summary ? [failure.summary] : []), ...prefixedSummary(errors, FIELDS.map((name) => ({ name, label: labels[name] })), PREFIX)];

  const onSubmit = form.handleSubmit((values) => {
    const built = moveInputFromForm(values, period);
    if (!built.ok) return;
    setFailure(NO_PLAN_FAILURE);
    move.mutate(
      { item, body: built.value },
      {
        onSuccess: () => {
          announce(t('plans.items.moved', { title: item.title }));
          onDone();
        },
        onError: (error) => setFailure(planFailure(error, FIELDS, (name, fieldError) => form.setError(name as keyof TMoveForm, fieldError))),
      },
    );
  });

  return (
    <div className="stack">
      {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} headingLevel={3} />}
      {failure.planFixed && <PlanFixedNotice onStartNewVersion={onStartNewVersion} />}
      <Paragraph>{t('plans.move.now', { when: item.timingText, horizon: t(`plans.horizons.${item.horizon}`).toLowerCase() })}</Paragraph>
      <form noValidate className="stack" onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TimingFields form={form as unknown as UseFormReturn<TTimingForm & { horizon: string }>} period={period} prefix={PREFIX} />
        <TextareaField id={`${PREFIX}${fieldId('reason')}`} label={labels.reason} description={t('plans.move.reasonHint')} rows={3} error={errors.reason?.message} {...form.register('reason')} />
        <div className="button-row">
          <Button type="submit" loading={move.isPending}>
            {t('plans.move.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
