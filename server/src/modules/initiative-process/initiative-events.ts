import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { TTimelineEvent } from '@domain/process.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeEvents } from '@server/modules/initiative-process/process.tables';

/**
 * Adds an entry to an initiative's timeline, in the caller's transaction (so it commits or rolls
 * back with the change it describes). Other modules use this too, e.g.
 *
 *   await appendInitiativeEvent(tx, ctx, initiativeId, 'document.completed', { documentKind: 'project_plan', summary: 'Projektplanen färdigställdes.' });
 *
 * `kind` is a dotted name owned by the module that writes it (stage.advanced, checklist.ticked,
 * role.named, document.completed, risk.added …); `payload` is small JSON (no personal data).
 * The web app's timeline (web/src/features/process/timeline-text.ts) turns known kinds into
 * Swedish sentences; for a kind it does not know it shows `payload.summary` (a Swedish sentence)
 * or the kind itself, so appending never breaks the page. Add a case there for a nicer text.
 * The timeline is not the audit log: still call recordAudit for the change itself.
 */
export async function appendInitiativeEvent(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  initiativeId: string,
  kind: string,
  payload: Record<string, unknown> = {},
): Promise<void> {
  await tx.insert(initiativeEvents).values({
    organizationId: ctx.organizationId,
    id: uuidv7(),
    initiativeId,
    kind,
    payload,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
  });
}

/** Many timeline entries of one actor at once (the first entry of each initiative of an imported plan). */
export async function appendInitiativeEvents(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  events: ReadonlyArray<{ initiativeId: string; kind: string; payload: Record<string, unknown> }>,
): Promise<void> {
  const CHUNK = 1000;
  for (let start = 0; start < events.length; start += CHUNK) {
    await tx.insert(initiativeEvents).values(
      events.slice(start, start + CHUNK).map(({ initiativeId, kind, payload }) => ({ organizationId: ctx.organizationId, id: uuidv7(), initiativeId, kind, payload, actorId: ctx.actor.id, actorName: ctx.actor.name })),
    );
  }
}

/** The initiative's timeline, oldest first (ids are time-ordered UUIDv7, so they break ties). */
export async function findInitiativeEvents(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, initiativeId: string): Promise<TTimelineEvent[]> {
  const rows = await tx
    .select()
    .from(initiativeEvents)
    .where(and(eq(initiativeEvents.organizationId, ctx.organizationId), eq(initiativeEvents.initiativeId, initiativeId)))
    .orderBy(asc(initiativeEvents.createdAt), asc(initiativeEvents.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    payload: row.payload as Record<string, unknown>,
    actor: { id: row.actorId, name: row.actorName },
    createdAt: row.createdAt.toISOString(),
  }));
}
