import type { TPlanDocument } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { buildDocx } from '@server/platform/docx/docx-document';
import { fileNamePart } from '@server/platform/http/download';
import { getOrganization } from '@server/modules/organizations/get-organization';
import { findFocusAreas } from '@server/modules/organizations/find-focus-areas';
import { findStrategicGoals } from '@server/modules/organizations/find-strategic-goals';
import { summariseWelfareTech, welfareTechOptions } from '@server/modules/welfare-tech/welfare-tech-overview';
import { findSystems } from '@server/modules/systems/find-systems';
import { getPlan } from '@server/modules/plans/get-plan';
import { getStrategyFrame } from '@server/modules/plans/save-strategy-frame';
import { planDocument } from '@server/modules/plans/plan-document';

/** The plan's document content (for the print view and the .docx), with nuläge as of `asOf` (default today). */
export async function getPlanDocument(ctx: Ctx, planId: string, asOf?: string): Promise<TPlanDocument> {
  const plan = await getPlan(ctx, planId);
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  // The inventory is recorded per as-of date: show the latest one on or before the chosen date.
  const inventoryDate = (await welfareTechOptions(ctx)).asOfDates.find((d) => d <= date) ?? date;
  return planDocument({
    organizationName: (await getOrganization(ctx)).name,
    plan,
    strategy: await getStrategyFrame(ctx),
    focusAreas: await findFocusAreas(ctx),
    goals: await findStrategicGoals(ctx),
    welfareTech: await summariseWelfareTech(ctx, inventoryDate),
    systems: await findSystems(ctx),
  });
}

/** The plan as a Word file (.docx) with a title page; the download is audited. */
export async function exportPlanDocx(ctx: Ctx, planId: string, asOf?: string): Promise<{ body: Buffer; filename: string }> {
  const content = await getPlanDocument(ctx, planId, asOf);
  const body = await buildDocx({ ...content, titlePage: true });
  await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'plan.exported', entityType: 'plan', entityId: planId, after: { format: 'docx' } }));
  return { body, filename: `${fileNamePart(content.title) || 'plan'}.docx` };
}
