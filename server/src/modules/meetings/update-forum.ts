import type { TForum, TForumInput } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findForumMemberRows, findForumRow, replaceForumMembers, updateForumRow } from '@server/modules/meetings/forums.repository';
import { checkForumInput } from '@server/modules/meetings/forum-input';
import { presentForum } from '@server/modules/meetings/present-forum';

/** Renames a forum or changes its members and chair, if nobody saved since it was read (If-Match). */
export async function updateForum(ctx: Ctx, id: string, input: TForumInput, expected: number): Promise<TForum> {
  return inTenant(ctx, async (tx) => {
    const current = await findForumRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('forum');
    authorize(ctx, 'meeting:manage');
    if (current.version !== expected) throw staleVersion();
    const memberIds = await checkForumInput(tx, ctx, input, id);
    const before = presentForum(current, await findForumMemberRows(tx, ctx, [id]));
    const row = await updateForumRow(tx, ctx, id, expected, { name: input.name, description: input.description });
    if (!row) throw staleVersion();
    await replaceForumMembers(tx, ctx, id, memberIds, input.chairId);
    const after = presentForum(row, await findForumMemberRows(tx, ctx, [id]));
    await recordAudit(tx, ctx, { action: 'forum.updated', entityType: 'forum', entityId: id, before, after });
    return after;
  });
}
