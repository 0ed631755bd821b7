import { DEFAULT_LEVEL_LABELS_SV } from '@domain/classification';
import type { TClassificationLabels, TLevelLabels } from '@domain/information-classification.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import type { Tx } from '@server/platform/db/database';
import { findLabels, type LabelsRow } from '@server/modules/classification/classification.repository';

/** The default names as stored labels. */
export const DEFAULT_LABELS: TLevelLabels = {
  '0': DEFAULT_LEVEL_LABELS_SV[0],
  '1': DEFAULT_LEVEL_LABELS_SV[1],
  '2': DEFAULT_LEVEL_LABELS_SV[2],
  '3': DEFAULT_LEVEL_LABELS_SV[3],
  '4': DEFAULT_LEVEL_LABELS_SV[4],
};

export function presentLabels(row: LabelsRow | undefined): TClassificationLabels {
  return row ? { labels: row.labels, isDefault: false, version: row.version } : { labels: DEFAULT_LABELS, isDefault: true, version: 0 };
}

/** The organisation's level names inside a transaction, for other modules (exports, the system register). */
export async function readLevelLabels(tx: Tx, ctx: Pick<Ctx, 'organizationId'>): Promise<TLevelLabels> {
  return presentLabels(await findLabels(tx, ctx)).labels;
}

/** The level names every member sees (any member may read them: every page with levels shows them). */
export async function getLevelLabels(ctx: Ctx): Promise<TClassificationLabels> {
  return inTenantRead(ctx, async (tx) => presentLabels(await findLabels(tx, ctx)));
}
