import type { ExportFormat } from '@domain/export.contracts';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { excelDate, type SheetColumn } from '@server/platform/http/xlsx';
import { NEED_IMPORT_COLUMNS } from '@server/modules/needs/needs-import';

const WIDE = new Set(['problem', 'what', 'how', 'expectedBenefit']);

const COLUMNS: SheetColumn[] = Object.entries(NEED_IMPORT_COLUMNS).map(([key, names]) => ({
  header: names[0],
  width: WIDE.has(key) ? 40 : 20,
  ...(key === 'decisionDate' ? { format: 'date' as const } : {}),
}));

/**
 * The import template of a plan: seed 001 §10's table (focus areas, units, initiative, description)
 * with what a need and a decision hold, and two example rows to overwrite — a new need and an
 * initiative decided before Digiplan. Focus areas are left empty and units say "Alla", so the
 * template imports as it is in every organisation.
 */
export function buildNeedsTemplate(format: ExportFormat): Promise<SheetFile> {
  return buildSheetFile(format, 'Behov och initiativ', 'mall-behov-och-initiativ', COLUMNS, [
    [
      'Digital tillsyn på natten',
      'Nattliga tillsynsbesök väcker brukare och tar personalens tid.',
      'Kameror för tillsyn på natten för den som vill',
      'Pilot i ett område, sedan breddinförande',
      'Ostörd sömn för brukare, mindre restid',
      '',
      'Alla',
      'Enhetschef hemtjänst',
      'Ny',
      null,
      '',
      '',
      '',
      '',
      2026,
      'Ca 40 000–60 000 kr',
    ],
    [
      'Läkemedelsrobotar',
      'Läkemedelsgivning kräver många korta besök.',
      'Robotar som påminner om och delar ut läkemedel',
      'Införs område för område',
      'Färre besök och säkrare läkemedelsgivning',
      '',
      'Alla',
      'Avdelningschef hemtjänst',
      'Beslutad som projekt',
      excelDate('2024-05-20'),
      'OLG',
      'SN 2024/45 § 12',
      'Projekt',
      'Avdelningschef hemtjänst',
      2024,
      '150 000 kr/år',
    ],
  ]);
}
