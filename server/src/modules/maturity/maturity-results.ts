import { MATURITY_AREAS, MATURITY_INDEX_FORMULA_SV, changesSince, countRatings, maturityIndex, summarizeAssessment, type MaturityArea, type MaturityRating, type OperationArea } from '@domain/maturity';
import { comparisonFigure } from '@domain/maturity-comparison';
import type { TMaturityHistory, TMaturityResults } from '@domain/maturity.contracts';
import { inPlatform, inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAnswerRows, findAssessmentRows, findIndicatorRows, findSettingsRow, platformComparisonAnswers } from '@server/modules/maturity/maturity.repository';
import { loadAssessment, ratedAnswers } from '@server/modules/maturity/find-maturity-assessments';

type Figure = TMaturityResults['comparison']['overall'];

/**
 * The installation's other organisations in `year`, per area and overall, under the rules of
 * `domain/maturity-comparison.ts`. Only an organisation that opted in itself sees the comparison.
 * Each organisation's index is computed here and only the rounded mean of at least five leaves.
 */
async function comparison(ctx: Ctx, year: number, optedIn: boolean): Promise<TMaturityResults['comparison']> {
  const hidden: Figure = { average: null, organizations: 0, reason: 'not_opted_in' };
  if (!optedIn) return { overall: hidden, byArea: Object.fromEntries(MATURITY_AREAS.map((area) => [area, hidden])) as Record<MaturityArea, Figure> };
  const rows = await inPlatform(ctx.db, (tx) => platformComparisonAnswers(tx, ctx.organizationId, year));
  const byOrganization = new Map<string, { area: string; rating: MaturityRating }[]>();
  for (const row of rows) byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), { area: row.area, rating: row.rating as MaturityRating }]);
  const indexes = (keep: (area: string) => boolean) => [...byOrganization.values()].map((answers) => maturityIndex(countRatings(answers.filter((a) => keep(a.area)).map((a) => a.rating))));
  const figure = (keep: (area: string) => boolean): Figure => {
    const result = comparisonFigure(indexes(keep));
    return result.average === null ? { average: null, organizations: result.organizations, reason: result.reason } : result;
  };
  return { overall: figure(() => true), byArea: Object.fromEntries(MATURITY_AREAS.map((area) => [area, figure((a) => a === area)])) as Record<MaturityArea, Figure> };
}

/**
 * Results of one assessment: the share at each status and the maturity index per area,
 * verksamhetsområde and both (with the formula), what changed since the previous assessment, and
 * the comparison with the installation's other organisations.
 */
export async function getMaturityResults(ctx: Ctx, id: string): Promise<TMaturityResults> {
  const loaded = await inTenantRead(ctx, async (tx) => ({ ...(await loadAssessment(tx, ctx, id)), settings: await findSettingsRow(tx, ctx) }));
  const { row, previous, indicators, own, earlier, settings } = loaded;
  const summary = summarizeAssessment(ratedAnswers(own, indicators), row.operationAreas as OperationArea[]);
  const textOf = new Map([...earlier, ...own].map((a) => [a.indicatorId, a.indicatorText]));
  for (const indicator of indicators) if (!textOf.has(indicator.id)) textOf.set(indicator.id, indicator.text);
  const keyed = (answers: typeof own) => answers.map((a) => ({ indicatorId: a.indicatorId, operationArea: a.operationArea as OperationArea, rating: a.rating as MaturityRating }));
  const changes = previous ? changesSince(keyed(earlier), keyed(own)).map((change) => ({ ...change, indicatorText: textOf.get(change.indicatorId) ?? '' })) : [];
  return {
    assessmentId: row.id,
    formula: MATURITY_INDEX_FORMULA_SV,
    ...summary,
    changes,
    previous: previous ? { id: previous.id, year: previous.year, label: previous.label } : null,
    comparison: await comparison(ctx, row.year, settings.compareOptIn),
  };
}

/** The index over the years: every assessment oldest first, overall and per area. */
export async function getMaturityHistory(ctx: Ctx): Promise<TMaturityHistory> {
  return inTenantRead(ctx, async (tx) => {
    const rows = [...(await findAssessmentRows(tx, ctx))].reverse();
    const answers = await findAnswerRows(tx, ctx, rows.map((row) => row.id));
    const indicators = await findIndicatorRows(tx, ctx, { includeRetired: true });
    return {
      items: rows.map((row) => {
        const summary = summarizeAssessment(ratedAnswers(answers.filter((a) => a.assessmentId === row.id), indicators), row.operationAreas as OperationArea[]);
        return { id: row.id, year: row.year, label: row.label, overall: summary.overall.index, byArea: Object.fromEntries(MATURITY_AREAS.map((area) => [area, summary.byArea[area].index])) as Record<MaturityArea, number | null> };
      }),
    };
  });
}
