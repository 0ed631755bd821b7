import type { TAuditEvent } from '@domain/audit.contracts';

/** UTF-8 byte order mark: without it Excel reads å, ä and ö as mojibake. */
export const CSV_BOM = '\uFEFF';
/** Swedish Excel expects semicolons (the comma is the decimal separator). */
const SEPARATOR = ';';
/** RFC 4180 line ending, which Excel also expects. */
const NEWLINE = '\r\n';

const NEEDS_QUOTES = /[";\r\n]/;
/** Cells Excel would run as a formula (CSV injection) unless neutralised. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a text that Excel might run as a formula gets a leading apostrophe, and a text
 * with a separator, quote or line break is quoted with its quotes doubled.
 */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line of cells, ending with CRLF. */
export const csvLine = (cells: ReadonlyArray<string | null | undefined>) => cells.map(csvCell).join(SEPARATOR) + NEWLINE;

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
