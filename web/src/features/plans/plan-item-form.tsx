import { useMemo, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { PRIORITY_LABELS, type Priority } from '@domain/assessment';
import { COST_RECURRENCES } from '@domain/cost-estimate';
import { PLAN_PRIORITIES } from '@domain/plan-priority';
import type { TPlan, TPlanCandidate, TPlanItem } from '@domain/plans.contracts';
import { RadioGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { fieldId, SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { LoadingState } from '@web/ui/states';
import { issuesResolver, NO_PLAN_FAILURE, planFailure, prefixedSummary, TimingFields, type TPlanFailure } from '@web/features/plans/plan-form-parts';
import { COST_KINDS, itemFormOf, itemInputFromForm, withCandidate, type TItemForm, type TTimingForm } from '@web/features/plans/plan-item-values';
import { PlanFixedNotice } from '@web/features/plans/plan-fixed-notice';
import { useFocusAreaChoices, usePlanCandidates, usePlanItemMutations } from '@web/features/plans/plans.api';

const PREFIX = 'item-';
const FIELDS = ['source', 'title', 'timingKind', 'year', 'fromYear', 'toYear', 'quarter', 'horizon', 'what', 'why', 'how', 'expectedBenefit', 'priority', 'costKind', 'low', 'high', 'recurrence', 'note', 'focusAreaId'] as const;

/** "Prioritet 2–3" for a suggestion. */
const suggestionLabel = (suggestion: Priority) => PRIORITY_LABELS[suggestion];

/** A candidate as its option: "Initiativ: Läkemedelsrobotar – förslag Prioritet 1". */
function useCandidateLabel() {
  const { t } = useTranslation();
  return (candidate: TPlanCandidate) => {
    const kind = candidate.kind === 'initiative' ? t('plans.items.initiative') : t('plans.items.need', { number: candidate.needNumber });
    return candidate.prioritySuggestion
      ? t('plans.form.candidateSuggestion', { kind, title: candidate.title, suggestion: suggestionLabel(candidate.prioritySuggestion) })
      : t('plans.form.candidate', { kind, title: candidate.title });
  };
}

type TProps = { plan: TPlan; item?: TPlanItem; onDone: () => void; onStartNewVersion: () => void };

/**
 * Adds an item to a draft (from a candidate, or free) or changes one: När and Sikt, Vad / Varför /
 * Hur, önskad nyttoeffekt, prioritet beside the matrix's suggestion, the cost estimate in kronor,
 * staff hours per year and the focus area. Checked in the browser by the same rules as the server.
 */
export function PlanItemForm({ plan, item, onDone, onStartNewVersion }: TProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const period = useMemo(() => ({ startYear: plan.startYear, endYear: plan.endYear }), [plan.startYear, plan.endYear]);
  const candidates = usePlanCandidates(plan.id, !item);
  const focusAreas = useFocusAreaChoices();
  const { add, update } = usePlanItemMutations(plan.id);
  const [failure, setFailure] = useState<TPlanFailure>(NO_PLAN_FAILURE);
  const form = useForm<TItemForm>({ defaultValues: itemFormOf(item, period), shouldFocusError: false, resolver: issuesResolver((values: TItemForm) => itemInputFromForm(values, period)) });
  const { errors, submitCount } = form.formState;
  const candidateLabel = useCandidateLabel();
  const source = form.watch('source');
  const costKind = form.watch('costKind');
  const chosenCandidate = candidates.data?.items.find((c) => `${c.kind}:${c.id}` === source);
  const suggestion = item ? item.prioritySuggestion : (chosenCandidate?.prioritySuggestion ?? null);

  const labels: Record<(typeof FIELDS)[number], string> = {
    source: t('plans.form.source'),
    title: t('plans.form.title'),
    timingKind: t('plans.form.timingKind'),
    year: t('plans.form.year'),
    fromYear: t('plans.form.fromYear'),
    toYear: t('plans.form.toYear'),
    quarter: t('plans.form.quarter'),
    horizon: t('plans.form.horizon'),
    what: t('plans.form.what'),
    why: t('plans.form.why'),
    how: t('plans.form.how'),
    expectedBenefit: t('plans.form.expectedBenefit'),
    priority: t('plans.form.priority'),
    costKind: t('plans.form.costKind'),
    low: costKind === 'range' ? t('plans.form.low') : t('plans.form.amount'),
    high: t('plans.form.high'),
    recurrence: t('plans.form.recurrence'),
    note: t('plans.form.note'),
    focusAreaId: t('plans.form.focusArea'),
  };
  const hourFields = form.getValues('staffHours').map((entry, index) => ({ name: `staffHours.${index}.hours`, label: t('plans.form.staffHoursYear', { year: entry.year }) }));
  const summary = [...(failure.summary ? [failure.summary] : []), ...prefixedSummary(errors, [...FIELDS.map((name) => ({ name, label: labels[name] })), ...hourFields], PREFIX)];
  const id = (name: string) => `${PREFIX}${fieldId(name)}`;

  const chooseCandidate = (value: string) => {
    const candidate = candidates.data?.items.find((c) => `${c.kind}:${c.id}` === value);
    form.reset(withCandidate(form.getValues(), candidate, period));
  };

  const onSubmit = form.handleSubmit((values) => {
    const built = itemInputFromForm(values, period);
    if (!built.ok) return;
    setFailure(NO_PLAN_FAILURE);
    const onError = (error: unknown) => setFailure(planFailure(error, FIELDS, (name, fieldError) => form.setError(name as keyof TItemForm, fieldError)));
    const onSuccess = () => {
      announce(item ? t('plans.items.saved', { title: built.value.title }) : t('plans.items.added', { title: built.value.title }));
      onDone();
    };
    if (item) update.mutate({ item, body: built.value }, { onSuccess, onError });
    else add.mutate(built.value, { onSuccess, onError });
  });

  const priorityHint = suggestion
    ? [t('plans.form.suggestion', { suggestion: suggestionLabel(suggestion) }), suggestion === '2-3' ? t('plans.form.chooseTwoOrThree') : ''].filter(Boolean).join(' ')
    : t('plans.form.noSuggestion');

  return (
    <div className="stack">
      {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} headingLevel={3} />}
      {failure.planFixed && <PlanFixedNotice onStartNewVersion={onStartNewVersion} />}
      <form noValidate className="stack" onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        {!item &&
          (candidates.isPending ? (
            <LoadingState />
          ) : (
            <SelectField
              id={id('source')}
              label={labels.source}
              description={t('plans.form.sourceHint')}
              options={[{ value: '', label: t('plans.form.free') }, ...(candidates.data?.items ?? []).map((c) => ({ value: `${c.kind}:${c.id}`, label: candidateLabel(c) }))]}
              error={errors.source?.message}
              {...form.register('source', { onChange: (event: { target: { value: string } }) => chooseCandidate(event.target.value) })}
            />
          ))}
        <TextField id={id('title')} label={labels.title} error={errors.title?.message} {...form.register('title')} />
        <TimingFields form={form as unknown as UseFormReturn<TTimingForm & { horizon: string }>} period={period} prefix={PREFIX} />
        <TextareaField id={id('what')} label={labels.what} optional rows={2} error={errors.what?.message} {...form.register('what')} />
        <TextareaField id={id('why')} label={labels.why} optional rows={2} error={errors.why?.message} {...form.register('why')} />
        <TextareaField id={id('how')} label={labels.how} optional rows={2} error={errors.how?.message} {...form.register('how')} />
        <TextareaField id={id('expectedBenefit')} label={labels.expectedBenefit} optional rows={2} error={errors.expectedBenefit?.message} {...form.register('expectedBenefit')} />
        <SelectField
          id={id('priority')}
          label={labels.priority}
          description={priorityHint}
          options={[{ value: '', label: t('plans.form.noPriority') }, ...PLAN_PRIORITIES.map((value) => ({ value, label: `${t('plans.items.priority')} ${value}` }))]}
          error={errors.priority?.message}
          {...form.register('priority')}
        />
        <fieldset className="plan-fieldset stack">
          <legend>{t('plans.form.cost')}</legend>
          <RadioGroupField legend={labels.costKind} options={COST_KINDS.map((value) => ({ value, label: t(`plans.form.costKinds.${value}`) }))} {...form.register('costKind')} name="costKind" />
          {costKind !== 'none' && (
            <div className="plan-grid">
              <TextField id={id('low')} label={labels.low} description={t('plans.form.kronorHint')} inputMode="decimal" error={errors.low?.message} {...form.register('low')} />
              {costKind === 'range' && <TextField id={id('high')} label={labels.high} inputMode="decimal" error={errors.high?.message} {...form.register('high')} />}
              <SelectField id={id('recurrence')} label={labels.recurrence} options={COST_RECURRENCES.map((value) => ({ value, label: t(`plans.recurrences.${value}`) }))} {...form.register('recurrence')} />
            </div>
          )}
          <TextField id={id('note')} label={labels.note} optional error={errors.note?.message} {...form.register('note')} />
        </fieldset>
        <fieldset className="plan-fieldset stack">
          <legend>{t('plans.form.staffHours')}</legend>
          <div className="plan-grid">
            {hourFields.map((field, index) => (
              <TextField
                key={field.name}
                id={id(field.name)}
                label={field.label}
                optional
                inputMode="numeric"
                error={errors.staffHours?.[index]?.hours?.message}
                {...form.register(`staffHours.${index}.hours`)}
              />
            ))}
          </div>
        </fieldset>
        <SelectField
          id={id('focusAreaId')}
          label={labels.focusAreaId}
          options={[{ value: '', label: t('plans.form.noFocusArea') }, ...(focusAreas.data?.items ?? []).filter((area) => !area.isArchived || area.id === item?.focusAreaId).map((area) => ({ value: area.id, label: area.name }))]}
          error={errors.focusAreaId?.message}
          {...form.register('focusAreaId')}
        />
        <div className="button-row">
          <Button type="submit" loading={add.isPending || update.isPending}>
            {item ? t('plans.form.submitEdit') : t('plans.form.submitAdd')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
