import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';

/** One initiative; 404 when it is not the caller's organisation's. */
export async function getInitiative(ctx: Ctx, id: string): Promise<InitiativeRecord> {
  const initiative = await inTenantRead(ctx, (tx) => findInitiative(tx, ctx, id));
  if (!initiative) throw notFound('initiative');
  authorize(ctx, 'initiative:read');
  return initiative;
}
