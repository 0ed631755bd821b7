import { summarizeAssessment, type MaturityArea, type MaturityRating, type OperationArea } from '@domain/maturity';
import type { TMaturityAssessment, TMaturityAssessmentSummary } from '@domain/maturity.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import type { Tx } from '@server/platform/db/database';
import { findAnswerRows, findAssessmentRow, findAssessmentRows, findIndicatorRows, findLinkedNeeds, type AnswerRow, type AssessmentRow, type IndicatorRow } from '@server/modules/maturity/maturity.repository';
import { presentAnswer, presentIndicator, presentLinkedNeed } from '@server/modules/maturity/present-maturity';

/** The ratings of answers as the pure rules read them (area from the indicator). */
export function ratedAnswers(answers: readonly AnswerRow[], indicators: readonly IndicatorRow[]) {
  const areaOf = new Map(indicators.map((indicator) => [indicator.id, indicator.area as MaturityArea]));
  return answers.flatMap((answer) => {
    const area = areaOf.get(answer.indicatorId);
    return area ? [{ area, operationArea: answer.operationArea as OperationArea, rating: answer.rating as MaturityRating, indicatorId: answer.indicatorId }] : [];
  });
}

function summaryOf(row: AssessmentRow, answers: readonly AnswerRow[], indicators: readonly IndicatorRow[]): TMaturityAssessmentSummary {
  const operationAreas = row.operationAreas as OperationArea[];
  const own = answers.filter((answer) => answer.assessmentId === row.id);
  const summary = summarizeAssessment(ratedAnswers(own, indicators), operationAreas);
  return { id: row.id, year: row.year, label: row.label, operationAreas, answered: own.length, index: summary.overall.index, version: row.version };
}

/** Every assessment, newest first, with its overall index. */
export async function findMaturityAssessments(ctx: Ctx): Promise<TMaturityAssessmentSummary[]> {
  return inTenantRead(ctx, async (tx) => {
    const rows = await findAssessmentRows(tx, ctx);
    const answers = await findAnswerRows(tx, ctx, rows.map((row) => row.id));
    const indicators = await findIndicatorRows(tx, ctx, { includeRetired: true });
    return rows.map((row) => summaryOf(row, answers, indicators));
  });
}

/** The assessment before `row` (earlier year, or earlier the same year), if any. */
export function previousOf(rows: readonly AssessmentRow[], row: AssessmentRow): AssessmentRow | undefined {
  const earlier = (a: AssessmentRow) => a.year < row.year || (a.year === row.year && a.createdAt < row.createdAt);
  return rows.filter(earlier).sort((a, b) => b.year - a.year || b.createdAt.getTime() - a.createdAt.getTime())[0];
}

/** Loads an assessment with everything the form, the results and the export need (404 for another organisation's). */
export async function loadAssessment(tx: Tx, ctx: Ctx, id: string) {
  const row = await findAssessmentRow(tx, ctx, id);
  if (!row) throw notFound('maturity assessment');
  const previous = previousOf(await findAssessmentRows(tx, ctx), row);
  const answers = await findAnswerRows(tx, ctx, previous ? [row.id, previous.id] : [row.id]);
  const indicators = await findIndicatorRows(tx, ctx, { includeRetired: true });
  return { row, previous, answers, indicators, own: answers.filter((a) => a.assessmentId === row.id), earlier: answers.filter((a) => a.assessmentId === previous?.id) };
}

/**
 * One assessment to fill in: the active indicators plus any retired one it has answers for, every
 * answer with who set it and when, the needs made from indicators (with their status, so next
 * year's assessment shows what became of them) and last time's ratings.
 */
export async function getMaturityAssessment(ctx: Ctx, id: string): Promise<TMaturityAssessment> {
  return inTenantRead(ctx, async (tx) => {
    const { row, previous, answers, indicators, own, earlier } = await loadAssessment(tx, ctx, id);
    const answered = new Set(own.map((a) => a.indicatorId));
    const shown = indicators.filter((indicator) => indicator.retiredAt === null || answered.has(indicator.id));
    return {
      ...summaryOf(row, answers, indicators),
      indicators: shown.map(presentIndicator),
      answers: own.map(presentAnswer),
      linkedNeeds: (await findLinkedNeeds(tx, ctx)).map(presentLinkedNeed),
      previous: previous
        ? { id: previous.id, year: previous.year, label: previous.label, answers: earlier.map((a) => ({ indicatorId: a.indicatorId, operationArea: a.operationArea as OperationArea, rating: a.rating as MaturityRating })) }
        : null,
    };
  });
}
