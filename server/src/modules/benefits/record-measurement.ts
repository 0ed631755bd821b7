import { todayInSweden } from '@domain/decisions.contracts';
import type { TMeasurement } from '@domain/benefits.contracts';
import { parseSvNumber } from '@domain/sv-number';
import type { TFieldIssue } from '@domain/problem';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findBenefit, findMeasurements, insertMeasurement } from '@server/modules/benefits/benefits.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { canRecordMeasurement } from '@server/modules/benefits/benefits.policy';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { presentMeasurement } from '@server/modules/benefits/present-benefit';

/**
 * Records a measurement of a benefit: a value for a quantitative benefit, an assessment comment
 * for a qualitative one. Not dated in the future. The benefit's owner or an editor records it.
 */
export async function recordMeasurement(
  ctx: Ctx,
  initiativeId: string,
  benefitId: string,
  input: { measuredOn: string; value: string | null; comment: string },
): Promise<TMeasurement> {
  return inTenant(ctx, async (tx) => {
    const initiative = await requireInitiative(tx, ctx, initiativeId);
    const benefit = await findBenefit(tx, ctx, initiativeId, benefitId);
    if (!benefit) throw notFound('benefit');
    if (!canRecordMeasurement(ctx, initiative, benefit)) throw new AppError('forbidden', 'Only the owner or an editor records measurements.');
    const issues: TFieldIssue[] = [];
    if (input.measuredOn > todayInSweden()) issues.push({ path: 'body.measuredOn', code: 'in_future', message: 'Datumet får inte vara i framtiden.' });
    const value = input.value === null || input.value.trim() === '' ? null : parseSvNumber(input.value);
    if (value && !value.ok) issues.push({ path: 'body.value', code: value.error });
    if (benefit.kind === 'quantitative' && value === null) issues.push({ path: 'body.value', code: 'required', message: 'Fyll i mätvärdet.' });
    if (benefit.kind === 'qualitative' && !input.comment.trim()) issues.push({ path: 'body.comment', code: 'required', message: 'Beskriv bedömningen.' });
    if (issues.length > 0) throw new AppError('validation_failed', 'The measurement is not valid.', issues);
    assertNoPersonalData({ comment: input.comment });
    const stored = value && value.ok ? value.value : null;
    const id = await insertMeasurement(tx, ctx, { benefitId, measuredOn: input.measuredOn, value: stored, comment: input.comment.trim(), recordedBy: ctx.actor.id });
    await recordAudit(tx, ctx, { action: 'benefit.measured', entityType: 'benefit', entityId: benefitId, after: { measurementId: id, measuredOn: input.measuredOn, value: stored, comment: input.comment.trim() } });
    const created = (await findMeasurements(tx, ctx, [benefitId])).find((m) => m.id === id)!;
    return presentMeasurement(created);
  });
}
