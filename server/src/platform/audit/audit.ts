import { v7 as uuidv7 } from 'uuid';
import type { Db, Tx } from '@server/platform/db/database';
import { auditEvents, securityEvents } from '@server/platform/audit/audit.tables';
import type { Ctx } from '@server/platform/tenancy/context';

/** What an audit event records besides who and when. */
export type AuditEntry = {
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
};

/** Writes an audit event in the caller's transaction, so it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, ctx: Omit<Ctx, 'permissions' | 'roles' | 'db'>, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: ctx.organizationId,
    id: uuidv7(),
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/**
 * Writes many audit events of one actor in the caller's transaction with as few statements as the
 * driver's parameter limit allows (an imported plan writes one event per row); same rows as
 * recordAudit would write one by one.
 */
export async function recordAuditMany(tx: Tx, ctx: Omit<Ctx, 'permissions' | 'roles' | 'db'>, entries: readonly AuditEntry[]): Promise<void> {
  const CHUNK = 1000;
  for (let start = 0; start < entries.length; start += CHUNK) {
    await tx.insert(auditEvents).values(
      entries.slice(start, start + CHUNK).map((entry) => ({
        organizationId: ctx.organizationId,
        id: uuidv7(),
        actorId: ctx.actor.id,
        actorName: ctx.actor.name,
        action: entry.action,
        entityType: entry.entityType ?? null,
        entityId: entry.entityId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: ctx.requestId,
        ip: ctx.ip,
      })),
    );
  }
}

/** Records a security event that belongs to no organisation (e.g. a failed login, unknown user). */
export async function recordSecurityEvent(
  db: Db | Tx,
  event: { kind: string; email?: string; userId?: string; detail?: unknown; requestId?: string; ip?: string },
): Promise<void> {
  await db.insert(securityEvents).values({
    id: uuidv7(),
    kind: event.kind,
    email: event.email ?? null,
    userId: event.userId ?? null,
    detail: event.detail ?? null,
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
  });
}

/**
 * Writes an audit event with no logged-in actor (e.g. a refused single sign-on of someone not yet
 * known), in the caller's transaction. `actorName` says who it was, as far as known.
 */
export async function recordAuditWithoutActor(
  tx: Tx,
  scope: { organizationId: string; requestId: string; ip: string },
  actorName: string,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: scope.organizationId,
    id: uuidv7(),
    actorId: null,
    actorName,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: scope.requestId,
    ip: scope.ip,
  });
}
