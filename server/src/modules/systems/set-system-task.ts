import type { SystemTask, TSystem } from '@domain/systems.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findSystemRow, isMember, updateSystemRow, upsertSystemTask } from '@server/modules/systems/systems.repository';
import { loadSystemView } from '@server/modules/systems/load-system';

/**
 * Assigns a systemförvaltning task to a member and ticks it (or not). The task belongs to the
 * system, so the system's version guards it: If-Match is the system's ETag, and it is bumped.
 */
export async function setSystemTask(
  ctx: Ctx,
  id: string,
  task: SystemTask,
  input: { assigneeUserId: string | null; done: boolean },
  expected: number,
): Promise<TSystem> {
  return inTenant(ctx, async (tx) => {
    const current = await findSystemRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('system');
    if (current.version !== expected) throw staleVersion();
    if (input.assigneeUserId && !(await isMember(tx, ctx, input.assigneeUserId))) {
      throw new AppError('validation_failed', 'The assignee is not a member of the organisation.', [{ path: 'body.assigneeUserId', code: 'not_found' }]);
    }
    const before = (await loadSystemView(tx, ctx, current)).tasks.find((t) => t.task === task);
    await upsertSystemTask(tx, ctx, id, task, input);
    const row = await updateSystemRow(tx, ctx, id, expected, {});
    if (!row) throw staleVersion();
    const view = await loadSystemView(tx, ctx, row);
    const after = view.tasks.find((t) => t.task === task);
    await recordAudit(tx, ctx, { action: 'system.task_updated', entityType: 'system', entityId: id, before, after });
    return view;
  });
}
