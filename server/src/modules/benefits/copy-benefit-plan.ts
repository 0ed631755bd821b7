import { AppError } from '@server/platform/errors';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findBenefitsOfInitiative, insertBenefit } from '@server/modules/benefits/benefits.repository';
import { findCalculation, saveCalculationVersioned } from '@server/modules/benefits/calculations.repository';
import { requireEditableInitiative, requireInitiative } from '@server/modules/benefits/benefit-access';

/**
 * Starts an initiative's plan from another one's: its benefits (without measurements or
 * verdicts) and its calculation (without outcome). Only into an empty plan, so nothing is
 * overwritten; all or nothing in one transaction.
 */
export async function copyBenefitPlan(ctx: Ctx, initiativeId: string, fromInitiativeId: string): Promise<{ benefitsCopied: number; calculationCopied: boolean }> {
  return inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    await requireInitiative(tx, ctx, fromInitiativeId);
    if (fromInitiativeId === initiativeId) throw new AppError('validation_failed', 'Choose another initiative.', [{ path: 'body.fromInitiativeId', code: 'same_initiative' }]);
    const existing = await findBenefitsOfInitiative(tx, ctx, initiativeId);
    const existingCalc = await findCalculation(tx, ctx, initiativeId, { forUpdate: true });
    if (existing.length > 0 || existingCalc) throw new AppError('conflict', 'The initiative already has a benefit plan or calculation.');
    const source = await findBenefitsOfInitiative(tx, ctx, fromInitiativeId);
    for (const { organizationId: _o, id: _id, initiativeId: _i, decision: _d, decisionNote: _n, version: _v, createdAt: _c, updatedAt: _u, ownerName: _on, ...values } of source) {
      await insertBenefit(tx, ctx, initiativeId, values);
    }
    const sourceCalc = await findCalculation(tx, ctx, fromInitiativeId);
    if (sourceCalc) await saveCalculationVersioned(tx, ctx, initiativeId, 0, { ...sourceCalc.calculation, outcome: [] });
    const result = { benefitsCopied: source.length, calculationCopied: sourceCalc !== undefined };
    await recordAudit(tx, ctx, { action: 'benefit_plan.copied', entityType: 'initiative', entityId: initiativeId, after: { fromInitiativeId, ...result } });
    return result;
  });
}
