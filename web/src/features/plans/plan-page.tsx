import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TPlan, TPlanItem } from '@domain/plans.contracts';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { problemText } from '@web/i18n/error-text';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { TextField } from '@web/ui/form-field';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { FixPlanForm } from '@web/features/plans/fix-plan-form';
import { MoveItemForm } from '@web/features/plans/move-item-form';
import { PlanComparison } from '@web/features/plans/plan-comparison';
import { isPlanFixedError, periodText } from '@web/features/plans/plan-form-parts';
import { PlanItemForm } from '@web/features/plans/plan-item-form';
import { statusText, suggestionText } from '@web/features/plans/plan-labels';
import { PlanResources } from '@web/features/plans/plan-resources';
import { PlanSections } from '@web/features/plans/plan-sections';
import { usePlan, usePlanItemMutations, usePlanMutations } from '@web/features/plans/plans.api';
import '@web/features/admin/admin.css';
import '@web/features/plans/plans.css';

/** Which dialog is open, and for which item. */
type TDialog = { kind: 'add' } | { kind: 'edit' | 'move' | 'remove'; item: TPlanItem } | { kind: 'fix' } | null;

/** "Prioritet 2 (förslag 2–3)" and, when the choice departs from the matrix, a visible marker. */
function PriorityCell({ item }: { item: TPlanItem }) {
  const { t } = useTranslation();
  return (
    <>
      {item.priority ? `${t('plans.items.priority')} ${item.priority}` : t('plans.items.noPriority')}
      {item.prioritySuggestion && <span className="muted"> {t('plans.items.suggestion', { suggestion: suggestionText(item.prioritySuggestion) })}</span>}
      {item.departsFromSuggestion && (
        <>
          {' '}
          <StatusTag tone="warning">{t('plans.items.departs')}</StatusTag>
        </>
      )}
    </>
  );
}

/** Ändra / Flytta / Ta bort, each named with the item for screen readers. */
function RowActions({ item, onOpen }: { item: TPlanItem; onOpen: (dialog: TDialog) => void }) {
  const { t } = useTranslation();
  const named = (verb: string) => (
    <>
      {verb}
      <span className="visually-hidden"> {item.title}</span>
    </>
  );
  return (
    <div className="plan-row-actions">
      <Button variant="tertiary" data-size="sm" onClick={() => onOpen({ kind: 'edit', item })}>
        {named(t('plans.items.edit'))}
      </Button>
      <Button variant="tertiary" data-size="sm" onClick={() => onOpen({ kind: 'move', item })}>
        {named(t('plans.items.move'))}
      </Button>
      <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => onOpen({ kind: 'remove', item })}>
        {named(t('plans.items.remove'))}
      </Button>
    </div>
  );
}

/** The head of the plan: period, version, status and, once fixed, when, by which decision and by whom. */
function PlanFacts({ plan }: { plan: TPlan }) {
  const { t } = useTranslation();
  return (
    <dl className="plan-facts" aria-label={t('plans.page.facts')}>
      <div>
        <dt>{t('plans.page.period')}</dt>
        <dd>{periodText(plan)}</dd>
      </div>
      <div>
        <dt>{t('plans.page.version')}</dt>
        <dd>{plan.versionNumber}</dd>
      </div>
      <div>
        <dt>{t('plans.page.status')}</dt>
        <dd>
          <StatusTag tone={plan.status === 'fixed' ? 'success' : 'info'}>{statusText(plan)}</StatusTag>
        </dd>
      </div>
      {plan.status === 'fixed' && (
        <>
          <div>
            <dt>{t('plans.page.decisionReference')}</dt>
            <dd>{plan.decisionReference}</dd>
          </div>
          <div>
            <dt>{t('plans.page.fixedBy')}</dt>
            <dd>{plan.fixedByName}</dd>
          </div>
        </>
      )}
    </dl>
  );
}

/**
 * /plans/:id: one version of the digitalisation plan — its facts and versions, the comparison with
 * another version, the text, the table of changes with their suggestions and costs, and resources
 * per year. A draft is edited here; the förvaltningschef fixes it; a fixed version is frozen and
 * the next one starts as a copy.
 */
export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const query = usePlan(id);
  const { startNewVersion } = usePlanMutations();
  const { remove } = usePlanItemMutations(id);
  const [dialog, setDialog] = useState<TDialog>(null);
  // Nuläge (the welfare-technology inventory) in the document is as of this date; empty = the latest.
  const [asOf, setAsOf] = useState('');
  const asOfQuery = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `?asOf=${asOf}` : '';
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const frozenRef = useRef<HTMLDivElement>(null);
  const justFixed = useRef(false);
  const plan = query.data?.data;

  // After fixing, the buttons that opened the dialog are gone; focus goes to the notice that says
  // the version is now frozen, so keyboard and screen-reader users land on the outcome.
  useEffect(() => {
    if (plan?.status === 'fixed' && justFixed.current) {
      justFixed.current = false;
      window.setTimeout(() => frozenRef.current?.focus(), 50);
    }
  }, [plan?.status]);

  useEffect(() => setCompareWith(null), [id]);

  if (query.isPending) return <LoadingState />;
  if (query.isError || !plan) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const etag = query.data.etag;
  const editable = plan.status === 'draft' && plan.permissions.canEdit;
  const close = () => setDialog(null);

  const onStartNewVersion = () => {
    setStartError(null);
    startNewVersion.mutate(plan.id, {
      onSuccess: ({ data }) => {
        setDialog(null);
        announce(t('plans.page.newVersionStarted', { number: data.versionNumber }));
        void navigate(paths.plan(data.id));
      },
      onError: (error) => setStartError(problemText(error)),
    });
  };

  const columns: TColumn<TPlanItem>[] = [
    { id: 'title', header: t('plans.items.title'), isRowHeader: true, cell: (item) => item.title },
    { id: 'when', header: t('plans.items.when'), cell: (item) => item.timingText },
    { id: 'horizon', header: t('plans.items.horizon'), cell: (item) => t(`plans.horizons.${item.horizon}`) },
    { id: 'priority', header: t('plans.items.priority'), cell: (item) => <PriorityCell item={item} /> },
    { id: 'cost', header: t('plans.items.cost'), cell: (item) => item.costText || '–' },
    { id: 'focusArea', header: t('plans.items.focusArea'), cell: (item) => item.focusAreaName ?? '–' },
    ...(editable ? [{ id: 'actions', header: t('plans.items.actions'), cell: (item: TPlanItem) => <RowActions item={item} onOpen={setDialog} /> }] : []),
  ];
  const compared = plan.versions.find((v) => v.id === compareWith);
  const removing = dialog?.kind === 'remove' ? dialog.item : null;

  return (
    <div className="stack plans">
      <PageHeading>{plan.title}</PageHeading>
      <PlanFacts plan={plan} />
      {plan.status === 'fixed' && (
        <Alert data-color="info" ref={frozenRef} tabIndex={-1} className="conflict-notice">
          <Paragraph>
            {t('plans.page.fixedOn')} {plan.fixedOn}, {plan.decisionReference}. {t('plans.page.frozen')}
          </Paragraph>
        </Alert>
      )}
      <ul className="plan-links">
        <li>
          <Link asChild>
            <RouterLink to={paths.planRoadmap(plan.id)}>{t('plans.page.roadmap')}</RouterLink>
          </Link>
        </li>
        <li>
          <Link href={apiUrl(`/plans/${plan.id}/docx`) + asOfQuery} download aria-describedby="plan-word-hint">
            {t('plans.page.word')}
          </Link>{' '}
          <span id="plan-word-hint" className="muted">
            {t('plans.page.wordHint')}
          </span>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={paths.planPrint(plan.id) + asOfQuery}>{t('plans.page.print')}</RouterLink>
          </Link>
        </li>
      </ul>
      <TextField
        type="date"
        className="form-narrow"
        label={t('plans.page.asOf')}
        description={t('plans.page.asOfHint')}
        optional
        name="asOf"
        value={asOf}
        onChange={(event) => setAsOf(event.currentTarget.value)}
      />
      {(plan.permissions.canFix && plan.status === 'draft') || plan.permissions.canStartNewVersion ? (
        <div className="button-row" role="group" aria-label={t('plans.page.actions')}>
          {plan.permissions.canFix && plan.status === 'draft' && <Button onClick={() => setDialog({ kind: 'fix' })}>{t('plans.page.fix')}</Button>}
          {plan.permissions.canStartNewVersion && (
            <Button variant="secondary" onClick={onStartNewVersion} loading={startNewVersion.isPending}>
              {t('plans.page.startNewVersion')}
            </Button>
          )}
        </div>
      ) : null}
      {startError && (
        <Alert data-color="danger">
          <Paragraph>{startError}</Paragraph>
        </Alert>
      )}

      {plan.versions.length > 1 && (
        <nav aria-labelledby="plan-versions-heading" className="plan-section">
          <Heading level={2} data-size="sm" id="plan-versions-heading">
            {t('plans.page.versions')}
          </Heading>
          <ul className="plan-versions">
            {plan.versions.map((version) => (
              <li key={version.id}>
                {version.id === plan.id ? (
                  <span aria-current="page">
                    {t('plans.page.versionLink', { number: version.versionNumber, status: statusText(version) })} {t('plans.page.current')}
                  </span>
                ) : (
                  <>
                    <Link asChild>
                      <RouterLink to={paths.plan(version.id)}>{t('plans.page.versionLink', { number: version.versionNumber, status: statusText(version) })}</RouterLink>
                    </Link>
                    <Button variant="tertiary" data-size="sm" aria-pressed={compareWith === version.id} onClick={() => setCompareWith(compareWith === version.id ? null : version.id)}>
                      {t('plans.page.compareWith', { number: version.versionNumber })}
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {compared && <PlanComparison planId={plan.id} withId={compared.id} withNumber={compared.versionNumber} onClose={() => setCompareWith(null)} />}

      <PlanSections key={`${plan.id}:${plan.status}`} plan={plan} etag={etag} onStartNewVersion={onStartNewVersion} />

      <section className="stack plan-section" aria-labelledby="plan-items-heading">
        <Heading level={2} data-size="sm" id="plan-items-heading" tabIndex={-1}>
          {t('plans.items.heading')}
        </Heading>
        {editable && (
          <div>
            <Button variant="secondary" onClick={() => setDialog({ kind: 'add' })}>
              {t('plans.items.add')}
            </Button>
          </div>
        )}
        <DataTable caption={t('plans.items.caption')} captionHidden columns={columns} rows={plan.items} rowKey={(item) => item.id} emptyText={t('plans.items.empty')} />
      </section>

      <PlanResources resources={plan.resources} />

      <AdminDialog open={dialog?.kind === 'add' || dialog?.kind === 'edit'} heading={dialog?.kind === 'edit' ? t('plans.form.editHeading', { title: dialog.item.title }) : t('plans.form.addHeading')} onClose={close}>
        {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
          <PlanItemForm plan={plan} item={dialog.kind === 'edit' ? dialog.item : undefined} onDone={close} onStartNewVersion={onStartNewVersion} />
        )}
      </AdminDialog>
      <AdminDialog open={dialog?.kind === 'move'} heading={dialog?.kind === 'move' ? t('plans.move.heading', { title: dialog.item.title }) : ''} onClose={close}>
        {dialog?.kind === 'move' && <MoveItemForm plan={plan} item={dialog.item} onDone={close} onStartNewVersion={onStartNewVersion} />}
      </AdminDialog>
      <AdminDialog open={dialog?.kind === 'fix'} heading={t('plans.fix.heading')} onClose={close}>
        {dialog?.kind === 'fix' && (
          <FixPlanForm
            plan={plan}
            etag={etag}
            onDone={(fixed) => {
              justFixed.current = fixed;
              close();
            }}
          />
        )}
      </AdminDialog>
      <ConfirmDialog
        open={Boolean(removing)}
        heading={removing ? t('plans.items.removeHeading', { title: removing.title }) : ''}
        confirmLabel={t('plans.items.remove')}
        isPending={remove.isPending}
        error={removeError}
        fallbackFocus={() => document.getElementById('plan-items-heading')}
        onClose={() => {
          setRemoveError(null);
          close();
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing, {
            onSuccess: () => {
              announce(t('plans.items.removed', { title: removing.title }));
              close();
            },
            onError: (error) => setRemoveError(isPlanFixedError(error) ? t('plans.page.planFixed') : problemText(error)),
          });
        }}
      >
        {t('plans.items.removeBody')}
      </ConfirmDialog>
    </div>
  );
}
