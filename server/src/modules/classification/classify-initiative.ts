import type { TClassificationInput, TClassificationView } from '@domain/information-classification.contracts';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { classifySubject } from '@server/modules/classification/classify-subject';

/** Classifies the information the initiative will handle (KLASSA-style, 002 §7.7). */
export async function classifyInitiative(ctx: Ctx, initiativeId: string, expectedVersion: number, input: TClassificationInput): Promise<TClassificationView> {
  return inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    return classifySubject(tx, ctx, { type: 'initiative', id: initiativeId }, expectedVersion, input);
  });
}
