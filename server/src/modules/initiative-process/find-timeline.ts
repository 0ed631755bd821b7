import type { TTimelineEvent } from '@domain/process.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findInitiativeEvents } from '@server/modules/initiative-process/initiative-events';
import { loadInitiative } from '@server/modules/initiative-process/initiative-subject';

/** The initiative's timeline, oldest first: decision, stage moves, people named, checklist ticks, other modules' events. */
export async function findTimeline(ctx: Ctx, initiativeId: string): Promise<{ items: TTimelineEvent[] }> {
  return inTenantRead(ctx, async (tx) => {
    await loadInitiative(tx, ctx, initiativeId);
    return { items: await findInitiativeEvents(tx, ctx, initiativeId) };
  });
}
