import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { inTenant } from '@server/platform/tenancy/context';

/** The organisation's audit events, newest first, optionally about one entity – for assertions. */
export async function auditEventsIn(db: Db, organizationId: string, entityId?: string) {
  return inTenant({ db, organizationId }, (tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), entityId ? eq(auditEvents.entityId, entityId) : undefined))
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id)),
  );
}
