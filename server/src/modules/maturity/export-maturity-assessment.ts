import type { ExportFormat } from '@domain/export.contracts';
import type { MaturityArea, MaturityRating, OperationArea } from '@domain/maturity';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import type { SheetCell, SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findLinkedNeeds } from '@server/modules/maturity/maturity.repository';
import { loadAssessment } from '@server/modules/maturity/find-maturity-assessments';

const AREA_SV: Record<MaturityArea, string> = { leadership: 'Ledning', infrastructure: 'Infrastruktur', competence: 'Kompetens', usage: 'Användning' };
const OPERATION_AREA_SV: Record<OperationArea, string> = { overall: 'Övergripande', elderly_care: 'Äldreomsorg', individual_family: 'Individ- och familjeomsorg', disability: 'Funktionsnedsättning' };
const RATING_SV: Record<MaturityRating, string> = { achieved: 'Uppnådd', almost: 'Nästan där', started: 'Påbörjad', planned: 'Planerad', not_planned: 'Ej planerad', not_relevant: 'Ej relevant' };

const COLUMNS: SheetColumn[] = [
  { header: 'Område', width: 14 },
  { header: 'Indikator', width: 50 },
  { header: 'Verksamhetsområde', width: 22 },
  { header: 'Bedömning', width: 14 },
  { header: 'Kommentar', width: 50 },
  { header: 'Satt av', width: 22 },
  { header: 'Satt', width: 18 },
  { header: 'Förra bedömningen', width: 16 },
  { header: 'Behov', width: 30 },
];

/**
 * The whole assessment as Excel or CSV: one row per indicator and verksamhetsområde, with the
 * wording it was rated with, the rating, the comment (the complaint about LIKA: comments were lost),
 * who set it and when, last time's rating and the needs made from it. Audited.
 */
export async function exportMaturityAssessment(ctx: Ctx, id: string, format: ExportFormat): Promise<SheetFile> {
  const { row, rows } = await inTenant(ctx, async (tx) => {
    const { row, indicators, own, earlier } = await loadAssessment(tx, ctx, id);
    const links = await findLinkedNeeds(tx, ctx);
    const answered = new Set(own.map((a) => a.indicatorId));
    const rows: SheetCell[][] = indicators
      .filter((indicator) => indicator.retiredAt === null || answered.has(indicator.id))
      .flatMap((indicator) =>
        (row.operationAreas as OperationArea[]).map((operationArea): SheetCell[] => {
          const answer = own.find((a) => a.indicatorId === indicator.id && a.operationArea === operationArea);
          const before = earlier.find((a) => a.indicatorId === indicator.id && a.operationArea === operationArea);
          const needs = links.filter((l) => l.indicatorId === indicator.id && l.operationArea === operationArea).map((l) => `B-${l.number} ${l.title}`).join(', ');
          return [
            AREA_SV[indicator.area as MaturityArea],
            answer?.indicatorText ?? indicator.text,
            OPERATION_AREA_SV[operationArea],
            answer ? RATING_SV[answer.rating as MaturityRating] : '',
            answer?.comment ?? '',
            answer?.setByName ?? '',
            answer ? answer.setAt.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 16) : '',
            before ? RATING_SV[before.rating as MaturityRating] : '',
            needs,
          ];
        }),
      );
    await recordAudit(tx, ctx, { action: 'maturity_assessment.exported', entityType: 'maturity_assessment', entityId: id, after: { format, rowCount: rows.length } });
    return { row, rows };
  });
  return buildSheetFile(format, 'Mognadsskattning', `mognadsskattning-${row.year}${row.label ? `-${row.label.replace(/[^a-zA-Z0-9]+/g, '-')}` : ''}`, COLUMNS, rows);
}
