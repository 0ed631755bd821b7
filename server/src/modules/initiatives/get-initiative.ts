import type { TInitiative } from '@domain/decisions.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { findInitiative, findInitiativeScopes } from '@server/modules/initiatives/initiatives.repository';
import { findPreDigiplanDecisions } from '@server/modules/decisions/decisions.repository';
import { presentInitiative } from '@server/modules/initiatives/present-initiative';

/** One initiative with its need's focus areas and units, with "Beslutat före Digiplan" when it was; 404 when it is not the caller's organisation's. */
export async function getInitiative(ctx: Ctx, id: string): Promise<TInitiative> {
  const found = await inTenantRead(ctx, async (tx) => {
    const initiative = await findInitiative(tx, ctx, id);
    if (!initiative) return undefined;
    const preDigiplan = await findPreDigiplanDecisions(tx, ctx, [initiative.decisionId]);
    const scopes = await findInitiativeScopes(tx, ctx, [initiative.needId]);
    return presentInitiative(initiative, preDigiplan.get(initiative.decisionId) ?? null, scopes.get(initiative.needId));
  });
  if (!found) throw notFound('initiative');
  authorize(ctx, 'initiative:read');
  return found;
}
