import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { CRITERION_KEYS } from '@domain/assessment';
import { ZFixAssessmentRequest, type TAssessment, type TFixAssessmentRequest, type TScores } from '@domain/assessment.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useFixAssessment } from '@web/features/assessment/assessment.api';
import { formatScore, suggestedLevel } from '@web/features/assessment/assessment-format';
import { SCORE_FIELD_LABELS, SCORE_FIELDS, scoreIssueMessage } from '@web/features/assessment/form-helpers';
import { ScoreAxisGroups } from '@web/features/assessment/score-axis-groups';
import { NeedGoalsNote } from '@web/features/assessment/need-goals-note';
import { useSubmitSummary } from '@web/features/assessment/use-submit-summary';

type TFixInput = z.input<typeof ZFixAssessmentRequest>;
const FIELDS = [...SCORE_FIELDS, 'rationale'] as const;
/** The fix form's score groups get their own ids: the rater form on the same page uses the plain ones. */
const ID_PREFIX = 'fix-';

/** The raters' means rounded to a level, as the form's starting point; empty without raters. */
function suggestedScores(assessment: TAssessment): Partial<TScores> {
  const criteria = assessment.statistics?.criteria ?? [];
  return Object.fromEntries(criteria.map((c) => [c.criterion, suggestedLevel(c.mean)]).filter(([key]) => CRITERION_KEYS.includes(key as never)));
}

/**
 * "Fastställ bedömning": the coordinator sets the agreed score per criterion — pre-filled with the
 * raters' rounded mean, each group showing the mean, spread and agreement — and why. Sent with the
 * round's ETag: if a rater saved in the meantime the server answers 412 and the form says so.
 */
export function FixAssessmentForm({
  needId,
  assessment,
  etag,
  onReload,
  onFixed,
  costEstimateText = '',
}: {
  needId: string;
  /** The need's estimated cost written out, shown with Finansiering; '' when it has none. */
  costEstimateText?: string;
  assessment: TAssessment;
  etag: string | null;
  onReload: () => void;
  onFixed: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const summary = useSubmitSummary();
  const [conflict, setConflict] = useState(false);
  const form = useForm<TFixInput, unknown, TFixAssessmentRequest>({
    shouldFocusError: false,
    resolver: zodResolver(ZFixAssessmentRequest, { error: scoreIssueMessage }),
    defaultValues: { scores: suggestedScores(assessment), rationale: '' },
  });
  const { errors } = form.formState;
  const fix = useFixAssessment(needId);

  const labels = [...SCORE_FIELD_LABELS, { name: 'rationale', label: t('assessment.fix.rationale') }];
  // The score groups' ids carry the fix form's prefix (see ID_PREFIX).
  const summaryItems = (fieldErrors: typeof errors) =>
    errorSummaryItems(fieldErrors, labels).map((item) => (item.fieldId?.startsWith('field-scores') ? { ...item, fieldId: `${ID_PREFIX}${item.fieldId}` } : item));

  // mutateAsync, not mutate's callbacks: a fixed round replaces this form, and callbacks of an
  // unmounted mutation never run — the announcement and focus must still happen.
  const handleSubmit = form.handleSubmit(
    async (body) => {
      summary.clear();
      setConflict(false);
      try {
        await fix.mutateAsync({ body, etag });
        announce(t('assessment.fix.done'));
        onFixed();
      } catch (error) {
        if (isApiError(error, 'precondition_failed')) return setConflict(true);
        if (isApiError(error, 'validation_failed', 'personal_data_suspected') && error.errors.length > 0) {
          const unmatched = applyFieldIssues(error, FIELDS, form.setError, fieldIssueText);
          return summary.show([...(unmatched.length > 0 ? [{ message: problemText(error) }] : []), ...summaryItems(form.formState.errors)]);
        }
        summary.show([{ message: problemText(error) }]);
      }
    },
    (invalid) => summary.show(summaryItems(invalid)),
  );

  const describe = (key: (typeof CRITERION_KEYS)[number]) => {
    const stat = assessment.statistics?.criteria.find((c) => c.criterion === key);
    const cost = key === 'financing' && costEstimateText ? t('assessment.financingCost', { text: costEstimateText }) : '';
    if (!stat) return cost || undefined;
    const agreement = stat.agreement ? ` · ${t(`assessment.agreement.${stat.agreement}`)}` : '';
    return `${t('assessment.fix.statistics', { mean: formatScore(stat.mean), spread: formatScore(stat.spread) })}${agreement}.${cost ? ` ${cost}` : ''}`;
  };


  return (
    <section aria-labelledby="fix-assessment-heading" className="stack assessment-block">
      <Heading level={3} data-size="xs" id="fix-assessment-heading">
        {t('assessment.fix.heading')}
      </Heading>
      <Paragraph>{t('assessment.fix.intro')}</Paragraph>
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
        <ScoreAxisGroups control={form.control} formKey="fix" idPrefix={ID_PREFIX} showLevelHelp={false} errors={errors.scores} describe={describe} notes={{ goalFulfilment: <NeedGoalsNote needId={needId} /> }} />
        <TextareaField
          label={t('assessment.fix.rationale')}
          description={t('assessment.fix.rationaleHint')}
          optional
          rows={4}
          error={errors.rationale?.message}
          {...form.register('rationale')}
        />
        <div>
          <Button type="submit" loading={fix.isPending}>
            {t('assessment.fix.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
