import { v7 as uuidv7 } from 'uuid';
import type { TImportPreview, TImportUpload } from '@domain/register-import.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { toPreview, valuesOrRefuse } from '@server/platform/spreadsheet/import-preview';
import { readTable } from '@server/platform/spreadsheet/read-table';
import { checkUpload } from '@server/platform/spreadsheet/upload';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findImportLookups, insertWelfareTechRows } from '@server/modules/welfare-tech/welfare-tech.repository';
import { parseWelfareTechRows } from '@server/modules/welfare-tech/welfare-tech-import';

/** Reads an uploaded inventory file (the file is checked as hostile first) against the organisation's names. */
async function parse(ctx: Ctx, upload: TImportUpload) {
  const table = await readTable(checkUpload(upload.contentBase64));
  const lookups = await inTenant(ctx, (tx) => findImportLookups(tx, ctx));
  return parseWelfareTechRows(table, lookups);
}

/** The preview: each row as it will be saved and each row's errors. Nothing is stored. */
export async function previewWelfareTechImport(ctx: Ctx, upload: TImportUpload): Promise<TImportPreview> {
  const { fileErrors, rows } = await parse(ctx, upload);
  return toPreview(fileErrors, rows);
}

/** Saves every row of the file in one transaction, or nothing when any row has an error. */
export async function importWelfareTech(ctx: Ctx, upload: TImportUpload): Promise<{ created: number }> {
  const { fileErrors, rows } = await parse(ctx, upload);
  const values = valuesOrRefuse(fileErrors, rows);
  return inTenant(ctx, async (tx) => {
    const items = values.map((value) => ({ id: uuidv7(), ...value }));
    await insertWelfareTechRows(tx, ctx, items);
    await recordAudit(tx, ctx, {
      action: 'welfare_tech.imported',
      entityType: 'welfare_tech',
      after: { fileName: upload.fileName, rowCount: items.length, ids: items.map((item) => item.id) },
    });
    return { created: items.length };
  });
}
