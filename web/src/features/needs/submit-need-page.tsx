import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { ErrorSummary } from '@web/ui/error-summary';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { EMPTY_NEED_FORM, needFormToRequest, useNeedForm } from '@web/features/needs/need-form';
import { NeedFormFields, useNeedFormOptions } from '@web/features/needs/need-form-fields';
import type { TNeedPageState } from '@web/features/needs/need-page-state';
import { useSubmitNeed } from '@web/features/needs/needs.api';
import { SimilarNeeds } from '@web/features/needs/similar-needs';

/**
 * /behov/nytt "Lämna ett behov": the e-service "Digitala initiativ". Says up front that the form
 * must hold no personal data about clients, warns about personnummer as soon as a field is left,
 * and after sending opens the new need's page with a confirmation naming its number.
 */
export function SubmitNeedPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useNeedFormOptions();
  const submit = useSubmitNeed();
  const needForm = useNeedForm(EMPTY_NEED_FORM, 'submit');
  const { form } = needForm;

  const onSubmit = form.handleSubmit((values) => {
    needForm.clearFormError();
    submit.mutate(needFormToRequest(values), {
      onSuccess: ({ data }) => void navigate(paths.need(data.id), { state: { submittedNumber: data.number } satisfies TNeedPageState }),
      onError: needForm.showServerError,
    });
  });

  const body = () => {
    if (options.error) return <ErrorState error={options.error} onRetry={options.retry} />;
    if (!options.data) return <LoadingState />;
    return (
      <>
        <ErrorSummary items={needForm.summaryItems} focusKey={needForm.summaryFocusKey} />
        <form noValidate className="stack" onSubmit={(event) => void onSubmit(event)}>
          <NeedFormFields form={form} labels={needForm.labels} guardOnBlur={needForm.guardOnBlur} options={options.data} unitRequired />
          <SimilarNeeds form={form} />
          <Button type="submit" loading={submit.isPending}>
            {t('needs.submit.button')}
          </Button>
        </form>
      </>
    );
  };

  return (
    <div className="form-narrow">
      <PageHeading>{t('needs.submit.title')}</PageHeading>
      <Paragraph>{t('needs.submit.intro')}</Paragraph>
      <Alert data-color="warning">
        <Heading level={2} data-size="2xs">
          {t('needs.submit.noPersonalDataHeading')}
        </Heading>
        <Paragraph>{t('needs.submit.noPersonalData')}</Paragraph>
      </Alert>
      {body()}
    </div>
  );
}
