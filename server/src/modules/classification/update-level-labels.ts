import type { TClassificationLabels, TLevelLabels } from '@domain/information-classification.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findLabels, saveLabelsVersioned } from '@server/modules/classification/classification.repository';
import { presentLabels } from '@server/modules/classification/get-level-labels';

/** An administrator renames the levels 0–4 for the organisation (the levels themselves stay). */
export async function updateLevelLabels(ctx: Ctx, expectedVersion: number, labels: TLevelLabels): Promise<TClassificationLabels> {
  authorize(ctx, 'organization:manage');
  return inTenant(ctx, async (tx) => {
    const before = await findLabels(tx, ctx, { forUpdate: true });
    if ((before?.version ?? 0) !== expectedVersion) throw staleVersion();
    const after = await saveLabelsVersioned(tx, ctx, expectedVersion, labels);
    if (!after) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'classification_labels.updated', entityType: 'organization', entityId: ctx.organizationId, before: presentLabels(before).labels, after: labels });
    return presentLabels(after);
  });
}
