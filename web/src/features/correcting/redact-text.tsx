import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, FieldsetLegend, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { RedactableKind, TRedactTextRequest, TRedactTextResult } from '@domain/redaction.contracts';
import { REDACTION_MARKER } from '@domain/needs.contracts';
import { api } from '@web/api/client';
import { useCan } from '@web/app/session';
import { problemText } from '@web/i18n/error-text';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';

/** Masks one free-text field of a record (POST /redactions); every view of it is read afresh after. */
export function useRedactText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TRedactTextRequest) => (await api.post<TRedactTextResult>('/redactions', body)).data,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export type TRedactableText = { field: string; label: string; text: string };

/**
 * "Maskera personuppgift" on a lesson, a system, a supplier demo, a risk or an initiative, for
 * those who may redact (the coordinator): the same dialog as a need's and a comment's — which text,
 * and why (the reason goes to the audit log). Texts that are empty or already masked are not offered.
 * `label` names the record for a screen reader when several buttons share a page (a table of risks).
 */
export function RedactTextButton({ kind, id, texts, heading, label }: { kind: RedactableKind; id: string; texts: TRedactableText[]; heading: string; label?: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const announce = useAnnounce();
  const redact = useRedactText();
  const offered = texts.filter((text) => text.text.trim() !== '' && text.text !== REDACTION_MARKER);
  const [open, setOpen] = useState(false);
  const [field, setField] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  if (!can('text:redact') || offered.length === 0) return null;
  const chosen = offered.some((text) => text.field === field) ? field : offered[0]!.field;
  const reasonError = tried && reason.trim().length < 3 ? t('needs.removal.reasonTooShort') : undefined;

  return (
    <>
      <Button
        variant="tertiary"
        data-size="sm"
        aria-label={label}
        onClick={() => {
          redact.reset();
          setTried(false);
          setReason('');
          setField(offered[0]!.field);
          setOpen(true);
        }}
      >
        {t('needs.removal.redact')}
      </Button>
      <ConfirmDialog
        open={open}
        heading={heading}
        confirmLabel={t('needs.removal.redactConfirm')}
        isPending={redact.isPending}
        error={redact.error ? problemText(redact.error) : null}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          setTried(true);
          if (reason.trim().length < 3) return;
          redact.mutate(
            { kind, id, field: chosen, reason: reason.trim() },
            {
              onSuccess: () => {
                setOpen(false);
                announce(t('needs.removal.redacted'));
              },
            },
          );
        }}
      >
        <div className="stack">
          <Paragraph>{t('needs.removal.redactBody')}</Paragraph>
          {offered.length > 1 && (
            <Fieldset>
              <FieldsetLegend>{t('needs.removal.redactField')}</FieldsetLegend>
              {offered.map((text) => (
                <Radio key={text.field} name={`redact-${kind}-${id}`} value={text.field} label={text.label} checked={chosen === text.field} onChange={() => setField(text.field)} />
              ))}
            </Fieldset>
          )}
          {offered.length === 1 && <Paragraph>{t('correcting.redact.onlyField', { field: offered[0]!.label })}</Paragraph>}
          <TextareaField
            name="redact-reason"
            label={t('needs.removal.redactReason')}
            description={t('needs.removal.redactReasonDescription')}
            error={reasonError}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </>
  );
}
