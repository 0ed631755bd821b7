import type { TAuditEventPage, TAuditEventQuery } from '@domain/audit.contracts';
import { decodeCursor, encodeCursor, isTimeCursor } from '@server/platform/http/cursor';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAuditEventRows } from '@server/modules/audit-log/audit-log.repository';
import { presentAuditEvent } from '@server/modules/audit-log/audit-log.presenters';
import { toAuditCriteria } from '@server/modules/audit-log/audit-filter';

/** One page of the organisation's granskningslogg, newest first, for the administrator. */
export async function findAuditLogPage(ctx: Ctx, query: TAuditEventQuery): Promise<TAuditEventPage> {
  const cursor = decodeCursor(query.cursor, isTimeCursor);
  const rows = await inTenantRead(ctx, (tx) => findAuditEventRows(tx, ctx, toAuditCriteria(query), { limit: query.limit + 1, cursor }));
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ at: last.exactTime, id: last.id }) : null;
  return { items: items.map(presentAuditEvent), nextCursor };
}
