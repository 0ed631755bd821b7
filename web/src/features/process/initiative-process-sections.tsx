import { ErrorState, LoadingState } from '@web/ui/states';
import { useInitiativeProcess } from '@web/features/process/process.api';
import { StageStepper } from '@web/features/process/stage-stepper';
import { GatePanel } from '@web/features/process/gate-panel';
import { RolesSection } from '@web/features/process/roles-section';
import { ChecklistSection } from '@web/features/process/checklist-section';
import '@web/features/admin/admin.css';
import '@web/features/process/process.css';

/**
 * The process part of the initiative page: where it is, the next gate, people, checklist. One
 * query feeds them all; the ETag it carries is the initiative's version for If-Match.
 */
export function InitiativeProcessSections({ initiativeId }: { initiativeId: string }) {
  const query = useInitiativeProcess(initiativeId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { data: process, etag } = query.data;
  return (
    <>
      <StageStepper process={process} />
      <GatePanel process={process} etag={etag} />
      <RolesSection process={process} etag={etag} />
      <ChecklistSection process={process} />
    </>
  );
}
