import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Field, Heading, Label, Link, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { ATTACHMENT_MAX_BYTES, type TAttachment } from '@domain/attachments.contracts';
import { DataTable } from '@web/ui/data-table';
import { formatDateTime, formatNumber } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { attachmentUrl, useAttachments, useRemoveAttachment, useUploadAttachment } from '@web/features/documents/documents.api';

/** Files attached to the initiative: list with downloads, upload and removal for editors. */
export function AttachmentsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const query = useAttachments(initiativeId);
  const upload = useUploadAttachment(initiativeId);
  const remove = useRemoveAttachment(initiativeId);
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setLocalError(!file ? t('documents.attachments.noFile') : file.size > ATTACHMENT_MAX_BYTES ? t('documents.attachments.tooLarge') : undefined);
    if (!file || file.size > ATTACHMENT_MAX_BYTES) {
      input.current?.focus();
      return;
    }
    setError(null);
    try {
      await upload.mutateAsync(file);
      if (input.current) input.current.value = '';
      announce(t('documents.attachments.uploaded'));
    } catch (failure) {
      setError(failure);
      setAttempt((n) => n + 1);
    }
  };

  const removeOne = async (attachment: TAttachment) => {
    setError(null);
    try {
      await remove.mutateAsync(attachment);
      announce(t('documents.attachments.removed'));
    } catch (failure) {
      setError(failure);
      setAttempt((n) => n + 1);
    }
  };

  return (
    <section aria-labelledby="attachments-heading" className="stack">
      <Heading level={2} data-size="sm" id="attachments-heading">
        {t('documents.attachments.heading')}
      </Heading>
      <Paragraph>{t('documents.attachments.intro')}</Paragraph>
      <ProblemSummary error={error} focusKey={attempt} onReload={() => void query.refetch()} />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <DataTable
          caption={t('documents.attachments.caption')}
          captionHidden
          rows={query.data.items}
          rowKey={(a) => a.id}
          emptyText={t('documents.attachments.empty')}
          columns={[
            { id: 'file', header: t('documents.attachments.file'), isRowHeader: true, cell: (a) => <Link href={attachmentUrl(initiativeId, a.id)} download>{a.fileName}</Link> },
            { id: 'size', header: t('documents.attachments.size'), align: 'end', cell: (a) => t('documents.attachments.kb', { size: formatNumber(Math.max(1, Math.round(a.sizeBytes / 1024))) }) },
            { id: 'by', header: t('documents.attachments.uploadedBy'), cell: (a) => a.uploadedBy },
            { id: 'at', header: t('documents.attachments.uploadedAt'), cell: (a) => formatDateTime(a.createdAt) },
            ...(query.data.canEdit
              ? [{
                  id: 'remove',
                  header: t('risks.list.actions'),
                  cell: (a: TAttachment) => (
                    <Button variant="tertiary" data-size="sm" data-color="danger" disabled={remove.isPending} onClick={() => void removeOne(a)} aria-label={t('documents.attachments.removeNamed', { name: a.fileName })}>
                      {t('documents.attachments.remove')}
                    </Button>
                  ),
                }]
              : []),
          ]}
        />
      )}
      {query.data?.canEdit && (
        <form onSubmit={(event) => void submit(event)} className="stack" noValidate aria-label={t('documents.attachments.heading')}>
          <Field>
            <Label htmlFor="field-file">{t('documents.attachments.choose')}</Label>
            <input
              ref={input}
              id="field-file"
              name="file"
              type="file"
              className="file-input"
              accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv"
              aria-invalid={localError ? true : undefined}
              aria-describedby={localError ? 'field-file-error' : undefined}
            />
            {localError && <ValidationMessage id="field-file-error">{localError}</ValidationMessage>}
          </Field>
          <div className="form-actions">
            <Button type="submit" disabled={upload.isPending}>
              {t('documents.attachments.upload')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
