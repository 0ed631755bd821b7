import type { TForum } from '@domain/meetings.contracts';
import type { ForumMemberRow, ForumRow } from '@server/modules/meetings/forums.repository';

/** A forum with its members (those of `members` that belong to it). */
export function presentForum(row: ForumRow, members: readonly ForumMemberRow[]): TForum {
  const own = members.filter((member) => member.forumId === row.id);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    members: own.map(({ userId, name, isChair }) => ({ userId, name, isChair })),
    chairId: own.find((member) => member.isChair)?.userId ?? null,
    version: row.version,
  };
}
