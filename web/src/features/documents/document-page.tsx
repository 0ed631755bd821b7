import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { DOCUMENT_TEMPLATES, type TemplateField } from '@domain/document-templates';
import type { TInitiative } from '@domain/decisions.contracts';
import type { TDocument } from '@domain/documents.contracts';
import { paths } from '@web/app/paths';
import { ExportLink } from '@web/ui/export-link';
import { formatDate } from '@web/ui/format';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { InitiativeSubpage } from '@web/features/initiatives/initiative-subpage';
import { documentDocxUrl, useDocument, useUpdateDocument } from '@web/features/documents/documents.api';
import { DeleteDocumentButton } from '@web/features/correcting/registry-deletes';
import '@web/features/initiatives/initiative-work.css';

/** /initiativ/:id/dokument/:documentId: one document as a form, saved as draft or completed. */
export function DocumentPage() {
  const { t } = useTranslation();
  return <InitiativeSubpage title={t('documents.title')}>{(initiative) => <DocumentContent initiative={initiative} />}</InitiativeSubpage>;
}

function DocumentContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  const query = useDocument(initiative.id, documentId);
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={paths.initiativeDocuments(initiative.id)}>{t('documents.edit.back')}</RouterLink>
        </Link>
      </Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <DocumentForm key={query.data.data.version} document={query.data.data} etag={query.data.etag} onReload={() => void query.refetch()} />}
      {query.data?.data.canEdit && query.data.data.status === 'draft' && (
        <div className="button-row">
          <DeleteDocumentButton document={query.data.data} />
        </div>
      )}
    </>
  );
}

function FieldInput({ field, value, onChange, disabled }: { field: TemplateField; value: string; onChange: (value: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const common = { label: field.label, description: field.help, name: `fields.${field.key}`, value, disabled, optional: true };
  switch (field.type) {
    case 'textarea':
      return <TextareaField {...common} rows={4} onChange={(e) => onChange(e.target.value)} />;
    case 'choice':
      return <SelectField {...common} placeholder={t('documents.edit.choose')} options={(field.options ?? []).map((o) => ({ value: o, label: o }))} onChange={(e) => onChange(e.target.value)} />;
    case 'date':
      return <TextField {...common} type="date" onChange={(e) => onChange(e.target.value)} />;
    case 'text':
      return <TextField {...common} onChange={(e) => onChange(e.target.value)} />;
  }
}

function DocumentForm({ document, etag, onReload }: { document: TDocument; etag: string | null; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateDocument(document.initiativeId, document.id);
  const template = DOCUMENT_TEMPLATES[document.kind];
  const [fields, setFields] = useState<Record<string, string>>(document.fields);
  const [attempt, setAttempt] = useState(0);

  const save = async (status: 'draft' | 'completed') => {
    try {
      await update.mutateAsync({ body: { fields, status }, etag });
      announce(t('documents.edit.saved'));
      onReload();
    } catch {
      setAttempt((n) => n + 1);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void save(submitter?.value === 'completed' ? 'completed' : 'draft');
  };

  return (
    <form onSubmit={submit} className="stack" noValidate aria-labelledby="document-heading">
      <Heading level={2} data-size="md" id="document-heading">
        {document.title}
      </Heading>
      <Paragraph>{template.intro}</Paragraph>
      {document.status === 'completed' && document.completedAt && <Alert data-color="success">{t('documents.edit.completedNote', { date: formatDate(document.completedAt) })}</Alert>}
      <ExportLink href={documentDocxUrl(document.initiativeId, document.id)} text={t('documents.edit.download')} hint={t('documents.edit.downloadHint')} />
      <ProblemSummary error={update.error} focusKey={attempt} onReload={onReload} />
      {template.fields.map((field) => (
        <FieldInput key={field.key} field={field} value={fields[field.key] ?? ''} disabled={!document.canEdit} onChange={(value) => setFields((f) => ({ ...f, [field.key]: value }))} />
      ))}
      {document.canEdit && (
        <div className="form-actions">
          <Button type="submit" name="status" value="draft" variant={document.status === 'completed' ? 'secondary' : 'primary'} disabled={update.isPending}>
            {document.status === 'completed' ? t('documents.edit.reopen') : t('documents.edit.saveDraft')}
          </Button>
          <Button type="submit" name="status" value="completed" variant={document.status === 'completed' ? 'primary' : 'secondary'} disabled={update.isPending}>
            {t('documents.edit.complete')}
          </Button>
        </div>
      )}
    </form>
  );
}
