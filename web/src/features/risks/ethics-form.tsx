import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PRIVACY_TECHNOLOGIES, type PrivacyTechnology, type TEthicsInput, type TRiskAnalysis } from '@domain/risks.contracts';
import { formatDate } from '@web/ui/format';
import { ControlledChoices } from '@web/features/risks/controlled-choices';
import { TextareaField, TextField } from '@web/ui/form-field';

type TDraft = {
  technologies: PrivacyTechnology[];
  privacyNote: string;
  consentHandling: string;
  consentIncapable: string;
  problematic: '' | 'yes' | 'no';
  judgement: string;
  councilDecisionDate: string;
  councilDecisionReference: string;
};

function draftOf(analysis: TRiskAnalysis): TDraft {
  const e = analysis.ethics;
  return {
    technologies: e?.technologies ?? [],
    privacyNote: e?.privacyNote ?? '',
    consentHandling: e?.consentHandling ?? '',
    consentIncapable: e?.consentIncapable ?? '',
    problematic: e ? (e.problematic ? 'yes' : 'no') : '',
    judgement: e?.judgement ?? '',
    councilDecisionDate: e?.councilDecisionDate ?? '',
    councilDecisionReference: e?.councilDecisionReference ?? '',
  };
}

/** The ethics status in words: not assessed, waiting for the nämnd, or decided. */
function EthicsStatus({ analysis }: { analysis: TRiskAnalysis }) {
  const { t } = useTranslation();
  const e = analysis.ethics;
  if (!e) return <Paragraph>{t('risks.ethics.notAssessed')}</Paragraph>;
  return (
    <>
      {analysis.councilDecisionMissing && <Alert data-color="warning">{t('risks.ethics.councilMissing')}</Alert>}
      {e.problematic && e.councilDecisionDate && <Paragraph>{t('risks.ethics.councilDone', { date: formatDate(e.councilDecisionDate), reference: e.councilDecisionReference ?? '' })}</Paragraph>}
      <Paragraph data-size="sm">{t('risks.ethics.assessedBy', { name: e.assessedBy, date: formatDate(e.assessedAt) })}</Paragraph>
    </>
  );
}

type TProps = { analysis: TRiskAnalysis; busy: boolean; onSubmit: (body: TEthicsInput) => Promise<boolean> };

/** The ethics assessment: privacy-touching technology, consent, judgement and the nämnd's decision. */
export function EthicsForm({ analysis, busy, onSubmit }: TProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TDraft>(() => draftOf(analysis));
  const [errors, setErrors] = useState<Partial<Record<keyof TDraft, string>>>({});
  const set = (key: keyof TDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const toggle = (technology: PrivacyTechnology, checked: boolean) =>
    setDraft((d) => ({ ...d, technologies: checked ? [...d.technologies, technology] : d.technologies.filter((x) => x !== technology) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('fieldIssue.required');
    const found: Partial<Record<keyof TDraft, string>> = {};
    if (!draft.consentHandling.trim()) found.consentHandling = required;
    if (!draft.consentIncapable.trim()) found.consentIncapable = required;
    if (!draft.problematic) found.problematic = required;
    if (!draft.judgement.trim()) found.judgement = required;
    const decided = draft.problematic === 'yes' && (draft.councilDecisionDate !== '' || draft.councilDecisionReference.trim() !== '');
    if (decided && draft.councilDecisionDate === '') found.councilDecisionDate = required;
    if (decided && draft.councilDecisionReference.trim() === '') found.councilDecisionReference = required;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`field-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    await onSubmit({
      technologies: draft.technologies,
      privacyNote: draft.privacyNote,
      consentHandling: draft.consentHandling,
      consentIncapable: draft.consentIncapable,
      problematic: draft.problematic === 'yes',
      judgement: draft.judgement,
      councilDecisionDate: decided ? draft.councilDecisionDate : null,
      councilDecisionReference: decided ? draft.councilDecisionReference.trim() : null,
    });
  };

  return (
    <section aria-labelledby="ethics-heading" className="stack">
      <Heading level={2} data-size="sm" id="ethics-heading">
        {t('risks.ethics.heading')}
      </Heading>
      <Paragraph>{t('risks.ethics.intro')}</Paragraph>
      <EthicsStatus analysis={analysis} />
      {analysis.canEdit && (
        <form onSubmit={(event) => void submit(event)} className="stack" noValidate aria-label={t('risks.ethics.heading')}>
          <ControlledChoices
            kind="checkbox"
            legend={t('risks.ethics.technologies')}
            description={t('risks.ethics.technologiesHint')}
            name="technologies"
            optional
            options={PRIVACY_TECHNOLOGIES.map((p) => ({ value: p, label: t(`risks.technologies.${p}`) }))}
            checkedValues={draft.technologies}
            onToggle={(value, checked) => toggle(value as PrivacyTechnology, checked)}
          />
          <TextareaField label={t('risks.ethics.privacyNote')} name="privacyNote" value={draft.privacyNote} onChange={set('privacyNote')} optional rows={3} />
          <TextareaField label={t('risks.ethics.consentHandling')} name="consentHandling" value={draft.consentHandling} onChange={set('consentHandling')} error={errors.consentHandling} rows={3} />
          <TextareaField label={t('risks.ethics.consentIncapable')} name="consentIncapable" value={draft.consentIncapable} onChange={set('consentIncapable')} error={errors.consentIncapable} rows={3} />
          <ControlledChoices
            kind="radio"
            legend={t('risks.ethics.problematic')}
            name="problematic"
            error={errors.problematic}
            options={[
              { value: 'yes', label: t('risks.ethics.yes') },
              { value: 'no', label: t('risks.ethics.no') },
            ]}
            checkedValues={draft.problematic ? [draft.problematic] : []}
            onToggle={(value) => setDraft((d) => ({ ...d, problematic: value as 'yes' | 'no' }))}
          />
          <TextareaField label={t('risks.ethics.judgement')} name="judgement" value={draft.judgement} onChange={set('judgement')} error={errors.judgement} rows={3} />
          {draft.problematic === 'yes' && (
            <div className="form-row">
              <TextField label={t('risks.ethics.councilDate')} description={t('risks.ethics.councilHint')} type="date" name="councilDecisionDate" value={draft.councilDecisionDate} onChange={set('councilDecisionDate')} error={errors.councilDecisionDate} optional />
              <TextField label={t('risks.ethics.councilReference')} name="councilDecisionReference" value={draft.councilDecisionReference} onChange={set('councilDecisionReference')} error={errors.councilDecisionReference} optional />
            </div>
          )}
          <div className="form-actions">
            <Button type="submit" disabled={busy}>
              {t('risks.ethics.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
