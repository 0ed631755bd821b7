import type { TInitiativeListQuery, TInitiativePage } from '@domain/decisions.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { findInitiativePage, findInitiativeScopes, type InitiativeCursor } from '@server/modules/initiatives/initiatives.repository';
import { presentInitiative } from '@server/modules/initiatives/present-initiative';
import { findPreDigiplanDecisions } from '@server/modules/decisions/decisions.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isCursor(value: unknown): value is InitiativeCursor {
  if (typeof value !== 'object' || value === null) return false;
  const { c, id } = value as Record<string, unknown>;
  return typeof c === 'string' && !Number.isNaN(Date.parse(c)) && typeof id === 'string' && UUID.test(id);
}

/** The organisation's initiatives, newest first, one cursor page at a time. */
export async function findInitiatives(ctx: Ctx, query: TInitiativeListQuery): Promise<TInitiativePage> {
  authorize(ctx, 'initiative:read');
  const cursor = decodeCursor(query.cursor, isCursor);
  const [rows, preDigiplan, scopes] = await inTenantRead(ctx, async (tx) => {
    const page = await findInitiativePage(tx, ctx, { form: query.form, cursor, limit: query.limit + 1 });
    return [page, await findPreDigiplanDecisions(tx, ctx, page.map((row) => row.decisionId)), await findInitiativeScopes(tx, ctx, page.map((row) => row.needId))] as const;
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), id: last.id }) : null;
  return { items: items.map((item) => presentInitiative(item, preDigiplan.get(item.decisionId) ?? null, scopes.get(item.needId))), nextCursor };
}
