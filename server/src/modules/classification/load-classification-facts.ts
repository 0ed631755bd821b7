import type { GateFacts } from '@domain/gate-facts';
import { CLASSIFICATION_ASPECTS } from '@domain/classification';
import type { Tx } from '@server/platform/db/database';
import { findClassifications } from '@server/modules/classification/classification.repository';

/** Whether the initiative's current classification rates every aspect with a justification. */
export async function loadClassificationFacts(tx: Tx, organizationId: string, initiativeId: string): Promise<Pick<GateFacts, 'classificationComplete'>> {
  const [current] = await findClassifications(tx, { organizationId }, { type: 'initiative', id: initiativeId });
  const complete = current !== undefined && CLASSIFICATION_ASPECTS.every((aspect) => current.aspects[aspect]?.justification.trim() !== '' && current.aspects[aspect]?.level !== undefined);
  return { classificationComplete: complete };
}
