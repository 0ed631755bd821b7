import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { INITIATIVE_FORMS, type InitiativeForm } from '@domain/decisions.contracts';
import { STAGES } from '@domain/process';
import type { TChecklistTemplateItem } from '@domain/process.contracts';
import { problemText } from '@web/i18n/error-text';
import { SelectField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { useChangeChecklistTemplates, useChecklistTemplates } from '@web/features/process/process.api';
import '@web/features/admin/admin.css';
import '@web/features/process/process.css';

type TChange = ReturnType<typeof useChangeChecklistTemplates>;

/** Adds an item at the end of one stage's checklist. */
function AddItemForm({ stage, change }: { stage: number; change: TChange }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get('text') ?? '').trim();
    if (!text) {
      setError(t('process.templates.textRequired'));
      return;
    }
    setError(null);
    change.mutate({ kind: 'add', stage, text }, { onSuccess: () => { announce(t('process.templates.added')); form.reset(); } });
  };
  return (
    <form className="list-filters" onSubmit={submit} noValidate>
      <TextField label={t('process.templates.newText', { number: stage })} name="text" id={`template-new-${stage}`} error={error ?? undefined} />
      <div className="list-filters__actions">
        <Button type="submit" variant="secondary">
          {t('process.templates.add')}
        </Button>
      </div>
    </form>
  );
}

/** Changes one item's text in a dialog. */
function EditItemDialog({ item, change, onClose }: { item: TChecklistTemplateItem | null; change: TChange; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!item) return;
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    if (!text) {
      setError(t('process.templates.textRequired'));
      return;
    }
    change.mutate({ kind: 'edit', item, text }, { onSuccess: () => { announce(t('process.templates.saved')); setError(null); onClose(); } });
  };
  return (
    <AdminDialog open={item !== null} heading={t('process.templates.editHeading')} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField label={t('process.templates.editLabel')} name="text" id="template-edit-text" defaultValue={item?.text ?? ''} error={error ?? (change.isError ? problemText(change.error) : undefined)} />
        <div className="button-row">
          <Button type="submit">{t('common.save')}</Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </AdminDialog>
  );
}

/**
 * /administration/checklistor: the administrator's checklists per form and stage, which new
 * initiatives copy: add, change, move up/down and remove items.
 */
export function ChecklistTemplatesPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [form, setForm] = useState<InitiativeForm>('project');
  const templates = useChecklistTemplates(form);
  const change = useChangeChecklistTemplates(form);
  const [editing, setEditing] = useState<TChecklistTemplateItem | null>(null);
  const [removing, setRemoving] = useState<TChecklistTemplateItem | null>(null);

  const move = (item: TChecklistTemplateItem, kind: 'up' | 'down') => change.mutate({ kind, item }, { onSuccess: () => announce(t('process.templates.moved')) });

  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('process.templates.title')}</PageHeading>
      <Paragraph>{t('process.templates.intro')}</Paragraph>
      <SelectField
        label={t('process.templates.form')}
        name="form"
        id="template-form"
        value={form}
        onChange={(event) => setForm(event.target.value as InitiativeForm)}
        options={INITIATIVE_FORMS.map((value) => ({ value, label: t(`decisions.forms.${value}`) }))}
      />
      {change.isError && !editing && <Paragraph data-color="danger">{problemText(change.error)}</Paragraph>}
      {templates.isPending && <LoadingState />}
      {templates.isError && <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.data &&
        STAGES.map((stage) => {
          const items = templates.data.filter((item) => item.stage === stage);
          return (
            <section key={stage} aria-labelledby={`template-stage-${stage}`} className="admin-section stack">
              <Heading level={2} data-size="xs" id={`template-stage-${stage}`}>
                {t('process.templates.stageHeading', { label: stageLabel(stage) })}
              </Heading>
              {items.length === 0 ? (
                <Paragraph data-size="sm">{t('process.templates.empty')}</Paragraph>
              ) : (
                <ol className="template-items">
                  {items.map((item, index) => (
                    <li key={item.id}>
                      <span>{item.text}</span>
                      <span className="button-row">
                        <Button variant="tertiary" data-size="sm" disabled={index === 0} aria-label={t('process.templates.itemActions', { action: t('process.templates.up'), text: item.text })} onClick={() => move(item, 'up')}>
                          {t('process.templates.up')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          disabled={index === items.length - 1}
                          aria-label={t('process.templates.itemActions', { action: t('process.templates.down'), text: item.text })}
                          onClick={() => move(item, 'down')}
                        >
                          {t('process.templates.down')}
                        </Button>
                        <Button variant="tertiary" data-size="sm" aria-label={t('process.templates.itemActions', { action: t('process.templates.edit'), text: item.text })} onClick={() => setEditing(item)}>
                          {t('process.templates.edit')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={t('process.templates.itemActions', { action: t('process.templates.remove'), text: item.text })}
                          onClick={() => setRemoving(item)}
                        >
                          {t('process.templates.remove')}
                        </Button>
                      </span>
                    </li>
                  ))}
                </ol>
              )}
              <AddItemForm stage={stage} change={change} />
            </section>
          );
        })}
      <EditItemDialog item={editing} change={change} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={removing !== null}
        heading={t('process.templates.removeHeading')}
        confirmLabel={t('process.templates.remove')}
        isPending={change.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          change.mutate({ kind: 'remove', item: removing }, { onSuccess: () => { announce(t('process.templates.removed')); setRemoving(null); } })
        }
        fallbackFocus={() => document.getElementById('template-form')}
      >
        {t('process.templates.removeBody', { text: removing?.text ?? '' })}
      </ConfirmDialog>
    </>
  );
}
