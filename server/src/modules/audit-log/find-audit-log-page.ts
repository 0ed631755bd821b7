import type { TAuditEventPage, TAuditEventQuery } from '@domain/audit.contracts';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAuditEventRows, type AuditCursor } from '@server/modules/audit-log/audit-log.repository';
import { presentAuditEvent } from '@server/modules/audit-log/audit-log.presenters';
import { toAuditCriteria } from '@server/modules/audit-log/audit-filter';

const isAuditCursor = (value: unknown): value is AuditCursor =>
  typeof value === 'object' &&
  value !== null &&
  'at' in value &&
  'id' in value &&
  typeof value.at === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value.at) &&
  typeof value.id === 'string' &&
  /^[0-9a-f-]{36}$/i.test(value.id);

/** One page of the organisation's granskningslogg, newest first, for the administrator. */
export async function findAuditLogPage(ctx: Ctx, query: TAuditEventQuery): Promise<TAuditEventPage> {
  const cursor = decodeCursor(query.cursor, isAuditCursor);
  const rows = await inTenantRead(ctx, (tx) => findAuditEventRows(tx, ctx, toAuditCriteria(query), { limit: query.limit + 1, cursor }));
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ at: last.exactTime, id: last.id }) : null;
  return { items: items.map(presentAuditEvent), nextCursor };
}
