import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from '@digdir/designsystemet-react';
import { RISK_PERSPECTIVES, RISK_SCALE, RISK_STATUSES } from '@domain/risk';
import type { TRisk, TRiskInput } from '@domain/risks.contracts';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';

type TDraft = { perspective: string; description: string; likelihood: string; consequence: string; measures: string; ownerName: string; status: string };
const empty: TDraft = { perspective: '', description: '', likelihood: '', consequence: '', measures: '', ownerName: '', status: 'open' };
const draftOf = (risk: TRisk): TDraft => ({ ...risk, likelihood: String(risk.likelihood), consequence: String(risk.consequence) });

/** The fields the browser can check before sending; the server checks everything again. */
function localErrors(draft: TDraft, required: string): Partial<Record<keyof TDraft, string>> {
  const errors: Partial<Record<keyof TDraft, string>> = {};
  for (const key of ['perspective', 'description', 'likelihood', 'consequence'] as const) if (draft[key].trim() === '') errors[key] = required;
  return errors;
}

type TRiskFormProps = { editing: TRisk | null; busy: boolean; onSubmit: (body: TRiskInput) => Promise<boolean>; onCancel: () => void };

/** Adds a risk, or changes the one being edited. */
export function RiskForm({ editing, busy, onSubmit, onCancel }: TRiskFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TDraft>(editing ? draftOf(editing) : empty);
  const [errors, setErrors] = useState<Partial<Record<keyof TDraft, string>>>({});
  const set = (key: keyof TDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const scale = RISK_SCALE.map((n) => ({ value: String(n), label: String(n) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localErrors(draft, t('fieldIssue.required'));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`field-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const body = { ...draft, likelihood: Number(draft.likelihood), consequence: Number(draft.consequence) } as TRiskInput;
    if ((await onSubmit(body)) && !editing) setDraft(empty);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" noValidate aria-labelledby="risk-form-heading">
      <Heading level={2} data-size="sm" id="risk-form-heading">
        {editing ? t('risks.form.editHeading') : t('risks.form.addHeading')}
      </Heading>
      <SelectField
        label={t('risks.form.perspective')}
        name="perspective"
        value={draft.perspective}
        onChange={set('perspective')}
        error={errors.perspective}
        placeholder={t('risks.form.choose')}
        options={RISK_PERSPECTIVES.map((p) => ({ value: p, label: t(`risks.perspectives.${p}`) }))}
      />
      <TextareaField label={t('risks.form.description')} name="description" value={draft.description} onChange={set('description')} error={errors.description} rows={3} />
      <div className="form-row">
        <SelectField label={t('risks.form.likelihood')} name="likelihood" value={draft.likelihood} onChange={set('likelihood')} error={errors.likelihood} placeholder={t('risks.form.choose')} options={scale} />
        <SelectField label={t('risks.form.consequence')} name="consequence" value={draft.consequence} onChange={set('consequence')} error={errors.consequence} placeholder={t('risks.form.choose')} options={scale} />
      </div>
      <TextareaField label={t('risks.form.measures')} name="measures" value={draft.measures} onChange={set('measures')} optional rows={3} />
      <TextField label={t('risks.form.owner')} name="ownerName" value={draft.ownerName} onChange={set('ownerName')} optional />
      <SelectField label={t('risks.form.status')} name="status" value={draft.status} onChange={set('status')} options={RISK_STATUSES.map((s) => ({ value: s, label: t(`risks.statuses.${s}`) }))} />
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {editing ? t('risks.form.save') : t('risks.form.add')}
        </Button>
        {editing && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('risks.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
