import { Readable } from 'node:stream';
import type { TAuditExportQuery } from '@domain/audit.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findAuditEventRows, type AuditCursor } from '@server/modules/audit-log/audit-log.repository';
import { presentAuditEvent } from '@server/modules/audit-log/audit-log.presenters';
import { toAuditCriteria, type AuditCriteria } from '@server/modules/audit-log/audit-filter';
import { AUDIT_CSV_HEADER, CSV_BOM, auditEventCsvLine } from '@server/modules/audit-log/audit-csv';

/** Rows read per query while streaming: bounded memory however long the log is. */
const EXPORT_PAGE_SIZE = 1000;

async function* csvChunks(ctx: Ctx, criteria: AuditCriteria): AsyncGenerator<string> {
  yield CSV_BOM + AUDIT_CSV_HEADER;
  let cursor: AuditCursor | undefined;
  for (;;) {
    const rows = await inTenant(ctx, (tx) => findAuditEventRows(tx, ctx, criteria, { limit: EXPORT_PAGE_SIZE, cursor }));
    if (rows.length > 0) yield rows.map((row) => auditEventCsvLine(presentAuditEvent(row))).join('');
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE_SIZE || !last) return;
    cursor = { at: last.exactTime, id: last.id };
  }
}

/**
 * Exports the filtered audit log as CSV for Swedish Excel (UTF-8 with BOM, semicolons), newest
 * first, streamed page by page. Exports are themselves audited — who exported what, and when —
 * before the first byte leaves, so an export can never go unrecorded.
 */
export async function exportAuditLog(ctx: Ctx, query: TAuditExportQuery): Promise<Readable> {
  const { format, ...filter } = query;
  await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'audit.exported', entityType: 'audit_log', after: { format, filter } }));
  return Readable.from(csvChunks(ctx, toAuditCriteria(filter)));
}
