import type { TPlan } from '@domain/plans.contracts';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import type { PlanRow } from '@server/modules/plans/plans.repository';

/**
 * Who may do what with a plan version: the coordinator (`plan:edit`) drafts, the förvaltningschef
 * (`plan:fix`) fixes. A fixed version never changes; a new draft version is started from the latest
 * fixed one, and only one draft exists per plan at a time.
 */
export function planPermissions(ctx: Pick<Ctx, 'permissions'>, row: PlanRow, series: readonly PlanRow[]): TPlan['permissions'] {
  const isDraft = row.status === 'draft';
  const latest = series.reduce((top, version) => (version.versionNumber > top ? version.versionNumber : top), 0);
  const hasDraft = series.some((version) => version.status === 'draft');
  return {
    canEdit: isDraft && ctx.permissions.has('plan:edit'),
    canFix: isDraft && ctx.permissions.has('plan:fix'),
    canStartNewVersion: !isDraft && !hasDraft && row.versionNumber === latest && ctx.permissions.has('plan:edit'),
  };
}

/** The 409 for any change to a fixed (fastställd) plan version; the UI explains the code. */
export const planFixed = () =>
  new AppError('invalid_state', 'The plan version is fixed and cannot change. Start a new version to make changes.', [{ path: 'status', code: 'plan_fixed' }]);

/** Refuses a change to a fixed version. */
export function assertDraft(row: PlanRow): void {
  if (row.status !== 'draft') throw planFixed();
}
