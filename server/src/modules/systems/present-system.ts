import type { ClassificationLevels } from '@domain/classification';
import { noticeDate } from '@domain/contract-dates';
import { SYSTEM_TASKS, type SystemLifecycle, type TSystem, type TSystemSummary } from '@domain/systems.contracts';
import type { SystemRow } from '@server/modules/systems/systems.repository';

type Related = {
  units: Array<{ id: string; name: string }>;
  initiatives: Array<{ initiativeId: string; title: string; relation: string }>;
  tasks: Array<{ task: string; assigneeUserId: string | null; assigneeName: string | null; done: boolean }>;
};

/** The fields every view of a system shares. */
function presentFields(row: SystemRow) {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    supplier: row.supplier,
    ownerName: row.ownerName,
    administratorName: row.administratorName,
    supportRoutine: row.supportRoutine,
    contractStart: row.contractStart,
    contractEnd: row.contractEnd,
    noticeMonths: row.noticeMonths,
    yearlyCostOre: row.yearlyCostOre,
    oneOffCostOre: row.oneOffCostOre,
    classification: (row.classification as ClassificationLevels | null) ?? null,
    lifecycle: row.lifecycle as SystemLifecycle,
    version: row.version,
  };
}

/** A row of the system list, with its notice date and how many förvaltning tasks are ticked. */
export function presentSystemSummary(row: SystemRow, tasksDone: number): TSystemSummary {
  return { ...presentFields(row), noticeDate: row.contractEnd ? noticeDate(row.contractEnd, row.noticeMonths) : null, tasksDone };
}

/** One system with its units, initiatives and every förvaltning task (unticked when never set). */
export function presentSystem(row: SystemRow, related: Related): TSystem {
  const stored = new Map(related.tasks.map((task) => [task.task, task]));
  return {
    ...presentFields(row),
    unitIds: related.units.map((unit) => unit.id),
    units: related.units,
    initiativeLinks: related.initiatives.map(({ initiativeId, relation }) => ({ initiativeId, relation: relation as 'introduced' | 'changed' })),
    initiatives: related.initiatives.map((link) => ({ ...link, relation: link.relation as 'introduced' | 'changed' })),
    tasks: SYSTEM_TASKS.map((task) => {
      const row = stored.get(task);
      return { task, assigneeUserId: row?.assigneeUserId ?? null, assigneeName: row?.assigneeName ?? null, done: row?.done ?? false };
    }),
    updatedAt: row.updatedAt.toISOString(),
  };
}
