import { calculationToWire, parseCalculationRequest, type TCalculation, type TCalculationInput } from '@domain/cost-benefit.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findCalculation, saveCalculationVersioned, toStored } from '@server/modules/benefits/calculations.repository';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';

/**
 * Saves the whole calculation at once – every line or none (one transaction, one document) – if
 * nobody saved since the client read it. Typed amounts become exact öre here.
 */
export async function saveCalculation(ctx: Ctx, initiativeId: string, input: TCalculationInput, expectedVersion: number): Promise<TCalculation> {
  const parsed = parseCalculationRequest({ ...input, outcome: input.outcome ?? [] });
  if (!parsed.ok) {
    throw new AppError('validation_failed', 'The calculation is not valid.', parsed.issues.map((issue) => ({ path: ['body', ...issue.path].join('.'), code: 'custom', message: issue.message })));
  }
  const labels = Object.fromEntries([...input.costs, ...input.benefits].map((line, i) => [`line${i}`, line.label]));
  assertNoPersonalData(labels);
  return inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    const before = await findCalculation(tx, ctx, initiativeId, { forUpdate: true });
    if ((before?.version ?? 0) !== expectedVersion) throw staleVersion();
    const version = await saveCalculationVersioned(tx, ctx, initiativeId, expectedVersion, parsed.value);
    if (version === null) throw staleVersion();
    await recordAudit(tx, ctx, {
      action: 'benefit_calculation.saved',
      entityType: 'initiative',
      entityId: initiativeId,
      before: before ? toStored(before.calculation) : null,
      after: toStored(parsed.value),
    });
    return calculationToWire(initiativeId, parsed.value, { exists: true, version });
  });
}
