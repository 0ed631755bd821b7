import type { InitiativePolicySubject } from '@domain/initiative-policy';
import type { InitiativeStatus } from '@domain/process';
import type { TInitiativeRole } from '@domain/process.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { AppError, notFound } from '@server/platform/errors';
import { authorize } from '@server/platform/auth/auth.plugin';
import { workRefusal, type InitiativeActor } from '@domain/initiative-policy';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { findInitiativeRoles } from '@server/modules/initiative-process/initiative-roles.repository';
import { lockInitiative } from '@server/modules/initiative-process/initiative-state.repository';

export type LoadedInitiative = { initiative: InitiativeRecord; roles: TInitiativeRole[]; subject: InitiativePolicySubject };

export const policySubject = (initiative: InitiativeRecord, roles: readonly TInitiativeRole[]): InitiativePolicySubject => ({
  status: initiative.status as InitiativeStatus,
  roles: roles.map((role) => ({ userId: role.person.id, kind: role.kind })),
});

/** The initiative with its named people, for reading; 404 before 403 so other organisations learn nothing. */
export async function loadInitiative(tx: Tx, ctx: Ctx, id: string, options: { lock?: boolean } = {}): Promise<LoadedInitiative> {
  const initiative = options.lock ? await lockInitiative(tx, ctx, id) : await findInitiative(tx, ctx, id);
  if (!initiative) throw notFound('initiative');
  authorize(ctx, 'initiative:read');
  const roles = await findInitiativeRoles(tx, ctx, id);
  return { initiative, roles, subject: policySubject(initiative, roles) };
}

/**
 * Locks the initiative for a change and checks `may`: 403 when the caller may never do it, 409
 * when the initiative is closed or stopped.
 */
export async function loadForChange(
  tx: Tx,
  ctx: Ctx,
  id: string,
  may: (ctx: InitiativeActor, initiative: InitiativePolicySubject) => boolean,
): Promise<LoadedInitiative> {
  const loaded = await loadInitiative(tx, ctx, id, { lock: true });
  const refusal = workRefusal(ctx, loaded.subject, may);
  if (refusal === 'forbidden') throw new AppError('forbidden', 'You may not change this initiative.');
  if (refusal === 'invalid_state') throw new AppError('invalid_state', 'The initiative is closed or stopped.');
  return loaded;
}
