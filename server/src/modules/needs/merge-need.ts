import type { TMergeNeedRequest } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { staleVersion } from '@server/platform/http/etag';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { notifyUser } from '@server/modules/notifications/notify';
import { canMerge, canReceiveMerge } from '@server/modules/needs/needs.policy';
import { asNeedStatus } from '@server/modules/needs/needs.presenter';
import { bumpNeedVersion, findNeedRow, findNeedView, updateNeedVersioned, type NeedRow, type NeedView } from '@server/modules/needs/needs.repository';
import { moveComments, moveSupporters } from '@server/modules/needs/need-discussion.repository';

/**
 * Merges a duplicate need into the one it repeats: the duplicate becomes `merged` and points at the
 * target, its supporters (and its submitter) now back the target, its comments move there, both
 * needs' versions change, and the duplicate's submitter is told where her need went. If-Match
 * refers to the duplicate. Returns the target need.
 */
export async function mergeNeed(ctx: Ctx, sourceId: string, input: TMergeNeedRequest, expectedVersion: number): Promise<NeedView> {
  return inTenant(ctx, async (tx) => {
    // Lock both rows in id order, so two crossing merges cannot deadlock. Each row is matched to its
    // role by its own id: a missing or foreign target must stay missing, never stand in for the source.
    const locked = new Map<string, NeedRow>();
    for (const id of [...new Set([sourceId, input.targetNeedId])].sort()) {
      const row = await findNeedRow(tx, ctx, id, { forUpdate: true });
      if (row) locked.set(row.id, row);
    }
    const source = locked.get(sourceId);
    const target = locked.get(input.targetNeedId);
    if (!source) throw notFound('need');
    authorize(ctx, 'need:merge');
    if (sourceId === input.targetNeedId) throw new AppError('invalid_state', 'A need cannot be merged into itself.');
    if (!target) throw new AppError('not_found', 'The need to merge into does not exist.', [{ path: 'body.targetNeedId', code: 'not_found' }]);
    if (!canMerge(ctx, { submittedBy: source.submittedBy, status: asNeedStatus(source.status) })) {
      throw new AppError('invalid_state', 'Only a need that is neither merged nor decided can be merged.');
    }
    if (!canReceiveMerge({ submittedBy: target.submittedBy, status: asNeedStatus(target.status) })) {
      throw new AppError('invalid_state', 'The target need has itself been merged; merge into the need it points at.');
    }
    if (source.version !== expectedVersion) throw staleVersion();

    const supportersMoved = await moveSupporters(tx, ctx, source, target);
    const commentsMoved = await moveComments(tx, ctx, source.id, target.id);
    const merged = await updateNeedVersioned(tx, ctx, source.id, expectedVersion, { status: 'merged', mergedIntoId: target.id });
    if (!merged) throw staleVersion();
    await bumpNeedVersion(tx, ctx, target.id);
    await notifyUser(tx, ctx, {
      userId: source.submittedBy,
      kind: 'need_merged',
      needId: source.id,
      params: { targetNumber: target.number, targetTitle: target.title },
    });
    await recordAudit(tx, ctx, {
      action: 'need.merged',
      entityType: 'need',
      entityId: source.id,
      before: { status: source.status, mergedIntoId: source.mergedIntoId, version: source.version },
      after: { status: merged.status, mergedIntoId: target.id, version: merged.version, targetNumber: target.number, supportersMoved, commentsMoved },
    });
    return (await findNeedView(tx, ctx, target.id))!;
  });
}
