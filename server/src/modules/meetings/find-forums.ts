import type { TForum } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findForumMemberRows, findForumRow, findForumRows, findMemberCandidates } from '@server/modules/meetings/forums.repository';
import { presentForum } from '@server/modules/meetings/present-forum';

/** The organisation's forums by name, each with its members; every member may read them. */
export async function findForums(ctx: Ctx): Promise<TForum[]> {
  authorize(ctx, 'decision:read');
  return inTenantRead(ctx, async (tx) => {
    const rows = await findForumRows(tx, ctx);
    const members = await findForumMemberRows(tx, ctx, rows.map((row) => row.id));
    return rows.map((row) => presentForum(row, members));
  });
}

export async function getForum(ctx: Ctx, id: string): Promise<TForum> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findForumRow(tx, ctx, id);
    if (!row) throw notFound('forum');
    authorize(ctx, 'decision:read');
    return presentForum(row, await findForumMemberRows(tx, ctx, [id]));
  });
}

/** Who can be made a member of a forum: the organisation's active members. */
export async function findForumMemberCandidates(ctx: Ctx): Promise<{ items: { id: string; name: string }[] }> {
  authorize(ctx, 'meeting:manage');
  return inTenantRead(ctx, async (tx) => ({ items: await findMemberCandidates(tx, ctx) }));
}
