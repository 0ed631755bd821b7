import type { TAuditEvent } from '@domain/audit.contracts';
import type { AuditEventRow } from '@server/modules/audit-log/audit-log.repository';

/** An audit event as the API shows it to the administrator. */
export const presentAuditEvent = (row: AuditEventRow): TAuditEvent => ({
  id: row.id,
  occurredAt: row.occurredAt.toISOString(),
  actorId: row.actorId,
  actorName: row.actorName,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  before: row.before,
  after: row.after,
  requestId: row.requestId,
  ip: row.ip,
});
