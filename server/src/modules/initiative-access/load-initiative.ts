import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { canEditInitiativeWork } from '@server/modules/initiative-access/initiative-work-policy';
import type { InitiativePolicySubject } from '@domain/initiative-policy';
import { findInitiativeRoles } from '@server/modules/initiative-process/initiative-roles.repository';
import { policySubject } from '@server/modules/initiative-process/initiative-subject';

/** An initiative with what the work policy needs: its status and the people named on it. */
export type WorkInitiative = InitiativeRecord & { subject: InitiativePolicySubject };

/** The initiative the caller reads work of; 404 outside the organisation (before any 403). */
export async function loadReadableInitiative(tx: Tx, ctx: Ctx, initiativeId: string): Promise<WorkInitiative> {
  const initiative = await findInitiative(tx, ctx, initiativeId);
  if (!initiative) throw notFound('initiative');
  authorize(ctx, 'initiative:read');
  return { ...initiative, subject: policySubject(initiative, await findInitiativeRoles(tx, ctx, initiativeId)) };
}

/** The initiative the caller changes work of; 404 outside the organisation, 403 without the right. */
export async function loadEditableInitiative(tx: Tx, ctx: Ctx, initiativeId: string): Promise<WorkInitiative> {
  const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
  if (!canEditInitiativeWork(ctx, initiative)) throw new AppError('forbidden', 'You may not change this initiative.');
  return initiative;
}
