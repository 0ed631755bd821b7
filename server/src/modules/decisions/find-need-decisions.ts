import type { TDecision } from '@domain/decisions.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';
import { findInitiativeIdsByDecision } from '@server/modules/initiatives/initiatives.repository';
import { findDecisionsOfNeed } from '@server/modules/decisions/decisions.repository';
import { presentDecision } from '@server/modules/decisions/present-decision';

/**
 * The decisions on one need, newest first, with the need's current version: a new decision is
 * made against that version (If-Match), so the list answers with it as its ETag.
 */
export async function findNeedDecisions(ctx: Ctx, needId: string): Promise<{ needVersion: number; items: TDecision[] }> {
  return inTenantRead(ctx, async (tx) => {
    const need = await getNeedForAssessment(tx, ctx, needId);
    authorize(ctx, 'decision:read');
    const records = await findDecisionsOfNeed(tx, ctx, needId);
    const initiatives = await findInitiativeIdsByDecision(tx, ctx, records.map((r) => r.id));
    return { needVersion: need.version, items: records.map((r) => presentDecision(r, initiatives.get(r.id) ?? null)) };
  });
}
