import { todayInSweden } from '@domain/decisions.contracts';
import { requirementsFor } from '@domain/security-requirements';
import { recordAudit } from '@server/platform/audit/audit';
import { XLSX_CONTENT_TYPE } from '@server/platform/http/xlsx';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { fileNamePart } from '@server/platform/http/download';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findOrganizationRow } from '@server/modules/organizations/organizations.repository';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findClassifications } from '@server/modules/classification/classification.repository';
import { levelsOf, presentClassification } from '@server/modules/classification/present-classification';
import { readLevelLabels } from '@server/modules/classification/get-level-labels';
import { requirementsDocx, requirementsWorkbook, type RequirementsContent } from '@server/modules/classification/requirements-export';

export type RequirementsFile = { content: Buffer; mediaType: string; fileName: string };

/**
 * The initiative's security requirements as "Krav vid upphandling" (.xlsx or .docx). Needs a
 * classification (409 without one). Audited, since the file leaves Digiplan.
 */
export async function exportRequirements(ctx: Ctx, initiativeId: string, format: 'xlsx' | 'docx'): Promise<RequirementsFile> {
  const content = await inTenant(ctx, async (tx): Promise<RequirementsContent> => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    const [current] = await findClassifications(tx, ctx, { type: 'initiative', id: initiativeId });
    if (!current) throw new AppError('invalid_state', 'Classify the information before exporting requirements.');
    const organization = await findOrganizationRow(tx, ctx);
    const requirements = requirementsFor(levelsOf(current));
    await recordAudit(tx, ctx, { action: 'classification.requirements_exported', entityType: 'initiative', entityId: initiativeId, after: { format, classificationId: current.id, requirementCount: requirements.length } });
    return { organizationName: organization?.name ?? '', initiativeTitle: initiative.title, classification: presentClassification(current), labels: await readLevelLabels(tx, ctx), requirements };
  });
  const base = `Krav-vid-upphandling-${fileNamePart(content.initiativeTitle)}-${todayInSweden()}`;
  return format === 'xlsx'
    ? { content: await requirementsWorkbook(content), mediaType: XLSX_CONTENT_TYPE, fileName: `${base}.xlsx` }
    : { content: await requirementsDocx(content), mediaType: DOCX_CONTENT_TYPE, fileName: `${base}.docx` };
}
