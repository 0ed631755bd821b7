import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import type { TBenefit } from '@domain/benefits.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useRecordMeasurement } from '@web/features/benefits/benefits.api';
import { benefitFormFailure, NO_FAILURE } from '@web/features/benefits/benefit-form-failure';

type TForm = { measuredOn: string; value: string; comment: string };
const FIELDS = ['measuredOn', 'value', 'comment'] as const;

/** Records a measurement: date, value (quantitative, Swedish format) and a comment. */
export function MeasurementForm({ benefit }: { benefit: TBenefit }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const record = useRecordMeasurement(benefit.initiativeId, benefit.id);
  const [failure, setFailure] = useState(NO_FAILURE);
  const form = useForm<TForm>({ defaultValues: { measuredOn: todayInSweden(), value: '', comment: '' }, shouldFocusError: false });
  const { errors } = form.formState;
  const labels = { measuredOn: t('benefits.benefit.measuredOn'), value: t('benefits.benefit.value'), comment: t('benefits.benefit.comment') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  const quantitative = benefit.kind === 'quantitative';
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={(e) =>
          void form.handleSubmit((values) => {
            setFailure(NO_FAILURE);
            record.mutate(
              { measuredOn: values.measuredOn, value: quantitative ? values.value : null, comment: values.comment },
              {
                onSuccess: () => {
                  announce(t('benefits.benefit.measured'));
                  form.reset({ measuredOn: values.measuredOn, value: '', comment: '' });
                },
                onError: (error) => setFailure(benefitFormFailure(error, FIELDS, form.setError)),
              },
            );
          })(e)
        }
      >
        <TextField type="date" label={labels.measuredOn} error={errors.measuredOn?.message} {...form.register('measuredOn')} />
        {quantitative && <TextField label={labels.value} description={t('benefits.fields.numberHint')} inputMode="decimal" error={errors.value?.message} {...form.register('value')} />}
        <TextareaField label={labels.comment} rows={2} optional={quantitative} error={errors.comment?.message} {...form.register('comment')} />
        <div>
          <Button type="submit" disabled={record.isPending}>
            {t('benefits.benefit.measure')}
          </Button>
        </div>
      </form>
    </>
  );
}
