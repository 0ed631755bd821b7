import type { Db } from '@server/platform/db/database';
import { recordAudit, type AuditEntry } from '@server/platform/audit/audit';
import type { Principal } from '@server/platform/auth/sessions';
import { inTenant } from '@server/platform/tenancy/context';
import { platformFindMembershipsOfUser } from '@server/modules/users/users.platform';

export type RequestInfo = { requestId: string; ip: string };

/**
 * Records a change a person made to her own account (her sessions) in the audit log of every
 * organisation she belongs to: the account is one, its sessions reach them all — as logins are.
 */
export async function auditOwnAccount(db: Db, principal: Principal, info: RequestInfo, entry: Omit<AuditEntry, 'entityType' | 'entityId'>): Promise<void> {
  for (const membership of await platformFindMembershipsOfUser(db, principal.userId, { includeDisabled: true })) {
    const ctx = { db, organizationId: membership.organizationId, actor: { id: principal.userId, name: principal.name, email: principal.email }, ...info };
    await inTenant(ctx, (tx) => recordAudit(tx, ctx, { ...entry, entityType: 'user', entityId: principal.userId }));
  }
}
