import { AppError, notFound } from '@server/platform/errors';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { canEditBenefits } from '@server/modules/benefits/benefits.policy';

/** The initiative of the caller's organisation, or 404 (another organisation's is "not found"). */
export async function requireInitiative(tx: Tx, ctx: Ctx, initiativeId: string): Promise<InitiativeRecord> {
  const initiative = await findInitiative(tx, ctx, initiativeId);
  if (!initiative) throw notFound('initiative');
  return initiative;
}

/** The initiative, if the caller may edit its benefits (404 first, then 403). */
export async function requireEditableInitiative(tx: Tx, ctx: Ctx, initiativeId: string): Promise<InitiativeRecord> {
  const initiative = await requireInitiative(tx, ctx, initiativeId);
  if (!canEditBenefits(ctx, initiative)) throw new AppError('forbidden', 'You may not change the benefits of this initiative.');
  return initiative;
}
