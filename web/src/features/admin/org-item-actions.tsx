import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { isApiError } from '@web/api/api-error';
import { useAnnounce } from '@web/ui/live-region';
import { StatusTag } from '@web/ui/status-tag';
import { adminProblemText } from '@web/features/admin/admin-errors';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { etagOfVersion, useOrgMutations, type TOrgResource } from '@web/features/admin/organization.api';

/** What every list item of administration has: an id, a version and an archive flag. */
export type TArchivable = { id: string; version: number; isArchived: boolean };

/**
 * Archive / bring back a list item in one click, against the version the list showed (If-Match),
 * with the outcome announced. A refusal is kept for the page to show (`error`) next to the list.
 */
export function useArchiveToggle(resource: TOrgResource) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { update } = useOrgMutations<TArchivable, never, { isArchived: boolean }>(resource);
  const [error, setError] = useState<string | null>(null);
  const toggle = (item: TArchivable, name: string) => {
    setError(null);
    const isArchived = !item.isArchived;
    update.mutate(
      { id: item.id, body: { isArchived }, etag: etagOfVersion(item.version) },
      {
        onSuccess: () => announce(t(isArchived ? 'admin.common.archivedNamed' : 'admin.common.restoredNamed', { name })),
        onError: (failure) => setError(isApiError(failure, 'precondition_failed') ? t('admin.common.changedMeanwhile') : adminProblemText(failure)),
      },
    );
  };
  const pendingId = update.isPending ? update.variables.id : null;
  return { toggle, pendingId, error, clearError: () => setError(null) };
}

/** The archive/bring-back button of a row; names its item for screen readers. */
export function ArchiveButton({ item, name, onToggle, isPending }: { item: TArchivable; name: string; onToggle: () => void; isPending: boolean }) {
  const { t } = useTranslation();
  return (
    <Button variant="tertiary" data-size="sm" onClick={onToggle} loading={isPending} aria-disabled={isPending || undefined}>
      {item.isArchived ? t('admin.common.restore') : t('admin.common.archive')}
      <span className="visually-hidden"> {name}</span>
    </Button>
  );
}

/** A refused row action above the list, read out at once. */
export function RowActionError({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert data-color="danger" role="alert" className="row-action-error">
      <Paragraph>{message}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onDismiss}>
        {t('common.close')}
      </Button>
    </Alert>
  );
}

type TDeleteDialogProps = {
  resource: TOrgResource;
  item: TArchivable | null;
  name: string;
  heading: string;
  body: string;
  onClose: () => void;
  /** Archives the item instead when the server says it is in use. */
  onArchiveInstead?: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * "Ta bort …?" with the server's reason when it refuses (in use, has sub-units) and, for an item in
 * use, "Arkivera i stället" — archiving keeps history readable while hiding the item from new use.
 */
export function DeleteItemDialog({ resource, item, name, heading, body, onClose, onArchiveInstead, fallbackFocus }: TDeleteDialogProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { remove } = useOrgMutations(resource);
  const [error, setError] = useState<{ message: string; inUse: boolean } | null>(null);
  const close = () => {
    setError(null);
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={item !== null}
      heading={heading}
      confirmLabel={t('admin.common.delete')}
      isPending={remove.isPending}
      error={error?.message}
      fallbackFocus={fallbackFocus}
      alternative={
        error?.inUse && item && !item.isArchived && onArchiveInstead ? (
          <Button
            variant="secondary"
            onClick={() => {
              onArchiveInstead();
              close();
            }}
          >
            {t('admin.common.archiveInstead')}
            <span className="visually-hidden"> {name}</span>
          </Button>
        ) : undefined
      }
      onClose={close}
      onConfirm={() => {
        if (!item) return;
        remove.mutate(item.id, {
          onSuccess: () => {
            announce(t('admin.common.deletedNamed', { name }));
            close();
          },
          onError: (failure) => setError({ message: adminProblemText(failure), inUse: isApiError(failure) && failure.errors.some((issue) => issue.code === 'in_use') }),
        });
      }}
    >
      {body}
    </ConfirmDialog>
  );
}

/** "Arkiverad" / "Används" for an administration list item; words, not colour alone. */
export function ArchiveStatusTag({ item }: { item: TArchivable }) {
  const { t } = useTranslation();
  return item.isArchived ? <StatusTag tone="warning">{t('admin.common.archived')}</StatusTag> : <StatusTag tone="success">{t('admin.common.inUse')}</StatusTag>;
}

/**
 * The edit / archive / delete buttons of one administration row. Each button names its item for
 * screen readers ("Ändra Hemtjänst"), since the visible text alone repeats on every row.
 */
export function ItemRowActions({ item, name, archive, onEdit, onDelete }: {
  item: TArchivable;
  name: string;
  archive: ReturnType<typeof useArchiveToggle>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <span className="row-actions">
      <Button variant="tertiary" data-size="sm" onClick={onEdit}>
        {t('admin.common.edit')}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <ArchiveButton item={item} name={name} isPending={archive.pendingId === item.id} onToggle={() => archive.toggle(item, name)} />
      <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onDelete}>
        {t('admin.common.delete')}
        <span className="visually-hidden"> {name}</span>
      </Button>
    </span>
  );
}
