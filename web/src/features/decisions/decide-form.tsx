import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  ZCorrectDecisionRequest,
  ZDecideNeedRequest,
  todayInSweden,
  type DecisionOutcome,
  type InitiativeForm,
  type TCorrectDecisionRequest,
  type TDecideNeedRequest,
  type TDecision,
} from '@domain/decisions.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { RadioGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField, TextField } from '@web/ui/form-field';
import { parseNumber } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { useSubmitSummary } from '@web/features/assessment/use-submit-summary';
import { useCorrectDecision, useDecideNeed } from '@web/features/decisions/decisions.api';
import { decisionIssueMessage, fixDecisionErrors } from '@web/features/decisions/decision-form-messages';

/** The form as typed: every outcome's fields side by side; the resolver keeps the chosen outcome's. */
export type TDecideForm = {
  outcome?: DecisionOutcome;
  reason: string;
  parkedUntil: string;
  rationale: string;
  form?: InitiativeForm;
  ownerName: string;
  plannedStartYear: string;
  decisionDate: string;
  forum: string;
  /** Only when correcting a decision: why. */
  correctionReason: string;
};

const FIELDS = ['correctionReason', 'outcome', 'reason', 'parkedUntil', 'form', 'ownerName', 'plannedStartYear', 'rationale', 'decisionDate', 'forum'] as const;
const decideResolver = zodResolver(ZDecideNeedRequest, { error: decisionIssueMessage });
const correctResolver = zodResolver(ZCorrectDecisionRequest, { error: decisionIssueMessage });

/**
 * Turns the typed form into the API's request (the start year as a number) and validates it with
 * the shared contract: a decision's, or a correction's (which also asks why).
 */
const resolverFor = (correcting: boolean): Resolver<TDecideForm, unknown, TCorrectDecisionRequest> => async (values, context, options) => {
  const year = values.plannedStartYear.trim() === '' ? undefined : (parseNumber(values.plannedStartYear) ?? Number.NaN);
  const request = { ...values, plannedStartYear: year };
  const contractResolver = correcting ? correctResolver : decideResolver;
  const result = await contractResolver(request as never, context, options as never);
  return fixDecisionErrors(result as Parameters<typeof fixDecisionErrors>[0]) as Awaited<ReturnType<Resolver<TDecideForm, unknown, TCorrectDecisionRequest>>>;
};
const resolvers = { decide: resolverFor(false), correct: resolverFor(true) };

/** The form filled with a decision's values, to correct what was recorded wrongly. */
function valuesOf(decision: TDecision): TDecideForm {
  return {
    outcome: decision.outcome,
    reason: decision.outcome === 'reject' ? decision.rationale : '',
    parkedUntil: decision.parkedUntil ?? '',
    rationale: decision.outcome === 'reject' ? '' : decision.rationale,
    form: decision.form ?? undefined,
    ownerName: decision.ownerName ?? '',
    plannedStartYear: decision.plannedStartYear === null ? '' : String(decision.plannedStartYear),
    decisionDate: decision.decisionDate,
    forum: decision.forum,
    correctionReason: '',
  };
}

/** A decision's request without the correction's reason (deciding does not take one). */
function withoutReason(body: TCorrectDecisionRequest): TDecideNeedRequest {
  const { correctionReason: _reason, ...decision } = body;
  return decision;
}

/** The day after `date` (YYYY-MM-DD), for the date picker's lower bound. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * "Fatta beslut": OLG's decision on a need — Avslå (with a reason), Parkera (until a later date)
 * or Genomför (as projekt, uppdrag or verksamhetsförbättring, with owner and start year) — dated
 * no later than today, in a forum (OLG by default). Sent with the need's ETag; 412 says someone
 * changed the need first. Proceeding needs a fixed assessment, so it is offered only then.
 *
 * With `correcting`, the same form is "Rätta beslutet": filled with that decision's values, it asks
 * why the decision is corrected and records a new decision that supersedes it (issue 13 item 5).
 */
export function DecideForm({
  needId,
  etag,
  canProceed,
  onDecided,
  onReload,
  correcting,
  onCancel,
  meeting,
}: {
  /** Deciding from a meeting's page: the decision is taken at that meeting, in its forum. */
  meeting?: { id: string; forumName: string };
  needId: string;
  etag: string | null;
  canProceed: boolean;
  onDecided: (decision: TDecision) => void;
  onReload: () => void;
  correcting?: TDecision;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const today = todayInSweden();
  const summary = useSubmitSummary();
  const [conflict, setConflict] = useState(false);
  const form = useForm<TDecideForm, unknown, TCorrectDecisionRequest>({
    shouldFocusError: false,
    resolver: correcting ? resolvers.correct : resolvers.decide,
    defaultValues: correcting
      ? valuesOf(correcting)
      : { reason: '', parkedUntil: '', rationale: '', ownerName: '', plannedStartYear: '', decisionDate: today, forum: meeting?.forumName ?? 'OLG', correctionReason: '' },
  });
  const { errors } = form.formState;
  const outcome = form.watch('outcome');
  const decideNeed = useDecideNeed(needId);
  const correct = useCorrectDecision(needId, correcting?.id ?? '');
  const decide = correcting ? correct : decideNeed;
  const texts = correcting ? 'decisions.correctForm' : 'decisions.decideForm';
  const headingId = correcting ? `correct-heading-${correcting.id}` : 'decide-heading';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The correction form opens in place of its button; focus moves to its heading.
  useEffect(() => {
    if (correcting) headingRef.current?.focus();
  }, [correcting]);

  const labels = {
    outcome: t('decisions.fields.outcome'),
    reason: t('decisions.fields.reason'),
    parkedUntil: t('decisions.fields.parkedUntil'),
    form: t('decisions.fields.form'),
    ownerName: t('decisions.fields.owner'),
    plannedStartYear: t('decisions.fields.startYear'),
    rationale: t('decisions.fields.rationale'),
    decisionDate: t('decisions.fields.decisionDate'),
    forum: t('decisions.fields.forum'),
    correctionReason: t('decisions.correctForm.reason'),
  };
  const fieldLabels = FIELDS.map((name) => ({ name, label: labels[name] }));

  // mutateAsync, not mutate's callbacks: the decision refreshes the need, which replaces this form,
  // and callbacks of an unmounted mutation never run.
  const handleSubmit = form.handleSubmit(
    async (body) => {
      summary.clear();
      setConflict(false);
      try {
        const { data } = correcting ? await correct.mutateAsync({ body, etag }) : await decideNeed.mutateAsync({ body: { ...withoutReason(body), ...(meeting ? { meetingId: meeting.id } : {}) }, etag });
        announce(t(`${texts}.done`));
        onDecided(data);
      } catch (error) {
        if (isApiError(error, 'precondition_failed')) return setConflict(true);
        if (isApiError(error, 'validation_failed', 'personal_data_suspected') && error.errors.length > 0) {
          const unmatched = applyFieldIssues(error, FIELDS, form.setError, fieldIssueText);
          return summary.show([...(unmatched.length > 0 ? [{ message: problemText(error) }] : []), ...errorSummaryItems(form.formState.errors, fieldLabels)]);
        }
        summary.show([{ message: problemText(error) }]);
      }
    },
    (invalid) => summary.show(errorSummaryItems(invalid, fieldLabels)),
  );

  const outcomes: DecisionOutcome[] = canProceed ? ['reject', 'park', 'proceed'] : ['reject', 'park'];
  const rationaleField = (
    <TextareaField label={labels.rationale} description={t('decisions.decideForm.rationaleHint')} rows={4} error={errors.rationale?.message} {...form.register('rationale')} />
  );

  return (
    <section aria-labelledby={headingId} className="stack assessment-block">
      <Heading level={3} data-size="xs" id={headingId} ref={headingRef} tabIndex={correcting ? -1 : undefined}>
        {t(`${texts}.heading`)}
      </Heading>
      <Paragraph>{t(`${texts}.intro`)}</Paragraph>
      {conflict && (
        <ConflictNotice
          headingLevel={4}
          onReload={() => {
            setConflict(false);
            onReload();
          }}
        />
      )}
      <ErrorSummary items={summary.items} focusKey={summary.focusKey} />
      <form noValidate className="stack" onSubmit={handleSubmit}>
        {correcting && (
          <TextareaField label={labels.correctionReason} description={t('decisions.correctForm.reasonHint')} rows={3} error={errors.correctionReason?.message} {...form.register('correctionReason')} />
        )}
        <RadioGroupField
          legend={labels.outcome}
          description={canProceed ? undefined : t('decisions.decideForm.proceedNeedsAssessment')}
          options={outcomes.map((value) => ({ value, label: t(`decisions.outcome.${value}`) }))}
          error={errors.outcome?.message}
          {...form.register('outcome')}
        />
        {outcome === 'reject' && (
          <TextareaField label={labels.reason} description={t('decisions.decideForm.reasonHint')} rows={4} error={errors.reason?.message} {...form.register('reason')} />
        )}
        {outcome === 'park' && (
          <>
            <TextField label={labels.parkedUntil} description={t('decisions.decideForm.parkedUntilHint')} type="date" min={dayAfter(today)} error={errors.parkedUntil?.message} {...form.register('parkedUntil')} />
            {rationaleField}
          </>
        )}
        {outcome === 'proceed' && (
          <>
            <RadioGroupField
              legend={labels.form}
              options={(['project', 'assignment', 'improvement'] as const).map((value) => ({ value, label: t(`decisions.forms.${value}`) }))}
              error={errors.form?.message}
              {...form.register('form')}
            />
            <TextField label={labels.ownerName} description={t('decisions.decideForm.ownerHint')} autoComplete="off" error={errors.ownerName?.message} {...form.register('ownerName')} />
            <TextField
              label={labels.plannedStartYear}
              description={t('decisions.decideForm.startYearHint')}
              inputMode="numeric"
              className="field-short"
              error={errors.plannedStartYear?.message}
              {...form.register('plannedStartYear')}
            />
            {rationaleField}
          </>
        )}
        <TextField label={labels.decisionDate} description={t('decisions.decideForm.decisionDateHint')} type="date" max={today} error={errors.decisionDate?.message} {...form.register('decisionDate')} />
        {/* At a meeting the decision is taken in the meeting's forum; the server records that name. */}
        {!meeting && <TextField label={labels.forum} description={t('decisions.decideForm.forumHint')} error={errors.forum?.message} {...form.register('forum')} />}
        <div className="button-row">
          <Button type="submit" loading={decide.isPending}>
            {t(`${texts}.submit`)}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
