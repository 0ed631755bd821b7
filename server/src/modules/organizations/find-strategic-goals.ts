import type { TStrategicGoal } from '@domain/organization.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findStrategicGoalRows } from '@server/modules/organizations/strategic-goals.repository';
import { presentStrategicGoal } from '@server/modules/organizations/organizations.presenters';

/** The organisation's strategic goals in Swedish title order, archived ones flagged. */
export async function findStrategicGoals(ctx: Ctx): Promise<TStrategicGoal[]> {
  const rows = await inTenantRead(ctx, (tx) => findStrategicGoalRows(tx, ctx));
  return rows.map(presentStrategicGoal).sort((a, b) => a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id));
}
