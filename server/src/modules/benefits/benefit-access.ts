import { AppError, notFound } from '@server/platform/errors';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { findInitiativeRoles } from '@server/modules/initiative-process/initiative-roles.repository';
import { canEditBenefits, type BenefitInitiative } from '@server/modules/benefits/benefits.policy';

/**
 * The initiative of the caller's organisation with the people named on it (they may edit its
 * benefits), or 404: another organisation's initiative is "not found".
 */
export async function requireInitiative(tx: Tx, ctx: Ctx, initiativeId: string): Promise<InitiativeRecord & BenefitInitiative> {
  const initiative = await findInitiative(tx, ctx, initiativeId);
  if (!initiative) throw notFound('initiative');
  const roles = await findInitiativeRoles(tx, ctx, initiativeId);
  return { ...initiative, namedUserIds: roles.map((role) => role.person.id) };
}

/** The initiative, if the caller may edit its benefits (404 first, then 403). */
export async function requireEditableInitiative(tx: Tx, ctx: Ctx, initiativeId: string): Promise<InitiativeRecord & BenefitInitiative> {
  const initiative = await requireInitiative(tx, ctx, initiativeId);
  if (!canEditBenefits(ctx, initiative)) throw new AppError('forbidden', 'You may not change the benefits of this initiative.');
  return initiative;
}
