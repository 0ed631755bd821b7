import { useTranslation } from 'react-i18next';
import type { TLesson } from '@domain/benefit-follow-up.contracts';
import type { TInitiative } from '@domain/decisions.contracts';
import type { TRisk } from '@domain/risks.contracts';
import type { TSupplierDemo } from '@domain/supplier-demos.contracts';
import type { TSystem } from '@domain/systems.contracts';
import { RedactTextButton } from '@web/features/correcting/redact-text';

/** "Maskera personuppgift" in a system's purpose, support routine, owner or administrator. */
export function RedactSystemButton({ system }: { system: TSystem }) {
  const { t } = useTranslation();
  return (
    <RedactTextButton
      kind="system"
      id={system.id}
      heading={t('correcting.redact.systemHeading', { name: system.name })}
      texts={[
        { field: 'purpose', label: t('registers.systems.purpose'), text: system.purpose },
        { field: 'supportRoutine', label: t('registers.systems.supportRoutine'), text: system.supportRoutine },
        { field: 'ownerName', label: t('registers.systems.ownerName'), text: system.ownerName },
        { field: 'administratorName', label: t('registers.systems.administratorName'), text: system.administratorName },
      ]}
    />
  );
}

/** "Maskera personuppgift" in a supplier demo's place or reflection. */
export function RedactSupplierDemoButton({ demo }: { demo: TSupplierDemo }) {
  const { t } = useTranslation();
  return (
    <RedactTextButton
      kind="supplierDemo"
      id={demo.id}
      heading={t('correcting.redact.demoHeading', { title: demo.title })}
      texts={[
        { field: 'place', label: t('registers.demos.place'), text: demo.place },
        { field: 'reflection', label: t('registers.demos.reflection'), text: demo.reflection },
      ]}
    />
  );
}

/** "Maskera personuppgift" in what worked, what did not, or the advice of a lesson. */
export function RedactLessonButton({ lesson }: { lesson: TLesson }) {
  const { t } = useTranslation();
  return (
    <RedactTextButton
      kind="lesson"
      id={lesson.id}
      heading={t('correcting.redact.lessonHeading')}
      texts={[
        { field: 'worked', label: t('benefits.followUp.worked'), text: lesson.worked },
        { field: 'didNotWork', label: t('benefits.followUp.didNotWork'), text: lesson.didNotWork },
        { field: 'advice', label: t('benefits.followUp.advice'), text: lesson.advice },
      ]}
    />
  );
}

/** "Maskera personuppgift" in a risk's description, measures or responsible person (one row of the risk table). */
export function RedactRiskButton({ risk }: { risk: TRisk }) {
  const { t } = useTranslation();
  return (
    <RedactTextButton
      kind="risk"
      id={risk.id}
      heading={t('correcting.redact.riskHeading')}
      label={t('correcting.redact.riskLabel', { text: risk.description })}
      texts={[
        { field: 'description', label: t('risks.list.description'), text: risk.description },
        { field: 'measures', label: t('risks.list.measures'), text: risk.measures },
        { field: 'ownerName', label: t('risks.list.owner'), text: risk.ownerName },
      ]}
    />
  );
}

/** "Maskera personuppgift" in an initiative's description. */
export function RedactInitiativeButton({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  return (
    <RedactTextButton
      kind="initiative"
      id={initiative.id}
      heading={t('correcting.redact.initiativeHeading')}
      texts={[{ field: 'description', label: t('correcting.initiative.description'), text: initiative.description }]}
    />
  );
}
