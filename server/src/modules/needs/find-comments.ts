import type { TNeedCommentPage } from '@domain/needs.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { presentComment } from '@server/modules/needs/needs.presenter';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { findCommentsPage } from '@server/modules/needs/need-discussion.repository';

type CommentCursor = { createdAt: string; id: string };

const isCommentCursor = (value: unknown): value is CommentCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CommentCursor).createdAt === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test((value as CommentCursor).createdAt) &&
  typeof (value as CommentCursor).id === 'string' &&
  /^[0-9a-f-]{36}$/i.test((value as CommentCursor).id);

/** A need's discussion, oldest first and cursor-paged; 404 for a need of another organisation. */
export async function findComments(ctx: Ctx, needId: string, query: { limit: number; cursor?: string }): Promise<TNeedCommentPage> {
  const after = decodeCursor(query.cursor, isCommentCursor);
  return inTenantRead(ctx, async (tx) => {
    const need = await findNeedRow(tx, ctx, needId);
    if (!need) throw notFound('need');
    authorize(ctx, 'need:read');
    const rows = await findCommentsPage(tx, ctx, needId, { limit: query.limit + 1, after });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(presentComment),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.cursorKey, id: last.id }) : null,
    };
  });
}
