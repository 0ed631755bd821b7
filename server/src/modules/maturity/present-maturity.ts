import type { MaturityArea, MaturityRating, OperationArea } from '@domain/maturity';
import type { TMaturityAnswer, TMaturityIndicator, TMaturityLinkedNeed } from '@domain/maturity.contracts';
import type { AnswerRow, IndicatorRow } from '@server/modules/maturity/maturity.repository';

export function presentIndicator(row: IndicatorRow): TMaturityIndicator {
  return { id: row.id, code: row.code, area: row.area as MaturityArea, text: row.text, position: row.position, retired: row.retiredAt !== null, version: row.version };
}

export function presentAnswer(row: AnswerRow): TMaturityAnswer {
  return {
    indicatorId: row.indicatorId,
    operationArea: row.operationArea as OperationArea,
    rating: row.rating as MaturityRating,
    comment: row.comment,
    indicatorText: row.indicatorText,
    setBy: { id: row.setBy, name: row.setByName },
    setAt: row.setAt.toISOString(),
    version: row.version,
  };
}

/** What the audit log keeps of an answer (no names: the event has its own actor). */
export function answerAuditState(row: Pick<AnswerRow, 'assessmentId' | 'indicatorId' | 'operationArea' | 'rating' | 'comment' | 'indicatorText' | 'version'>) {
  return { assessmentId: row.assessmentId, indicatorId: row.indicatorId, operationArea: row.operationArea, rating: row.rating, comment: row.comment, indicatorText: row.indicatorText, version: row.version };
}

export function presentLinkedNeed(row: { indicatorId: string; operationArea: string; assessmentId: string; needId: string; number: number; title: string; status: string }): TMaturityLinkedNeed {
  return { indicatorId: row.indicatorId, operationArea: row.operationArea as OperationArea, assessmentId: row.assessmentId, need: { id: row.needId, number: row.number, title: row.title, status: row.status } };
}
