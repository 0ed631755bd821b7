import type { TStrategicGoal } from '@domain/organization.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findStrategicGoalRow } from '@server/modules/organizations/strategic-goals.repository';
import { presentStrategicGoal } from '@server/modules/organizations/organizations.presenters';

/** One strategic goal of the caller's organisation; 404 for anything else. */
export async function getStrategicGoal(ctx: Ctx, id: string): Promise<TStrategicGoal> {
  const row = await inTenantRead(ctx, (tx) => findStrategicGoalRow(tx, ctx, id));
  if (!row) throw notFound('strategic goal');
  return presentStrategicGoal(row);
}
