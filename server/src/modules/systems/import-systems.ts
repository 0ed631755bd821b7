import { v7 as uuidv7 } from 'uuid';
import type { TImportPreview, TImportUpload } from '@domain/register-import.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { toPreview, valuesOrRefuse } from '@server/platform/spreadsheet/import-preview';
import { readTable } from '@server/platform/spreadsheet/read-table';
import { checkUpload } from '@server/platform/spreadsheet/upload';
import { inTenant, inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findSystemRows, findUnitIdsByName, insertSystemRow, replaceSystemUnits } from '@server/modules/systems/systems.repository';
import { systemValues } from '@server/modules/systems/system-references';
import { parseSystemRows } from '@server/modules/systems/systems-import';

/**
 * Reads an uploaded system list (checked as hostile first); a name already in the list is an error,
 * and so is a unit the organisation does not have.
 */
async function parse(ctx: Ctx, upload: TImportUpload) {
  const table = await readTable(checkUpload(upload.contentBase64));
  const { names, unitIdsByName } = await inTenantRead(ctx, async (tx) => ({
    names: new Set((await findSystemRows(tx, ctx)).map((row) => row.name.toLowerCase())),
    unitIdsByName: await findUnitIdsByName(tx, ctx),
  }));
  return parseSystemRows(table, names, unitIdsByName);
}

/** The preview: each row as it will be saved and each row's errors. Nothing is stored. */
export async function previewSystemImport(ctx: Ctx, upload: TImportUpload): Promise<TImportPreview> {
  const { fileErrors, rows } = await parse(ctx, upload);
  return toPreview(fileErrors, rows);
}

/** Adds every system of the file in one transaction, or none when any row has an error. */
export async function importSystems(ctx: Ctx, upload: TImportUpload): Promise<{ created: number }> {
  const { fileErrors, rows } = await parse(ctx, upload);
  const values = valuesOrRefuse(fileErrors, rows);
  return inTenant(ctx, async (tx) => {
    const ids: string[] = [];
    for (const value of values) {
      const { id } = await insertSystemRow(tx, ctx, uuidv7(), systemValues(value));
      await replaceSystemUnits(tx, ctx, id, value.unitIds);
      ids.push(id);
    }
    await recordAudit(tx, ctx, { action: 'system.imported', entityType: 'system', after: { fileName: upload.fileName, rowCount: ids.length, ids } });
    return { created: ids.length };
  });
}
