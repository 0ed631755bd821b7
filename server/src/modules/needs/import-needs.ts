import type { TImportPreview, TImportUpload } from '@domain/register-import.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { toPreview } from '@server/platform/spreadsheet/import-preview';
import { readTable } from '@server/platform/spreadsheet/read-table';
import { checkUpload } from '@server/platform/spreadsheet/upload';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findFocusAreaRows } from '@server/modules/organizations/focus-areas.repository';
import { findUnitRows } from '@server/modules/organizations/units.repository';
import { parseNeedRows, type ImportLookups } from '@server/modules/needs/needs-import';

/** Lower-case name → id; a name in use by an active row wins over an archived one with the same name. */
const byName = (rows: ReadonlyArray<{ id: string; name: string; isArchived: boolean }>) =>
  new Map([...rows].sort((a, b) => Number(b.isArchived) - Number(a.isArchived)).map((row) => [row.name.replace(/\s+/g, ' ').trim().toLowerCase(), row.id]));

/** Who may bring a plan in: it creates needs and registers decided initiatives (the coordinator). */
function authorizeImport(ctx: Ctx) {
  authorize(ctx, 'need:edit');
  authorize(ctx, 'initiative:manage');
}

/** Reads an uploaded plan file (checked as hostile first) against the organisation's focus areas and units. */
export async function parseNeedsUpload(ctx: Ctx, upload: TImportUpload) {
  const table = await readTable(checkUpload(upload.contentBase64));
  const lookups: ImportLookups = await inTenantRead(ctx, async (tx) => ({
    focusAreaIdsByName: byName(await findFocusAreaRows(tx, ctx)),
    unitIdsByName: byName(await findUnitRows(tx, ctx)),
  }));
  return parseNeedRows(table, lookups);
}

/** The preview: each row as it will be saved and each row's errors. Nothing is stored. */
export async function previewNeedsImport(ctx: Ctx, upload: TImportUpload): Promise<TImportPreview> {
  authorizeImport(ctx);
  const { fileErrors, rows } = await parseNeedsUpload(ctx, upload);
  return toPreview(fileErrors, rows);
}
