import type { TAuditEvent } from '@domain/audit.contracts';
import { csvLine } from '@server/platform/http/csv';

/** The platform's one CSV writer (BOM, semicolons, formula neutralisation); re-exported for the audit tests. */
export { CSV_BOM, csvCell, csvLine } from '@server/platform/http/csv';

/** The column headings of the audit log export, in Swedish for the people who open it. */
export const AUDIT_CSV_HEADER = csvLine([
  'Tidpunkt (UTC)',
  'Utförd av',
  'Användar-id',
  'Händelse',
  'Objekttyp',
  'Objekt-id',
  'Före',
  'Efter',
  'Begäran-id',
  'IP-adress',
]);

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** An audit event as one CSV line, before/after as JSON. */
export function auditEventCsvLine(event: TAuditEvent): string {
  return csvLine([
    event.occurredAt,
    event.actorName,
    event.actorId,
    event.action,
    event.entityType,
    event.entityId,
    json(event.before),
    json(event.after),
    event.requestId,
    event.ip,
  ]);
}
