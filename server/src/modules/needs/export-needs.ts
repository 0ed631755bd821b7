import { todayInSweden } from '@domain/decisions.contracts';
import type { TNeedExportQuery } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { EXPORT_ROW_LIMIT } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findNeedsForExport } from '@server/modules/needs/needs-export.repository';
import { buildNeedsWorkbook } from '@server/modules/needs/needs-workbook';

/** A finished export: the workbook and the file name to offer. */
export type NeedsExport = { workbook: Buffer; filename: string; rowCount: number };

/**
 * The needs list, with the list's filters, as an Excel file (at most 10 000 needs). Taking data
 * out of Digiplan is recorded in the audit log in the same transaction as the read, with the
 * filters and the number of rows, so who exported what can be answered later.
 */
export async function exportNeeds(ctx: Ctx, query: TNeedExportQuery): Promise<NeedsExport> {
  authorize(ctx, 'need:read');
  const rows = await inTenant(ctx, async (tx) => {
    const found = await findNeedsForExport(tx, ctx, query, EXPORT_ROW_LIMIT + 1);
    const kept = found.slice(0, EXPORT_ROW_LIMIT);
    await recordAudit(tx, ctx, {
      action: 'need.exported',
      entityType: 'need',
      after: { filters: query, rowCount: kept.length, truncated: found.length > EXPORT_ROW_LIMIT },
    });
    return kept;
  });
  return { workbook: await buildNeedsWorkbook(rows), filename: `behov-${todayInSweden()}.xlsx`, rowCount: rows.length };
}
