import { useState, type FormEvent } from 'react';
import i18next from 'i18next';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TLibraryChoices, TLibraryEntry } from '@domain/library.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { useDocuments } from '@web/features/documents/documents.api';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ErrorSummary } from '@web/ui/error-summary';
import { TextField } from '@web/ui/form-field';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { problemText } from '@web/i18n/error-text';
import { LibrarySnapshotView } from '@web/features/library/library-snapshot-view';
import { useInitiativeLibraryEntry, usePreviewLibraryEntry, usePublishLibraryEntry, useUpdateLibraryEntry, useWithdrawLibraryEntry } from '@web/features/library/library.api';
import '@web/features/library/library.css';

const PLACES = ['title', 'summary', 'problem', 'expectedBenefit', 'technologies', 'calculation', 'benefits', 'lessons', 'documents', 'contact'] as const;
type TPlace = (typeof PLACES)[number];

/** "Lärdomar 1" for `snapshot.lessons.0.advice`: where in the initiative the coordinator must fix a text. */
function placeOf(path: string): string {
  const [, place, index] = path.split('.');
  const name = PLACES.includes(place as TPlace) ? i18next.t(`library.share.places.${place as TPlace}`) : path;
  return index !== undefined && /^\d+$/.test(index) ? `${name} ${Number(index) + 1}` : name;
}

const emptyChoices: TLibraryChoices = { includeCalculation: true, includeBenefits: true, includeLessons: true, documentIds: [], technologies: [], contact: null };

/**
 * The library on an initiative's page: whether it is shared, and for the coordinator "Dela i
 * biblioteket" (choices → preview of exactly what others will see → publish), "Uppdatera" and
 * "Dra tillbaka".
 */
export function InitiativeLibrarySection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const announce = useAnnounce();
  const query = useInitiativeLibraryEntry(initiativeId);
  const withdraw = useWithdrawLibraryEntry();
  const [dialog, setDialog] = useState<'share' | 'update' | 'withdraw' | null>(null);
  if (!query.data) return null;
  const entry = query.data.entry;
  const canManage = can('initiative:manage');
  if (!entry && !canManage) return null;
  return (
    <section aria-labelledby="initiative-library-heading" className="stack">
      <Heading level={2} data-size="sm" id="initiative-library-heading">
        {t('library.share.heading')}
      </Heading>
      {entry ? (
        <>
          <Paragraph>
            {t('library.share.shared', { date: formatDate(entry.publishedAt) })} {entry.reuseCount !== null && t('library.entry.reuse', { count: entry.reuseCount })}
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={paths.libraryEntry(entry.id)}>{t('library.share.open')}</RouterLink>
            </Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('library.share.notShared')}</Paragraph>
      )}
      {canManage && (
        <div className="library-actions">
          {entry ? (
            <>
              <Button variant="secondary" onClick={() => setDialog('update')}>
                {t('library.share.update')}
              </Button>
              <Button variant="secondary" data-color="danger" onClick={() => setDialog('withdraw')}>
                {t('library.share.withdraw')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setDialog('share')}>
              {t('library.share.share')}
            </Button>
          )}
        </div>
      )}
      <AdminDialog open={dialog === 'share' || dialog === 'update'} heading={dialog === 'update' ? t('library.share.updateHeading') : t('library.share.dialogHeading')} onClose={() => setDialog(null)}>
        {(dialog === 'share' || dialog === 'update') && (
          <ShareForm
            initiativeId={initiativeId}
            entry={dialog === 'update' ? entry : null}
            onDone={(message) => {
              setDialog(null);
              announce(message);
            }}
          />
        )}
      </AdminDialog>
      {entry && (
        <ConfirmDialog
          open={dialog === 'withdraw'}
          heading={t('library.share.withdraw')}
          confirmLabel={t('library.share.withdraw')}
          isPending={withdraw.isPending}
          error={withdraw.isError ? problemText(withdraw.error) : null}
          fallbackFocus={() => document.getElementById('initiative-library-heading')}
          onClose={() => {
            withdraw.reset();
            setDialog(null);
          }}
          onConfirm={() =>
            withdraw.mutate(
              { id: entry.id, version: entry.version },
              {
                onSuccess: () => {
                  setDialog(null);
                  announce(t('library.share.withdrawn'));
                },
              },
            )
          }
        >
          {t('library.share.withdrawConfirm')}
        </ConfirmDialog>
      )}
    </section>
  );
}

function ShareForm({ initiativeId, entry, onDone }: { initiativeId: string; entry: TLibraryEntry | null; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const documents = useDocuments(initiativeId);
  const preview = usePreviewLibraryEntry();
  const publish = usePublishLibraryEntry();
  const update = useUpdateLibraryEntry();
  const start = entry?.choices ?? emptyChoices;
  const [choices, setChoices] = useState<TLibraryChoices>(start);
  const [technologies, setTechnologies] = useState(start.technologies.join(', '));
  const [withContact, setWithContact] = useState(start.contact !== null);
  const [contact, setContact] = useState(start.contact ?? { name: '', email: '', role: '' });

  const current = (): TLibraryChoices => ({
    ...choices,
    technologies: technologies
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    contact: withContact ? contact : null,
  });
  // Any change makes the preview stale: what is published is always what was last previewed.
  const changed = () => preview.reset();

  const submitPreview = (event: FormEvent) => {
    event.preventDefault();
    preview.mutate({ initiativeId, ...current() });
  };
  const confirm = () => {
    const body = current();
    if (entry) update.mutate({ id: entry.id, version: entry.version, choices: body }, { onSuccess: () => onDone(t('library.share.updated')) });
    else publish.mutate({ initiativeId, ...body }, { onSuccess: () => onDone(t('library.share.published')) });
  };
  const toggle = (key: 'includeCalculation' | 'includeBenefits' | 'includeLessons') => (event: { target: { checked: boolean } }) => {
    setChoices((c) => ({ ...c, [key]: event.target.checked }));
    changed();
  };
  const personalNumbers = isApiError(preview.error, 'unprocessable') ? preview.error.errors : [];
  const saveError = publish.error ?? update.error;

  return (
    <div className="stack">
      <form onSubmit={submitPreview} className="stack" noValidate>
        <Paragraph data-size="sm">{t('library.share.always')}</Paragraph>
        <fieldset className="stack">
          <legend>{t('library.share.include')}</legend>
          <Checkbox label={t('library.share.includeCalculation')} checked={choices.includeCalculation} onChange={toggle('includeCalculation')} />
          <Checkbox label={t('library.share.includeBenefits')} checked={choices.includeBenefits} onChange={toggle('includeBenefits')} />
          <Checkbox label={t('library.share.includeLessons')} checked={choices.includeLessons} onChange={toggle('includeLessons')} />
        </fieldset>
        {(documents.data?.items.length ?? 0) > 0 && (
          <CheckboxGroupField
            legend={t('library.share.documents')}
            description={t('library.share.documentsDescription')}
            name="documentIds"
            optional
            options={documents.data!.items.map((d) => ({ value: d.id, label: d.title }))}
            onChange={(event) => {
              const { value, checked } = event.target;
              setChoices((c) => ({ ...c, documentIds: checked ? [...c.documentIds, value] : c.documentIds.filter((id) => id !== value) }));
              changed();
            }}
          />
        )}
        <TextField
          label={t('library.share.technologies')}
          description={t('library.share.technologiesDescription')}
          name="technologies"
          value={technologies}
          onChange={(event) => {
            setTechnologies(event.target.value);
            changed();
          }}
        />
        <Checkbox
          label={t('library.share.contact')}
          checked={withContact}
          onChange={(event) => {
            setWithContact(event.target.checked);
            changed();
          }}
        />
        {withContact && (
          <>
            <TextField label={t('library.share.contactName')} name="contact.name" autoComplete="off" value={contact.name} onChange={(e) => (setContact({ ...contact, name: e.target.value }), changed())} />
            <TextField label={t('library.share.contactEmail')} name="contact.email" type="email" autoComplete="off" value={contact.email} onChange={(e) => (setContact({ ...contact, email: e.target.value }), changed())} />
            <TextField label={t('library.share.contactRole')} name="contact.role" optional value={contact.role} onChange={(e) => (setContact({ ...contact, role: e.target.value }), changed())} />
          </>
        )}
        {personalNumbers.length > 0 ? (
          <ErrorSummary items={[{ message: t('library.share.personalNumberIntro') }, ...personalNumbers.map((issue) => ({ message: t('library.share.personalNumberIn', { place: placeOf(issue.path) }) }))]} />
        ) : (
          preview.isError && <ProblemSummary error={preview.error} onReload={() => preview.reset()} />
        )}
        <div>
          <Button type="submit" variant="secondary" loading={preview.isPending}>
            {t('library.share.preview')}
          </Button>
        </div>
      </form>
      {preview.data && (
        <section aria-labelledby="library-preview-heading" className="stack">
          <Heading level={3} data-size="xs" id="library-preview-heading">
            {t('library.share.previewHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('library.publishedBy', { organization: preview.data.organizationName })}</Paragraph>
          <LibrarySnapshotView snapshot={preview.data.snapshot} level={4} />
          {saveError && <ProblemSummary error={saveError} onReload={() => (publish.reset(), update.reset())} />}
          <div className="library-actions">
            <Button onClick={confirm} loading={publish.isPending || update.isPending}>
              {entry ? t('library.share.saveUpdate') : t('library.share.publish')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
