import { PRIORITY_LABELS, QUADRANT_LABELS } from '@domain/assessment';
import { FORM_LABELS, type DecisionOutcome } from '@domain/decisions.contracts';
import { buildSheetWorkbook, excelDate, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';
import type { DecisionRecord } from '@server/modules/decisions/decisions.repository';

/** The outcome as a decision log states it ("Avslås", not the button's "Avslå"). */
const OUTCOME_LOG_LABELS: Record<DecisionOutcome, string> = { reject: 'Avslås', park: 'Parkeras', proceed: 'Genomförs' };

const COLUMNS: SheetColumn[] = [
  { header: 'Beslutsdatum', width: 14, format: 'date' },
  { header: 'Behov', width: 44 },
  { header: 'Utfall', width: 12 },
  { header: 'Form', width: 24 },
  { header: 'Ägare', width: 24 },
  { header: 'Planerat startår', width: 16 },
  { header: 'Parkerad till', width: 14, format: 'date' },
  { header: 'Forum', width: 14 },
  { header: 'Prioritet', width: 14 },
  { header: 'Kvadrant', width: 30 },
  { header: 'Motivering/Skäl', width: 60 },
];

function toCells(decision: DecisionRecord): SheetCell[] {
  const { snapshot } = decision;
  return [
    excelDate(decision.decisionDate),
    `B-${snapshot.needNumber} ${snapshot.needTitle}`,
    OUTCOME_LOG_LABELS[decision.outcome],
    decision.form ? FORM_LABELS[decision.form] : null,
    decision.ownerName,
    decision.plannedStartYear,
    decision.parkedUntil ? excelDate(decision.parkedUntil) : null,
    decision.forum,
    snapshot.priority ? PRIORITY_LABELS[snapshot.priority] : null,
    snapshot.quadrant ? QUADRANT_LABELS[snapshot.quadrant].slogan : null,
    decision.rationale,
  ];
}

/**
 * The decision log as an Excel workbook (sheet "Beslutslogg") with Swedish headers, for minutes
 * and follow-up outside Digiplan. The need, priority and quadrant are those the decision was
 * based on (its frozen snapshot), not the need as it reads today.
 */
export async function buildDecisionLogWorkbook(decisions: readonly DecisionRecord[]): Promise<Buffer> {
  return buildSheetWorkbook('Beslutslogg', COLUMNS, decisions.map(toCells));
}
