import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Paragraph, Radio } from '@digdir/designsystemet-react';
import { REDACTABLE_NEED_FIELDS, type RedactableNeedField, type TNeed, type TNeedComment } from '@domain/needs.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { problemText } from '@web/i18n/error-text';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { needNumber } from '@web/features/needs/need-labels';
import { useDeleteComment, useDeleteNeed, useRedactComment, useRedactNeed } from '@web/features/needs/needs.api';

const DEPENDANT_KINDS = ['decisions', 'assessments', 'initiative', 'planItems', 'supplierDemos', 'mergedNeeds', 'status'] as const;

/** "Ta bort behovet" with its confirmation; a 409 names in the dialog what builds on the need. */
export function DeleteNeedAction({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const remove = useDeleteNeed(need.id);
  const [open, setOpen] = useState(false);
  const number = needNumber(need.number);

  const refusal = () => {
    const error = remove.error;
    if (!error) return null;
    if (isApiError(error, 'conflict') && error.errors.length > 0) {
      const kinds = error.errors.map((issue) => (DEPENDANT_KINDS as readonly string[]).includes(issue.path) ? t(`needs.removal.dependant.${issue.path as (typeof DEPENDANT_KINDS)[number]}`) : issue.path);
      return t('needs.removal.dependants', { list: kinds.join(', ') });
    }
    return problemText(error);
  };

  return (
    <>
      <Button variant="secondary" data-color="danger" data-size="sm" onClick={() => { remove.reset(); setOpen(true); }}>
        {t('needs.removal.deleteNeed')}
      </Button>
      <ConfirmDialog
        open={open}
        heading={t('needs.removal.deleteNeedHeading', { number })}
        confirmLabel={t('needs.removal.deleteNeedConfirm')}
        isPending={remove.isPending}
        error={refusal()}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              announce(t('needs.removal.deleted', { number }));
              void navigate(paths.needs);
            },
          })
        }
      >
        {t('needs.removal.deleteNeedBody')}
      </ConfirmDialog>
    </>
  );
}

/**
 * The dialog body of a redaction: which field (for a need) and why. The reason goes to the audit
 * log, so the field's help text asks not to repeat the personal data there.
 */
function RedactFields({ fields, field, onField, reason, onReason, reasonError }: {
  fields: boolean;
  field: RedactableNeedField;
  onField: (field: RedactableNeedField) => void;
  reason: string;
  onReason: (reason: string) => void;
  reasonError?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Paragraph>{t('needs.removal.redactBody')}</Paragraph>
      {fields && (
        <Fieldset>
          <FieldsetLegend>{t('needs.removal.redactField')}</FieldsetLegend>
          {REDACTABLE_NEED_FIELDS.map((value) => (
            <Radio
              key={value}
              name="redact-field"
              value={value}
              label={t(`needs.removal.redactFields.${value}`)}
              checked={field === value}
              onChange={() => onField(value)}
            />
          ))}
        </Fieldset>
      )}
      <TextareaField
        name="redact-reason"
        label={t('needs.removal.redactReason')}
        description={t('needs.removal.redactReasonDescription')}
        error={reasonError}
        rows={2}
        value={reason}
        onChange={(event) => onReason(event.target.value)}
      />
    </div>
  );
}

/** "Maskera personuppgift" on a need (coordinator): pick the field, give a reason, confirm. */
export function RedactNeedAction({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const redact = useRedactNeed(need.id);
  const [open, setOpen] = useState(false);
  const [field, setField] = useState<RedactableNeedField>('problem');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonError = tried && reason.trim().length < 3 ? t('needs.removal.reasonTooShort') : undefined;

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => { redact.reset(); setTried(false); setReason(''); setOpen(true); }}>
        {t('needs.removal.redact')}
      </Button>
      <ConfirmDialog
        open={open}
        heading={t('needs.removal.redactNeedHeading', { number: needNumber(need.number) })}
        confirmLabel={t('needs.removal.redactConfirm')}
        isPending={redact.isPending}
        error={redact.error ? problemText(redact.error) : null}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          setTried(true);
          if (reason.trim().length < 3) return;
          redact.mutate({ field, reason: reason.trim() }, { onSuccess: () => { setOpen(false); announce(t('needs.removal.redacted')); } });
        }}
      >
        <RedactFields fields field={field} onField={setField} reason={reason} onReason={setReason} reasonError={reasonError} />
      </ConfirmDialog>
    </>
  );
}

/** "Ta bort" (author or coordinator) and "Maskera personuppgift" (coordinator) on one comment. */
export function CommentActions({ need, comment, userId }: { need: TNeed; comment: TNeedComment; userId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const remove = useDeleteComment(need.id);
  const redact = useRedactComment(need.id);
  const [dialog, setDialog] = useState<'delete' | 'redact' | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const canRedact = need.permissions.canRedact;
  const canDelete = canRedact || comment.author.id === userId;
  if (!canDelete) return null;
  const reasonError = tried && reason.trim().length < 3 ? t('needs.removal.reasonTooShort') : undefined;
  const focusHeading = () => document.getElementById('need-comments-heading');

  return (
    <div className="button-row">
      <Button variant="tertiary" data-size="sm" onClick={() => { remove.reset(); setDialog('delete'); }}>
        {t('needs.removal.deleteComment')}
      </Button>
      {canRedact && (
        <Button variant="tertiary" data-size="sm" onClick={() => { redact.reset(); setTried(false); setReason(''); setDialog('redact'); }}>
          {t('needs.removal.redact')}
        </Button>
      )}
      <ConfirmDialog
        open={dialog === 'delete'}
        heading={t('needs.removal.deleteCommentHeading')}
        confirmLabel={t('needs.removal.deleteCommentConfirm')}
        isPending={remove.isPending}
        error={remove.error ? problemText(remove.error) : null}
        onClose={() => setDialog(null)}
        fallbackFocus={focusHeading}
        onConfirm={() => remove.mutate(comment.id, { onSuccess: () => { setDialog(null); announce(t('needs.removal.commentDeleted')); } })}
      >
        {t('needs.removal.deleteCommentBody')}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'redact'}
        heading={t('needs.removal.redactCommentHeading')}
        confirmLabel={t('needs.removal.redactConfirm')}
        isPending={redact.isPending}
        error={redact.error ? problemText(redact.error) : null}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          setTried(true);
          if (reason.trim().length < 3) return;
          redact.mutate({ commentId: comment.id, reason: reason.trim() }, { onSuccess: () => { setDialog(null); announce(t('needs.removal.redacted')); } });
        }}
      >
        <RedactFields fields={false} field="problem" onField={() => {}} reason={reason} onReason={setReason} reasonError={reasonError} />
      </ConfirmDialog>
    </div>
  );
}
