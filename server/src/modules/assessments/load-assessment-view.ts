import type { NeedStatus } from '@domain/needs.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { notFound } from '@server/platform/errors';
import { findCurrentRound, findRaterScores } from '@server/modules/assessments/assessments.repository';
import type { AssessmentView } from '@server/modules/assessments/present-assessment';

/**
 * Reads the need's current round with its raters, as every assessment route answers with it after
 * reading or writing; 404 when the need has never been assessed.
 */
export async function loadCurrentAssessmentView(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, needId: string, needStatus: NeedStatus, decidedBeforeDigiplan = false): Promise<AssessmentView> {
  const round = await findCurrentRound(tx, ctx, needId);
  if (!round) throw notFound('assessment');
  return { needStatus, round, raters: await findRaterScores(tx, ctx, [round.id]), decidedBeforeDigiplan };
}
