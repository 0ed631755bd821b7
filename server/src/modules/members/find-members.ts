import type { TMemberPage, TMemberQuery } from '@domain/members.contracts';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findMemberRows, type MemberCursor } from '@server/modules/members/members.repository';
import { presentMember } from '@server/modules/members/members.presenters';

const isMemberCursor = (value: unknown): value is MemberCursor =>
  typeof value === 'object' && value !== null && 'name' in value && 'id' in value && typeof value.name === 'string' && typeof value.id === 'string';

/** One page of the organisation's members by name, for the administrator's user list. */
export async function findMembers(ctx: Ctx, query: TMemberQuery): Promise<TMemberPage> {
  const cursor = decodeCursor(query.cursor, isMemberCursor);
  const rows = await inTenantRead(ctx, (tx) => findMemberRows(tx, ctx, { limit: query.limit + 1, cursor, q: query.q || undefined }));
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ name: last.sortName, id: last.id }) : null;
  return { items: items.map(presentMember), nextCursor };
}
