import { useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TInitiative } from '@domain/decisions.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { formatDate } from '@web/ui/format';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { CorrectDecisionAction } from '@web/features/decisions/correct-decision';
import { DecisionDetails, decisionHref } from '@web/features/decisions/decision-details';
import { useNeedDecisions } from '@web/features/decisions/decisions.api';
import { RedactInitiativeButton } from '@web/features/correcting/registry-redactions';
import { EditInitiativeForm } from '@web/features/initiatives/edit-initiative';
import { useInitiative } from '@web/features/initiatives/initiatives.api';
import { useInitiativeProcess } from '@web/features/process/process.api';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { initiativeFocusAreasText, initiativeUnitsText } from '@web/features/initiatives/initiative-scope-text';
import { InitiativeProcessSections } from '@web/features/process/initiative-process-sections';
import { TimelineSection } from '@web/features/process/timeline-section';
import { InitiativeBenefitLinks } from '@web/features/benefits/initiative-benefit-links';
import { InitiativeWorkLinks } from '@web/features/initiatives/initiative-work-links';
import '@web/features/assessment/assessment.css';
import '@web/features/initiatives/initiatives.css';
import { InitiativeRegistersSection } from '@web/features/registers/initiative-registers-section';
import { InitiativePilotsSection } from '@web/features/pilots/initiative-pilots-section';
import { InitiativeLibrarySection } from '@web/features/library/share-in-library';

/**
 * The decision that created the initiative, read from its need's decisions; "Rätta beslutet" for
 * those who record decisions. A correction to reject or park withdraws the initiative, so the user
 * is then taken to the need's decisions.
 */
function OriginDecision({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const decisions = useNeedDecisions(initiative.needId);
  if (decisions.isPending) return <LoadingState />;
  if (decisions.isError) return <ErrorState error={decisions.error} onRetry={() => void decisions.refetch()} />;
  const decision = decisions.data.data.items.find((item) => item.id === initiative.decisionId);
  if (!decision) return <Paragraph>{t('initiatives.detail.decisionMissing')}</Paragraph>;
  const action = (
    <CorrectDecisionAction
      decision={decision}
      etag={decisions.data.etag}
      canProceed
      onCorrected={(corrected) => {
        if (!corrected.initiativeId) void navigate(decisionHref(corrected.needId, corrected.id));
      }}
    />
  );
  return <DecisionDetails decision={decision} showInitiativeLink={false} actions={action} />;
}

/**
 * /initiativ/:id: an initiative's facts (form, owner, planned start year, stage) and where it came
 * from — a link to the need and the decision that made it an initiative.
 */
export function InitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInitiative(id);

  const initiative = query.data;
  // The heading is there from the start (with a placeholder while loading), so it can take focus
  // after navigation and keep it when the title arrives.
  return (
    <>
      <Paragraph data-size="sm" className="initiative-back">
        <Link asChild>
          <RouterLink to={paths.initiatives}>{t('initiatives.detail.back')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{initiative?.title ?? t('initiatives.title')}</PageHeading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {initiative && <InitiativeContent initiative={initiative} />}
    </>
  );
}

/**
 * The initiative page as a composition of sections: facts, the process (stages, gate, roles,
 * checklist), where it came from and its timeline. Other features add their sections here.
 */
function InitiativeContent({ initiative }: { initiative: TInitiative }) {
  return (
    <>
      <InitiativeFacts initiative={initiative} />
      <InitiativeProcessSections initiativeId={initiative.id} />
      <InitiativeOrigin initiative={initiative} />
      <InitiativeWorkLinks initiativeId={initiative.id} />
      <InitiativeBenefitLinks initiativeId={initiative.id} />
      <InitiativePilotsSection initiativeId={initiative.id} />
      <InitiativeRegistersSection initiativeId={initiative.id} />
      <InitiativeLibrarySection initiativeId={initiative.id} />
      <TimelineSection initiativeId={initiative.id} />
    </>
  );
}

/**
 * Form, owner, planned years, stage, focus areas and units, and when it was created; for an
 * initiative decided before Digiplan, "Bedöm i efterhand" (the coordinator) leads to its need's
 * assessment; "Ändra" for those who may manage the
 * initiative (the utvecklingsledare and its owner) opens the edit form in their place.
 */
function InitiativeFacts({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const process = useInitiativeProcess(initiative.id);
  const canEdit = process.data?.data.permissions.canManage ?? false;
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  if (editing) {
    return (
      <EditInitiativeForm
        initiative={initiative}
        onDone={() => {
          setEditing(false);
          requestAnimationFrame(() => editButton.current?.focus());
        }}
      />
    );
  }
  return (
    <section aria-labelledby="initiative-facts-heading" className="stack">
      <Heading level={2} data-size="sm" id="initiative-facts-heading">
        {t('initiatives.detail.facts')}
      </Heading>
      {initiative.description && <Paragraph className="initiative-description">{initiative.description}</Paragraph>}
      <dl className="assessment-facts assessment-facts--grid">
        <div>
          <dt>{t('initiatives.form')}</dt>
          <dd>{t(`decisions.forms.${initiative.form}`)}</dd>
        </div>
        <div>
          <dt>{t('initiatives.owner')}</dt>
          <dd>{initiative.ownerName}</dd>
        </div>
        <div>
          <dt>{t('initiatives.startYear')}</dt>
          <dd>{initiative.plannedStartYear}</dd>
        </div>
        {initiative.plannedEndYear !== null && (
          <div>
            <dt>{t('correcting.initiative.endYear')}</dt>
            <dd>{initiative.plannedEndYear}</dd>
          </div>
        )}
        <div>
          <dt>{t('initiatives.stage')}</dt>
          <dd>{stageLabel(initiative.stage)}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.focusAreas')}</dt>
          <dd>{initiativeFocusAreasText(initiative, t)}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.units')}</dt>
          <dd>{initiativeUnitsText(initiative, t)}</dd>
        </div>
        {initiative.preDigiplan && (
          <div>
            <dt>{t('decisions.fields.origin')}</dt>
            <dd>
              {t('decisions.preDigiplan')}: {initiative.preDigiplan.reference}, {formatDate(initiative.preDigiplan.decisionDate)}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('initiatives.detail.createdAt')}</dt>
          <dd>{formatDate(initiative.createdAt)}</dd>
        </div>
      </dl>
      {initiative.preDigiplan && can('assessment:manage') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`${paths.need(initiative.needId)}#bedomning`}>{t('initiatives.detail.assessLater')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <div className="button-row">
        {canEdit && (
          <Button ref={editButton} variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
            {t('correcting.initiative.edit')}
          </Button>
        )}
        <RedactInitiativeButton initiative={initiative} />
      </div>
    </section>
  );
}

/** The need and the decision the initiative came from. */
function InitiativeOrigin({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="initiative-origin-heading" className="stack">
      <Heading level={2} data-size="sm" id="initiative-origin-heading">
        {t('initiatives.detail.origin')}
      </Heading>
      <Paragraph>{t('initiatives.detail.originText')}</Paragraph>
      <ul className="initiative-links">
        <li>
          <Link asChild>
            <RouterLink to={paths.need(initiative.needId)}>{t('initiatives.detail.needLink')}</RouterLink>
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={`${paths.need(initiative.needId)}#beslut`}>{t('initiatives.detail.decisionLink')}</RouterLink>
          </Link>
        </li>
      </ul>
      <OriginDecision initiative={initiative} />
    </section>
  );
}
