import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { PLAN_SECTION_LABELS_SV, PLAN_SECTIONS, ZUpdatePlanRequest, type TPlan, type TUpdatePlanRequest } from '@domain/plans.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { fieldId, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { NO_PLAN_FAILURE, planFailure, prefixedSummary, type TPlanFailure } from '@web/features/plans/plan-form-parts';
import { PlanFixedNotice } from '@web/features/plans/plan-fixed-notice';
import { usePlanMutations } from '@web/features/plans/plans.api';

const PREFIX = 'plan-';
const FIELDS = ['title', ...PLAN_SECTIONS.map((key) => `sections.${key}` as const)] as const;

/** A text that keeps its line breaks as paragraphs. */
export function TextBlock({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          <Paragraph key={index}>{line}</Paragraph>
        ))}
    </>
  );
}

/** The text sections of a fixed version (or for readers): each with its heading, empty ones left out. */
function ReadSections({ plan }: { plan: TPlan }) {
  const { t } = useTranslation();
  const filled = PLAN_SECTIONS.filter((key) => plan.sections[key].trim() !== '');
  if (filled.length === 0) return <Paragraph>{t('plans.sections.empty')}</Paragraph>;
  return (
    <>
      {filled.map((key) => (
        <section key={key} className="stack">
          <Heading level={3} data-size="xs">
            {PLAN_SECTION_LABELS_SV[key]}
          </Heading>
          <TextBlock text={plan.sections[key]} />
        </section>
      ))}
    </>
  );
}

/**
 * Inledning, Syfte, Mål, Bakgrund and Uppföljning: editable while the version is a draft (saved with
 * the plan's ETag), read-only once it is fixed.
 */
export function PlanSections({ plan, etag, onStartNewVersion }: { plan: TPlan; etag: string | null; onStartNewVersion: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { save } = usePlanMutations();
  const [failure, setFailure] = useState<TPlanFailure>(NO_PLAN_FAILURE);
  const form = useForm<z.input<typeof ZUpdatePlanRequest>, unknown, TUpdatePlanRequest>({
    defaultValues: { title: plan.title, sections: plan.sections },
    shouldFocusError: false,
    resolver: zodResolver(ZUpdatePlanRequest, { error: zodIssueMessage }),
  });
  const { errors, submitCount } = form.formState;
  const editable = plan.status === 'draft' && plan.permissions.canEdit;
  const labels: Record<(typeof FIELDS)[number], string> = {
    title: t('plans.sections.titleField'),
    ...(Object.fromEntries(PLAN_SECTIONS.map((key) => [`sections.${key}`, PLAN_SECTION_LABELS_SV[key]])) as Record<`sections.${(typeof PLAN_SECTIONS)[number]}`, string>),
  };
  const summary = [...(failure.summary ? [failure.summary] : []), ...prefixedSummary(errors, FIELDS.map((name) => ({ name, label: labels[name] })), PREFIX)];
  return (
    <section className="stack plan-section" aria-labelledby="plan-text-heading">
      <Heading level={2} data-size="sm" id="plan-text-heading">
        {t('plans.sections.heading')}
      </Heading>
      {!editable ? (
        <ReadSections plan={plan} />
      ) : (
        <>
          {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} headingLevel={3} />}
          {failure.planFixed && <PlanFixedNotice onStartNewVersion={onStartNewVersion} />}
          <form
            noValidate
            className="stack form-narrow"
            onSubmit={form.handleSubmit((values) => {
              setFailure(NO_PLAN_FAILURE);
              save.mutate(
                { id: plan.id, body: values, etag },
                {
                  onSuccess: () => announce(t('plans.sections.saved')),
                  onError: (error) => setFailure(planFailure(error, FIELDS, (name, fieldError) => form.setError(name as 'title', fieldError))),
                },
              );
            })}
          >
            <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
            <TextField id={`${PREFIX}${fieldId('title')}`} label={labels.title} error={errors.title?.message} {...form.register('title')} />
            {PLAN_SECTIONS.map((key) => (
              <TextareaField
                key={key}
                id={`${PREFIX}${fieldId(`sections.${key}`)}`}
                label={PLAN_SECTION_LABELS_SV[key]}
                optional
                rows={4}
                error={errors.sections?.[key]?.message}
                {...form.register(`sections.${key}`)}
              />
            ))}
            <div>
              <Button type="submit" loading={save.isPending}>
                {t('plans.sections.save')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
