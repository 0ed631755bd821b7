import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { CRITERIA } from '@domain/assessment';
import { ZRaterScoreRequest, type TRaterScoreRequest, type TScores } from '@domain/assessment.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useSaveMyScores } from '@web/features/assessment/assessment.api';
import { SCORE_FIELD_LABELS, SCORE_FIELDS, scoreIssueMessage } from '@web/features/assessment/form-helpers';
import { ScoreAxisGroups } from '@web/features/assessment/score-axis-groups';
import { NeedGoalsNote } from '@web/features/assessment/need-goals-note';
import { useSubmitSummary } from '@web/features/assessment/use-submit-summary';

const FINANCING_QUESTION = CRITERIA.find((criterion) => criterion.key === 'financing')?.description ?? '';

type TMyScoresInput = z.input<typeof ZRaterScoreRequest>;
const FIELDS = [...SCORE_FIELDS, 'comment'] as const;

/**
 * "Din bedömning": the current user's own scores in the open round, eight radio groups 1–4 under
 * their axis, each level described by the model's help text, and a comment. Saving again replaces
 * the user's earlier scores; the others' scores stay hidden until the first save.
 */
export function MyScoresForm({ needId, mine, costEstimateText = '' }: { needId: string; mine: { scores: TScores | null; comment: string | null } | undefined; costEstimateText?: string }) {
  const { t } = useTranslation();
  // The need's estimated cost is what a rater weighs for Finansiering, so it stands in that question.
  const describe = (key: string) => (key === 'financing' && costEstimateText ? `${FINANCING_QUESTION} ${t('assessment.financingCost', { text: costEstimateText })}` : undefined);
  const announce = useAnnounce();
  const summary = useSubmitSummary();
  const form = useForm<TMyScoresInput, unknown, TRaterScoreRequest>({
    shouldFocusError: false,
    resolver: zodResolver(ZRaterScoreRequest, { error: scoreIssueMessage }),
    defaultValues: { scores: mine?.scores ?? {}, comment: mine?.comment ?? '' },
  });
  const { errors } = form.formState;
  const save = useSaveMyScores(needId);
  const labels = [...SCORE_FIELD_LABELS, { name: 'comment', label: t('assessment.myForm.comment') }];

  const handleSubmit = form.handleSubmit(
    (body) => {
      summary.clear();
      save.mutate(body, {
        onSuccess: () => announce(t('assessment.myForm.saved')),
        onError: (error) => {
          if (isApiError(error, 'validation_failed', 'personal_data_suspected') && error.errors.length > 0) {
            const unmatched = applyFieldIssues(error, FIELDS, form.setError, fieldIssueText);
            return summary.show([...(unmatched.length > 0 ? [{ message: problemText(error) }] : []), ...errorSummaryItems(form.formState.errors, labels)]);
          }
          summary.show([{ message: problemText(error) }]);
        },
      });
    },
    (invalid) => summary.show(errorSummaryItems(invalid, labels)),
  );

  return (
    <section aria-labelledby="my-assessment-heading" className="stack assessment-block">
      <Heading level={3} data-size="xs" id="my-assessment-heading">
        {t('assessment.myForm.heading')}
      </Heading>
      <Paragraph>{mine ? t('assessment.myForm.savedBefore') : t('assessment.myForm.intro')}</Paragraph>
      <ErrorSummary items={summary.items} focusKey={summary.focusKey} />
      <form noValidate className="stack" onSubmit={handleSubmit}>
        <ScoreAxisGroups control={form.control} formKey="my" showLevelHelp errors={errors.scores} describe={describe} notes={{ goalFulfilment: <NeedGoalsNote needId={needId} /> }} />
        <TextareaField
          label={t('assessment.myForm.comment')}
          description={t('assessment.myForm.commentHint')}
          optional
          rows={3}
          error={errors.comment?.message}
          {...form.register('comment')}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('assessment.myForm.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
