import type { TPilot } from '@domain/pilots.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findPilotViews } from '@server/modules/pilots/pilots.repository';
import { presentPilot } from '@server/modules/pilots/present-pilot';

/** An initiative's pilots, the latest start first (404 for another organisation's initiative). */
export async function findInitiativePilots(ctx: Ctx, initiativeId: string): Promise<TPilot[]> {
  return inTenant(ctx, async (tx) => {
    await loadReadableInitiative(tx, ctx, initiativeId);
    return (await findPilotViews(tx, ctx, { initiativeId })).map(presentPilot);
  });
}

/** Every pilot of the organisation, the latest start first (the /piloter list). */
export async function findOrganizationPilots(ctx: Ctx): Promise<TPilot[]> {
  authorize(ctx, 'initiative:read');
  return inTenant(ctx, async (tx) => (await findPilotViews(tx, ctx)).map(presentPilot));
}
