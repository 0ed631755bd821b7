import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { z } from 'zod';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { INITIATIVE_FORMS, ZRegisterPreDigiplanInitiativeRequest, todayInSweden } from '@domain/decisions.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues, type TFieldErrorSetter } from '@web/api/field-errors';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { withoutPersonalNumbers } from '@web/features/needs/personal-data-guard';
import { useRegisterPreDigiplanInitiative } from '@web/features/initiatives/initiatives.api';

const shape = ZRegisterPreDigiplanInitiativeRequest.shape;

/** The form as the inputs hold it (the start year as typed); free texts pass the personal-data guard. */
const ZRegisterForm = z.object({
  title: withoutPersonalNumbers(shape.title),
  problem: withoutPersonalNumbers(shape.problem),
  expectedBenefit: withoutPersonalNumbers(shape.expectedBenefit),
  form: shape.form,
  ownerName: withoutPersonalNumbers(shape.ownerName),
  plannedStartYear: z.string().regex(/^\s*\d{4}\s*$/, { error: () => i18next.t('initiatives.register.yearInvalid') }),
  decisionDate: shape.decisionDate,
  reference: withoutPersonalNumbers(shape.reference),
  forum: withoutPersonalNumbers(z.string().trim().min(1).max(200)),
});
type TRegisterForm = z.input<typeof ZRegisterForm>;

const FIELDS = ['title', 'problem', 'expectedBenefit', 'form', 'ownerName', 'plannedStartYear', 'decisionDate', 'reference', 'forum'] as const;
type TField = (typeof FIELDS)[number];

/**
 * /initiativ/registrera "Registrera befintligt initiativ": a projekt, uppdrag or
 * verksamhetsförbättring decided before Digiplan, recorded as it is — with its decision reference
 * and date and no invented scores. The coordinator lands on the new initiative's page.
 */
export function RegisterInitiativePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const register = useRegisterPreDigiplanInitiative();
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const form = useForm<TRegisterForm>({
    shouldFocusError: false,
    resolver: zodResolver(ZRegisterForm, { error: zodIssueMessage }),
    defaultValues: { title: '', problem: '', expectedBenefit: '', form: 'project', ownerName: '', plannedStartYear: '', decisionDate: '', reference: '', forum: 'OLG' },
  });
  const { errors, submitCount } = form.formState;

  const labels: Record<TField, string> = {
    title: t('initiatives.register.titleField'),
    problem: t('initiatives.register.problem'),
    expectedBenefit: t('initiatives.register.expectedBenefit'),
    form: t('decisions.fields.form'),
    ownerName: t('decisions.fields.owner'),
    plannedStartYear: t('decisions.fields.startYear'),
    decisionDate: t('decisions.fields.decisionDate'),
    reference: t('decisions.fields.reference'),
    forum: t('decisions.fields.forum'),
  };

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    // Focus areas and units are not asked for here yet: the initiative starts without any.
    const input = { ...values, plannedStartYear: Number(values.plannedStartYear.trim()), focusAreaIds: [], unitIds: [], allUnits: false };
    register.mutate(input, {
      onSuccess: ({ data }) => void navigate(paths.initiative(data.id)),
      onError: (error) => {
        if (isApiError(error) && error.errors.length > 0) {
          const unmatched = applyFieldIssues(error, FIELDS, form.setError as TFieldErrorSetter<TField>, fieldIssueText);
          setFormError(unmatched.length > 0 ? { message: problemText(error) } : null);
          return;
        }
        setFormError({ message: problemText(error) });
      },
    });
  });

  if (!can('initiative:manage')) return <Alert data-color="warning">{t('initiatives.register.notAllowed')}</Alert>;

  const summary = submitCount > 0 || formError ? [...(formError ? [formError] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))] : [];
  const text = (name: Exclude<TField, 'form' | 'problem' | 'expectedBenefit'>, extra: Record<string, unknown> = {}) => (
    <TextField label={labels[name]} error={errors[name]?.message} autoComplete="off" {...extra} {...form.register(name)} />
  );

  return (
    <div className="form-narrow">
      <PageHeading>{t('initiatives.register.title')}</PageHeading>
      <Paragraph>{t('initiatives.register.intro')}</Paragraph>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${formError?.message ?? ''}`} />
      <form noValidate className="stack" onSubmit={(event) => void onSubmit(event)}>
        {text('title')}
        <TextareaField label={labels.problem} error={errors.problem?.message} rows={4} {...form.register('problem')} />
        <TextareaField label={labels.expectedBenefit} error={errors.expectedBenefit?.message} rows={4} {...form.register('expectedBenefit')} />
        <SelectField label={labels.form} options={INITIATIVE_FORMS.map((value) => ({ value, label: t(`decisions.forms.${value}`) }))} {...form.register('form')} />
        {text('ownerName')}
        {text('plannedStartYear', { inputMode: 'numeric', className: 'field-short', description: t('initiatives.register.yearHint') })}
        {text('decisionDate', { type: 'date', className: 'field-short', max: todayInSweden() })}
        {text('reference', { description: t('initiatives.register.referenceHint') })}
        {text('forum')}
        <Button type="submit" loading={register.isPending}>
          {t('initiatives.register.submit')}
        </Button>
      </form>
    </div>
  );
}
