import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TLesson } from '@domain/benefit-follow-up.contracts';
import type { TDocument } from '@domain/documents.contracts';
import type { TSupplierDemo } from '@domain/supplier-demos.contracts';
import type { TSystem } from '@domain/systems.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { useDeleteLesson } from '@web/features/benefits/benefits.api';
import { useDeleteDocument } from '@web/features/documents/documents.api';
import { useDeleteSupplierDemo, useDeleteSystem } from '@web/features/registers/registers.api';
import { DeleteRecordButton } from '@web/features/correcting/delete-record';

const SYSTEM_DEPENDANTS = ['integrations', 'welfareTech', 'initiatives'] as const;

/** "Ta bort systemet" (register:manage); a 409 names, in the dialog, the records that use the system. */
export function DeleteSystemButton({ system }: { system: TSystem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteSystem();
  const refusal = (error: unknown) => {
    if (!isApiError(error, 'conflict') || error.errors.length === 0) return null;
    const list = error.errors.map((issue) => {
      const kind = (SYSTEM_DEPENDANTS as readonly string[]).includes(issue.path) ? t(`correcting.delete.dependant.${issue.path as (typeof SYSTEM_DEPENDANTS)[number]}`) : issue.path;
      return `${kind} (${issue.message})`;
    });
    return t('correcting.delete.systemDependants', { list: list.join('; ') });
  };
  return (
    <DeleteRecordButton
      label={t('correcting.delete.system.button')}
      heading={t('correcting.delete.system.heading', { name: system.name })}
      confirmLabel={t('correcting.delete.system.confirm')}
      deletedText={t('correcting.delete.system.deleted', { name: system.name })}
      remove={() => remove.mutateAsync(system.id)}
      refusal={refusal}
      onDeleted={() => void navigate(paths.systems)}
    >
      {t('correcting.delete.system.body')}
    </DeleteRecordButton>
  );
}

/** "Ta bort visningen" (register:manage), back to the list of demos once it is gone. */
export function DeleteSupplierDemoButton({ demo }: { demo: TSupplierDemo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteSupplierDemo();
  return (
    <DeleteRecordButton
      label={t('correcting.delete.demo.button')}
      heading={t('correcting.delete.demo.heading', { title: demo.title })}
      confirmLabel={t('correcting.delete.demo.confirm')}
      deletedText={t('correcting.delete.demo.deleted', { title: demo.title })}
      remove={() => remove.mutateAsync(demo.id)}
      onDeleted={() => void navigate(paths.supplierDemos)}
    >
      {t('correcting.delete.demo.body')}
    </DeleteRecordButton>
  );
}

/** "Ta bort lärdomen" on one lesson of an initiative; focus goes to the lessons' heading after. */
export function DeleteLessonButton({ lesson, focusAfter }: { lesson: TLesson; focusAfter: string }) {
  const { t } = useTranslation();
  const remove = useDeleteLesson(lesson.initiativeId);
  return (
    <DeleteRecordButton
      label={t('correcting.delete.lesson.button')}
      heading={t('correcting.delete.lesson.heading')}
      confirmLabel={t('correcting.delete.lesson.confirm')}
      deletedText={t('correcting.delete.lesson.deleted')}
      remove={() => remove.mutateAsync(lesson.id)}
      onDeleted={() => undefined}
      fallbackFocus={() => document.getElementById(focusAfter)}
    >
      {t('correcting.delete.lesson.body')}
    </DeleteRecordButton>
  );
}

/** "Ta bort utkastet" on a document draft; a completed document is refused by the server (409). */
export function DeleteDocumentButton({ document: draft }: { document: TDocument }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteDocument(draft.initiativeId);
  return (
    <DeleteRecordButton
      label={t('correcting.delete.document.button')}
      heading={t('correcting.delete.document.heading', { title: draft.title })}
      confirmLabel={t('correcting.delete.document.confirm')}
      deletedText={t('correcting.delete.document.deleted', { title: draft.title })}
      remove={() => remove.mutateAsync(draft.id)}
      refusal={(error) => (isApiError(error, 'conflict') ? t('correcting.delete.document.completed') : null)}
      onDeleted={() => void navigate(paths.initiativeDocuments(draft.initiativeId))}
    >
      {t('correcting.delete.document.body')}
    </DeleteRecordButton>
  );
}
