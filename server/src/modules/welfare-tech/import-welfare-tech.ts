import { v7 as uuidv7 } from 'uuid';
import type { TImportPreview, TImportResult, TMatchingImportUpload } from '@domain/register-import.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import type { Tx } from '@server/platform/db/database';
import { toPreview, valuesOrRefuse } from '@server/platform/spreadsheet/import-preview';
import { readTable } from '@server/platform/spreadsheet/read-table';
import { checkUpload } from '@server/platform/spreadsheet/upload';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findImportLookups, findWelfareTechOnDates, insertWelfareTechRows, updateWelfareTechRowsForImport } from '@server/modules/welfare-tech/welfare-tech.repository';
import { parseWelfareTechRows } from '@server/modules/welfare-tech/welfare-tech-import';
import { countOutcomes, matchWelfareTechRows, type MatchedRow } from '@server/modules/welfare-tech/match-welfare-tech-rows';

/**
 * Reads an uploaded inventory file (checked as hostile first) against the organisation's names and
 * its saved rows on the file's dates; `lock` holds those rows until the save's transaction ends.
 */
async function parse(tx: Tx, ctx: Ctx, upload: TMatchingImportUpload, lock: boolean) {
  const table = await readTable(checkUpload(upload.contentBase64));
  const { fileErrors, rows } = parseWelfareTechRows(table, await findImportLookups(tx, ctx));
  const dates = [...new Set(rows.flatMap((row) => (row.value ? [row.value.asOf] : [])))];
  const existing = await findWelfareTechOnDates(tx, ctx, dates, lock);
  return { fileErrors, rows: matchWelfareTechRows(rows, existing, upload.existing ?? 'update') };
}

const previewRow = ({ outcome, existingId: _existingId, ...row }: MatchedRow) => (row.value && outcome ? { ...row, outcome } : row);

/** The preview: each row as it will be saved, whether it is new, changed or unchanged, and its errors. Nothing is stored. */
export async function previewWelfareTechImport(ctx: Ctx, upload: TMatchingImportUpload): Promise<TImportPreview> {
  const { fileErrors, rows } = await inTenant(ctx, (tx) => parse(tx, ctx, upload, false));
  return { ...toPreview(fileErrors, rows.map(previewRow)), counts: countOutcomes(rows) };
}

/**
 * Saves the file in one transaction, or nothing when any row has an error: new rows are added,
 * rows matching a saved one (same date, technology and placement) update it, identical rows
 * change nothing – so importing the same export twice leaves the inventory as it was.
 */
export async function importWelfareTech(ctx: Ctx, upload: TMatchingImportUpload): Promise<TImportResult> {
  return inTenant(ctx, async (tx) => {
    const { fileErrors, rows } = await parse(tx, ctx, upload, true);
    valuesOrRefuse(fileErrors, rows);
    const created = rows.filter((row) => row.outcome === 'new').map((row) => ({ id: uuidv7(), ...row.value! }));
    const updated = rows.filter((row) => row.outcome === 'changed').map((row) => ({ id: row.existingId!, ...row.value! }));
    const unchanged = rows.filter((row) => row.outcome === 'unchanged').length;
    await insertWelfareTechRows(tx, ctx, created);
    await updateWelfareTechRowsForImport(tx, ctx, updated);
    await recordAudit(tx, ctx, {
      action: 'welfare_tech.imported',
      entityType: 'welfare_tech',
      after: { fileName: upload.fileName, rowCount: rows.length, created: created.length, updated: updated.length, unchanged, ids: [...created, ...updated].map((item) => item.id) },
    });
    return { created: created.length, updated: updated.length, unchanged };
  });
}
