import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { auditEvents } from '@server/platform/audit/audit.tables';
import type { AuditCriteria } from '@server/modules/audit-log/audit-filter';

/**
 * Position in the log: the event's time as PostgreSQL text with microseconds (a JavaScript Date
 * would round to milliseconds and skip or repeat events at a page boundary) and its id.
 */
export type AuditCursor = { at: string; id: string };

const exactTime = sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * One page of the organisation's audit log, newest first, matching `criteria` and continuing
 * after `cursor`. Read-only: nothing in the application updates or deletes audit events.
 */
export async function findAuditEventRows(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, criteria: AuditCriteria, page: { limit: number; cursor?: AuditCursor }) {
  const conditions: SQL[] = [eq(auditEvents.organizationId, ctx.organizationId)];
  if (criteria.actionPrefix) conditions.push(sql`starts_with(${auditEvents.action}, ${criteria.actionPrefix})`);
  if (criteria.entityId) conditions.push(eq(auditEvents.entityId, criteria.entityId));
  if (criteria.actorId) conditions.push(eq(auditEvents.actorId, criteria.actorId));
  if (criteria.from) conditions.push(gte(auditEvents.occurredAt, criteria.from));
  if (criteria.to) conditions.push(lt(auditEvents.occurredAt, criteria.to));
  if (page.cursor) {
    const at = sql`${page.cursor.at}::timestamptz`;
    conditions.push(or(sql`${auditEvents.occurredAt} < ${at}`, and(sql`${auditEvents.occurredAt} = ${at}`, lt(auditEvents.id, page.cursor.id)))!);
  }
  return tx
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      exactTime,
      actorId: auditEvents.actorId,
      actorName: auditEvents.actorName,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      requestId: auditEvents.requestId,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(page.limit);
}

export type AuditEventRow = Awaited<ReturnType<typeof findAuditEventRows>>[number];
