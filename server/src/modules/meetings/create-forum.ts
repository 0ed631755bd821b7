import { v7 as uuidv7 } from 'uuid';
import type { TForum, TForumInput } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findForumMemberRows, insertForumRow, replaceForumMembers } from '@server/modules/meetings/forums.repository';
import { checkForumInput } from '@server/modules/meetings/forum-input';
import { presentForum } from '@server/modules/meetings/present-forum';

/** Defines a decision forum with its members and chair. */
export async function createForum(ctx: Ctx, input: TForumInput): Promise<TForum> {
  authorize(ctx, 'meeting:manage');
  return inTenant(ctx, async (tx) => {
    const memberIds = await checkForumInput(tx, ctx, input);
    const row = await insertForumRow(tx, ctx, uuidv7(), { name: input.name, description: input.description });
    await replaceForumMembers(tx, ctx, row.id, memberIds, input.chairId);
    const after = presentForum(row, await findForumMemberRows(tx, ctx, [row.id]));
    await recordAudit(tx, ctx, { action: 'forum.created', entityType: 'forum', entityId: row.id, after });
    return after;
  });
}
