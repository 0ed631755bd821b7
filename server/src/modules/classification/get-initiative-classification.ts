import type { TClassificationView } from '@domain/information-classification.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { canEditInitiativeWork } from '@server/modules/initiative-access/initiative-work-policy';
import { findClassifications } from '@server/modules/classification/classification.repository';
import { presentClassificationView } from '@server/modules/classification/present-classification';

/** The initiative's information classification with its history and security requirements. */
export async function getInitiativeClassification(ctx: Ctx, initiativeId: string): Promise<TClassificationView> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    const rows = await findClassifications(tx, ctx, { type: 'initiative', id: initiativeId });
    return presentClassificationView(rows, canEditInitiativeWork(ctx, initiative));
  });
}
