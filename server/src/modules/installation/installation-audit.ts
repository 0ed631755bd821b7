import { v7 as uuidv7 } from 'uuid';
import { desc } from 'drizzle-orm';
import type { TInstallationAuditList } from '@domain/installation.contracts';
import type { Db, Tx } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { installationAuditEvents } from '@server/modules/organizations/installation.tables';

/** Who acts on the installation: an installation administrator, an organisation's administrator deleting it, or a command. */
export type InstallationActor = { id: string | null; name: string; requestId: string | null; ip: string | null };

export type InstallationAuditEntry = {
  action: string;
  organizationId: string | null;
  organizationName: string | null;
  detail?: unknown;
};

/**
 * Writes an installation audit event in the caller's transaction (it commits or rolls back with
 * the change). Installation-level: it survives the organisation it is about.
 */
export async function recordInstallationAudit(tx: Tx, actor: InstallationActor, entry: InstallationAuditEntry): Promise<void> {
  await tx.insert(installationAuditEvents).values({
    id: uuidv7(),
    actorId: actor.id,
    actorName: actor.name,
    action: entry.action,
    subjectOrganizationId: entry.organizationId,
    subjectOrganizationName: entry.organizationName,
    detail: entry.detail ?? null,
    requestId: actor.requestId,
    ip: actor.ip,
  });
}

/** The installation's latest audit events, newest first (the installation page shows them). */
export async function platformFindInstallationAudit(db: Db, limit = 100): Promise<TInstallationAuditList> {
  const rows = await inPlatform(db, (tx) =>
    tx.select().from(installationAuditEvents).orderBy(desc(installationAuditEvents.occurredAt), desc(installationAuditEvents.id)).limit(limit),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorName: row.actorName,
      action: row.action,
      organizationId: row.subjectOrganizationId,
      organizationName: row.subjectOrganizationName,
    })),
  };
}
