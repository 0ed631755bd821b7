import { and, count, eq } from 'drizzle-orm';
import type { GateFacts } from '@domain/gate-facts';
import type { Tx } from '@server/platform/db/database';
import { benefits } from '@server/modules/benefits/benefits.tables';

/**
 * The benefit facts the gate rules read (domain/gate-facts.ts): whether at least one planned
 * benefit is recorded. Runs in the caller's tenant transaction.
 */
export async function loadBenefitFacts(tx: Tx, organizationId: string, initiativeId: string): Promise<Pick<GateFacts, 'benefitsPlanned'>> {
  const [row] = await tx
    .select({ n: count() })
    .from(benefits)
    .where(and(eq(benefits.organizationId, organizationId), eq(benefits.initiativeId, initiativeId)));
  return { benefitsPlanned: (row?.n ?? 0) > 0 };
}
