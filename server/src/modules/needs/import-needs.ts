import type { TImportPreview, TImportUpload } from '@domain/register-import.contracts';
import { v7 as uuidv7 } from 'uuid';
import { recordAuditMany } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { toPreview, valuesOrRefuse } from '@server/platform/spreadsheet/import-preview';
import { readTable } from '@server/platform/spreadsheet/read-table';
import { checkUpload } from '@server/platform/spreadsheet/upload';
import { inTenant, inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { insertNeeds, insertNeedScopes, nextNeedNumber, type NeedScopeIds, type NewNeed } from '@server/modules/needs/needs.repository';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import { registerPreDigiplanInitiativesIn } from '@server/modules/initiatives/register-pre-digiplan-initiative';
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

/**
 * Adds every row of the file in one transaction, or nothing when any row has an error: a need per
 * row (with its Vad, Hur, förslagsställare, startår and estimated cost), and for a decided row an
 * initiative registered as decided before Digiplan (the same use case as the form), each in the
 * audit log. Needs are numbered in the file's order. Every table is written a few hundred rows
 * per statement, the decided rows all at once too (2 000 rows written one by one took over a
 * minute; see docs/PERFORMANCE.md).
 */
export async function importNeeds(ctx: Ctx, upload: TImportUpload): Promise<{ created: number }> {
  authorizeImport(ctx);
  const { fileErrors, rows } = await parseNeedsUpload(ctx, upload);
  const values = valuesOrRefuse(fileErrors, rows);
  return inTenant(ctx, async (tx) => {
    const firstNumber = await nextNeedNumber(tx, ctx);
    const plain: NewNeed[] = [];
    const plainScopes: Array<{ needId: string } & NeedScopeIds> = [];
    const decided: Parameters<typeof registerPreDigiplanInitiativesIn>[2][number][] = [];
    for (const [index, value] of values.entries()) {
      const number = firstNumber + index;
      const extras = { what: value.what, how: value.how, proposedBy: value.proposedBy, costEstimate: value.costEstimate };
      const scope = { focusAreaIds: [...value.focusAreaIds].sort(), unitIds: [...value.unitIds].sort() };
      if (value.status === 'approved') {
        decided.push({
          input: {
            title: value.title,
            problem: value.problem,
            expectedBenefit: value.expectedBenefit,
            form: value.form!,
            ownerName: value.ownerName,
            plannedStartYear: value.plannedStartYear!,
            decisionDate: value.decisionDate!,
            forum: value.forum,
            // A plan's table seldom has a decision reference; the file and row say where the decision is recorded.
            reference: value.reference || `Inläst från ${upload.fileName}, rad ${rows[index]!.rowNumber}`,
            allUnits: value.allUnits,
            ...scope,
          },
          extras: { ...extras, plannedStartYear: value.plannedStartYear, number },
        });
        continue;
      }
      const id = uuidv7();
      plain.push({
        id,
        number,
        title: value.title,
        problem: value.problem,
        expectedBenefit: value.expectedBenefit,
        affectedGroups: [],
        allUnits: value.allUnits,
        submittedBy: ctx.actor.id,
        status: value.status,
        plannedStartYear: value.plannedStartYear,
        ...extras,
      });
      plainScopes.push({ needId: id, ...scope });
    }
    await registerPreDigiplanInitiativesIn(tx, ctx, decided);
    const inserted = await insertNeeds(tx, ctx, plain);
    await insertNeedScopes(tx, ctx, plainScopes);
    await recordAuditMany(
      tx,
      ctx,
      inserted.map((need, i) => {
        const { focusAreaIds, unitIds } = plainScopes[i]!;
        return { action: 'need.imported', entityType: 'need', entityId: need.id, after: { ...needAuditState(need, { focusAreaIds, unitIds }), fileName: upload.fileName } };
      }),
    );
    return { created: values.length };
  });
}
