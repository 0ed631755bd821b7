import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TRiskAnalysis, TUnionConsultationInput } from '@domain/risks.contracts';
import { formatDate } from '@web/ui/format';
import { TextareaField, TextField } from '@web/ui/form-field';

type TProps = { analysis: TRiskAnalysis; busy: boolean; onSubmit: (body: TUnionConsultationInput) => Promise<boolean> };

/** When the union representatives (fackliga företrädare) were consulted, with a note. */
export function UnionConsultationForm({ analysis, busy, onSubmit }: TProps) {
  const { t } = useTranslation();
  const current = analysis.unionConsultation;
  const [consultedOn, setConsultedOn] = useState(current?.consultedOn ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(consultedOn)) {
      setError(t('fieldIssue.date'));
      document.getElementById('field-consultedOn')?.focus();
      return;
    }
    setError(undefined);
    await onSubmit({ consultedOn, note });
  };

  return (
    <section aria-labelledby="union-heading" className="stack">
      <Heading level={2} data-size="sm" id="union-heading">
        {t('risks.union.heading')}
      </Heading>
      <Paragraph>{current ? t('risks.union.done', { date: formatDate(current.consultedOn) }) : t('risks.union.none')}</Paragraph>
      {current?.note && <Paragraph>{current.note}</Paragraph>}
      {analysis.canEdit && (
        <form onSubmit={(event) => void submit(event)} className="stack" noValidate aria-label={t('risks.union.heading')}>
          <TextField label={t('risks.union.date')} name="consultedOn" type="date" value={consultedOn} onChange={(e) => setConsultedOn(e.target.value)} error={error} />
          <TextareaField label={t('risks.union.note')} description={t('risks.union.noteHint')} name="note" value={note} onChange={(e) => setNote(e.target.value)} optional rows={3} />
          <div className="form-actions">
            <Button type="submit" disabled={busy}>
              {t('risks.union.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
