import { useState } from 'react';
import i18next from 'i18next';
import type { z } from 'zod';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ZCreatePlanRequest, type TCreatePlanRequest, type TPlanSummary } from '@domain/plans.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { NO_PLAN_FAILURE, periodText, planFailure, type TPlanFailure } from '@web/features/plans/plan-form-parts';
import { statusText } from '@web/features/plans/plan-labels';
import { usePlanMutations, usePlans } from '@web/features/plans/plans.api';
import '@web/features/admin/admin.css';
import '@web/features/plans/plans.css';

const FIELDS = ['title', 'startYear', 'endYear'] as const;
type TNewPlanForm = z.input<typeof ZCreatePlanRequest>;

/** The period's own reasons in words; everything else as every form says it. */
const newPlanIssueMessage: typeof zodIssueMessage = (issue) => {
  const reason = issue.code === 'custom' ? (issue.params as { reason?: string } | undefined)?.reason : undefined;
  if (reason === 'range_inverted') return i18next.t('plans.create.rangeInverted');
  if (reason === 'too_long') return i18next.t('plans.create.tooLong');
  return zodIssueMessage(issue);
};
/** A year field: empty stays empty (zod says "fill in"), anything else is read as a number. */
const toYear = (value: unknown) => (value === '' || value === null || value === undefined ? undefined : Number(String(value).trim()));

/** "Ny plan": title and period; on success the new plan opens. */
function NewPlanForm() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { create } = usePlanMutations();
  const [failure, setFailure] = useState<TPlanFailure>(NO_PLAN_FAILURE);
  const year = new Date().getFullYear();
  const form = useForm<TNewPlanForm, unknown, TCreatePlanRequest>({ defaultValues: { title: '', startYear: year + 1, endYear: year + 3 }, shouldFocusError: false, resolver: zodResolver(ZCreatePlanRequest, { error: newPlanIssueMessage }) });
  const { errors, submitCount } = form.formState;
  const labels = { title: t('plans.create.titleField'), startYear: t('plans.create.startYear'), endYear: t('plans.create.endYear') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  return (
    <section className="stack plan-section" aria-labelledby="new-plan-heading">
      <Heading level={2} data-size="sm" id="new-plan-heading">
        {t('plans.create.heading')}
      </Heading>
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure(NO_PLAN_FAILURE);
          create.mutate(values, {
            onSuccess: ({ data }) => {
              announce(t('plans.create.created', { title: data.title }));
              void navigate(paths.plan(data.id));
            },
            onError: (error) => setFailure(planFailure(error, FIELDS, (name, fieldError) => form.setError(name as keyof TNewPlanForm, fieldError))),
          });
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TextField label={labels.title} error={errors.title?.message} {...form.register('title')} />
        <div className="plan-grid">
          <TextField label={labels.startYear} description={t('plans.create.yearHint')} inputMode="numeric" className="field-short" error={errors.startYear?.message} {...form.register('startYear', { setValueAs: toYear })} />
          <TextField label={labels.endYear} inputMode="numeric" className="field-short" error={errors.endYear?.message} {...form.register('endYear', { setValueAs: toYear })} />
        </div>
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('plans.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** /plans: every plan with its period, status, version and number of changes; "Ny plan" for those who draft. */
export function PlansPage() {
  const { t } = useTranslation();
  const can = useCan();
  const plans = usePlans();
  const columns: TColumn<TPlanSummary>[] = [
    {
      id: 'title',
      header: t('plans.list.titleColumn'),
      isRowHeader: true,
      sortValue: (p) => p.title,
      cell: (p) => (
        <Link asChild>
          <RouterLink to={paths.plan(p.id)}>{p.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'period', header: t('plans.list.period'), cell: (p) => periodText(p), sortValue: (p) => p.startYear },
    { id: 'status', header: t('plans.list.status'), cell: (p) => <StatusTag tone={p.status === 'fixed' ? 'success' : 'info'}>{statusText(p)}</StatusTag> },
    { id: 'version', header: t('plans.list.version'), align: 'end', cell: (p) => p.versionNumber, sortValue: (p) => p.versionNumber },
    { id: 'items', header: t('plans.list.itemCount'), align: 'end', cell: (p) => p.itemCount, sortValue: (p) => p.itemCount },
  ];
  return (
    <>
      <PageHeading>{t('plans.list.title')}</PageHeading>
      <Paragraph>{t('plans.list.intro')}</Paragraph>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.items.length === 0 ? (
        <EmptyState>{t('plans.list.empty')}</EmptyState>
      ) : (
        <DataTable caption={t('plans.list.caption')} columns={columns} rows={plans.data.items} rowKey={(p) => p.id} />
      )}
      {can('plan:edit') && <NewPlanForm />}
    </>
  );
}
