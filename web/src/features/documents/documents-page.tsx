import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { DOCUMENT_KINDS, type DocumentKind } from '@domain/gate-facts';
import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import type { TInitiative } from '@domain/decisions.contracts';
import type { TDocumentSummary } from '@domain/documents.contracts';
import { paths } from '@web/app/paths';
import { DataTable } from '@web/ui/data-table';
import { formatDateTime } from '@web/ui/format';
import { SelectField } from '@web/ui/form-field';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { InitiativeSubpage } from '@web/features/initiatives/initiative-subpage';
import { AttachmentsSection } from '@web/features/documents/attachments-section';
import { documentDocxUrl, useCreateDocument, useDocuments } from '@web/features/documents/documents.api';
import '@web/features/initiatives/initiative-work.css';

/** /initiativ/:id/dokument: the initiative's documents, starting a new one, and the attachments. */
export function DocumentsPage() {
  const { t } = useTranslation();
  return <InitiativeSubpage title={t('documents.title')}>{(initiative) => <DocumentsContent initiative={initiative} />}</InitiativeSubpage>;
}

function DocumentsContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const query = useDocuments(initiative.id);
  return (
    <>
      <Paragraph>{t('documents.intro')}</Paragraph>
      <section aria-labelledby="documents-heading" className="stack">
        <Heading level={2} data-size="sm" id="documents-heading">
          {t('documents.list.heading')}
        </Heading>
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && (
          <DataTable<TDocumentSummary>
            caption={t('documents.list.caption')}
            captionHidden
            rows={query.data.items}
            rowKey={(d) => d.id}
            emptyText={t('documents.list.empty')}
            columns={[
              {
                id: 'title',
                header: t('documents.list.document'),
                isRowHeader: true,
                cell: (d) => (
                  <Link asChild>
                    <RouterLink to={paths.initiativeDocument(initiative.id, d.id)}>{d.title}</RouterLink>
                  </Link>
                ),
              },
              { id: 'status', header: t('documents.list.status'), cell: (d) => t(`documents.status.${d.status}`) },
              { id: 'updated', header: t('documents.list.updated'), cell: (d) => `${formatDateTime(d.updatedAt)}, ${d.updatedBy}` },
              {
                id: 'docx',
                header: t('documents.list.download'),
                cell: (d) => (
                  <Link href={documentDocxUrl(initiative.id, d.id)} download aria-label={t('documents.list.downloadNamed', { title: d.title })}>
                    .docx
                  </Link>
                ),
              },
            ]}
          />
        )}
      </section>
      {query.data?.canEdit && <CreateDocument initiativeId={initiative.id} existing={query.data.items} />}
      <AttachmentsSection initiativeId={initiative.id} />
    </>
  );
}

/** Starts a document of a chosen kind (kinds that exist once are offered only while missing). */
function CreateDocument({ initiativeId, existing }: { initiativeId: string; existing: TDocumentSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDocument(initiativeId);
  const [kind, setKind] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const available = DOCUMENT_KINDS.filter((k) => DOCUMENT_TEMPLATES[k].many || !existing.some((d) => d.kind === k));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind) {
      setError(t('fieldIssue.required'));
      document.getElementById('field-kind')?.focus();
      return;
    }
    setError(undefined);
    try {
      const document = await create.mutateAsync(kind as DocumentKind);
      await navigate(paths.initiativeDocument(initiativeId, document.id));
    } catch {
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" noValidate aria-labelledby="create-document-heading">
      <Heading level={2} data-size="sm" id="create-document-heading">
        {t('documents.create.heading')}
      </Heading>
      <ProblemSummary error={create.error} focusKey={attempt} onReload={() => undefined} />
      <SelectField
        label={t('documents.create.kind')}
        description={t('documents.create.kindHint')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        error={error}
        placeholder={t('documents.create.choose')}
        options={available.map((k) => ({ value: k, label: DOCUMENT_TEMPLATES[k].title }))}
      />
      <div className="form-actions">
        <Button type="submit" disabled={create.isPending}>
          {t('documents.create.submit')}
        </Button>
      </div>
    </form>
  );
}
