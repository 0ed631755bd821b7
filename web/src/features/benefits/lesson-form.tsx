import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useAddLesson } from '@web/features/benefits/benefits.api';
import { benefitFormFailure, NO_FAILURE } from '@web/features/benefits/benefit-form-failure';

type TForm = { worked: string; didNotWork: string; advice: string };
const FIELDS = ['worked', 'didNotWork', 'advice'] as const;

/** Lessons learned at follow-up: what worked, what did not, advice to others. */
export function LessonForm({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const add = useAddLesson(initiativeId);
  const [failure, setFailure] = useState(NO_FAILURE);
  const form = useForm<TForm>({ defaultValues: { worked: '', didNotWork: '', advice: '' }, shouldFocusError: false });
  const labels = { worked: t('benefits.followUp.worked'), didNotWork: t('benefits.followUp.didNotWork'), advice: t('benefits.followUp.advice') };
  const { errors } = form.formState;
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={(e) =>
          void form.handleSubmit((values) => {
            setFailure(NO_FAILURE);
            add.mutate(values, {
              onSuccess: () => {
                announce(t('benefits.followUp.lessonSaved'));
                form.reset();
              },
              onError: (error) => setFailure(benefitFormFailure(error, FIELDS, form.setError)),
            });
          })(e)
        }
      >
        {FIELDS.map((name) => (
          <TextareaField key={name} label={labels[name]} rows={3} optional error={errors[name]?.message} {...form.register(name)} />
        ))}
        <div>
          <Button type="submit" disabled={add.isPending}>
            {t('benefits.followUp.addLesson')}
          </Button>
        </div>
      </form>
    </>
  );
}
