import { z } from 'zod';
import { ZIsoDate, ZIsoDateTimeWithOffset } from '@domain/iso-date';
import { ZPageQuery } from '@domain/paging';

/** A date (`2026-03-01`, midnight UTC) or a date-time with offset (`2026-03-01T08:00:00+01:00`). */
const ZInstant = z.union([ZIsoDate, ZIsoDateTimeWithOffset]);

/**
 * Filters of the audit log. `action` matches a prefix (`member.` finds every member change);
 * `from` is inclusive, `to` exclusive — except that a bare date as `to` includes that whole day.
 */
export const ZAuditFilter = z.object({
  action: z.string().trim().min(1).max(100).optional(),
  entityId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  from: ZInstant.optional(),
  to: ZInstant.optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export const ZAuditEventQuery = ZPageQuery.extend(ZAuditFilter.shape);
export type TAuditEventQuery = z.infer<typeof ZAuditEventQuery>;

export const AUDIT_EXPORT_FORMATS = ['csv'] as const;

export const ZAuditExportQuery = ZAuditFilter.extend({ format: z.enum(AUDIT_EXPORT_FORMATS).default('csv') });
export type TAuditExportQuery = z.infer<typeof ZAuditExportQuery>;

/** One entry of the granskningslogg: who, when, what, and the object before and after. */
export const ZAuditEvent = z
  .object({
    id: z.uuid(),
    occurredAt: z.iso.datetime(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entityType: z.string().nullable(),
    entityId: z.uuid().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditEventPage = z
  .object({ items: z.array(ZAuditEvent), nextCursor: z.string().nullable() })
  .meta({ id: 'AuditEventPage' });
export type TAuditEventPage = z.infer<typeof ZAuditEventPage>;
