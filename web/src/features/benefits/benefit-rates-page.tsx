import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { TCalculationSettings } from '@domain/cost-benefit.contracts';
import { kronorInputText } from '@domain/money';
import { api } from '@web/api/client';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { benefitFormFailure, NO_FAILURE } from '@web/features/benefits/benefit-form-failure';

type TForm = { hourlyRate: string; visitCost: string; discountRate: string };
const FIELDS = ['hourlyRate', 'visitCost', 'discountRate'] as const;
const KEY = ['benefits', 'org', 'settings'];

/** /administration/nyttokalkyl: the organisation's default hourly rate, cost per visit and discount rate. */
export function BenefitRatesPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: [...KEY, 'etag'], queryFn: ({ signal }) => api.get<TCalculationSettings>('/benefit-settings', { signal }) });
  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('benefits.settings.title')}</PageHeading>
      <Paragraph>{t('benefits.settings.intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <RatesForm key={query.data.etag} settings={query.data.data} etag={query.data.etag} />}
    </>
  );
}

function RatesForm({ settings, etag }: { settings: TCalculationSettings; etag: string | null }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (body: TForm) => api.put<TCalculationSettings>('/benefit-settings', body, { ifMatch: etag }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const [failure, setFailure] = useState(NO_FAILURE);
  const form = useForm<TForm>({
    defaultValues: { hourlyRate: kronorInputText(BigInt(settings.hourlyRate)), visitCost: kronorInputText(BigInt(settings.visitCost)), discountRate: (settings.discountRateBp / 100).toString().replace('.', ',') },
    shouldFocusError: false,
  });
  const labels = { hourlyRate: t('benefits.settings.hourlyRate'), visitCost: t('benefits.settings.visitCost'), discountRate: t('benefits.settings.discountRate') };
  const { errors } = form.formState;
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  return (
    <>
      {failure.conflict && <ConflictNotice onReload={() => void client.invalidateQueries({ queryKey: KEY })} />}
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={(e) =>
          void form.handleSubmit((values) => {
            setFailure(NO_FAILURE);
            save.mutate(values, { onSuccess: () => announce(t('benefits.settings.saved')), onError: (error) => setFailure(benefitFormFailure(error, FIELDS, form.setError)) });
          })(e)
        }
      >
        {FIELDS.map((name) => (
          <TextField key={name} label={labels[name]} inputMode="decimal" error={errors[name]?.message} {...form.register(name)} />
        ))}
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('benefits.settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
