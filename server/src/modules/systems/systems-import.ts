import { ASPECT_LABELS_SV, CLASSIFICATION_ASPECTS, type ClassificationLevel, type ClassificationLevels } from '@domain/classification';
import { SYSTEM_LIFECYCLE_LABELS_SV, type TSystemInput } from '@domain/systems.contracts';
import type { ParsedRow } from '@server/platform/spreadsheet/import-preview';
import type { RawTable } from '@server/platform/spreadsheet/raw-table';
import { locateColumns, readChoice, readDate, readInteger, readKronorAsOre, readText, type Read } from '@server/platform/spreadsheet/read-cells';

/** The columns a system list file has (the export's headers; computed columns are ignored). */
export const SYSTEM_IMPORT_HEADERS = {
  name: 'System',
  purpose: 'Syfte',
  supplier: 'Leverantör',
  ownerName: 'Systemägare',
  administratorName: 'Systemförvaltare',
  supportRoutine: 'Support och underhåll',
  contractStart: 'Avtal från',
  contractEnd: 'Avtal till',
  noticeMonths: 'Uppsägningstid (månader)',
  yearlyCost: 'Årlig kostnad (kr)',
  oneOffCost: 'Engångskostnad (kr)',
  confidentiality: ASPECT_LABELS_SV.confidentiality,
  integrity: ASPECT_LABELS_SV.integrity,
  availability: ASPECT_LABELS_SV.availability,
  traceability: ASPECT_LABELS_SV.traceability,
  lifecycle: 'Livscykel',
  units: 'Enheter',
} as const;
type Key = keyof typeof SYSTEM_IMPORT_HEADERS;

const money = (ore: number | null) => (ore === null ? '' : `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`);

/** How the Enheter column separates unit names (the export writes "; "). */
export const UNIT_SEPARATOR = '; ';

/**
 * The units a cell names, by their names in the organisation tree (any case), separated by
 * semicolons or line breaks; each name the organisation does not have is one message.
 */
function readUnits(text: string, unitIdsByName: ReadonlyMap<string, string>): { unitIds: string[]; unknown: string[] } {
  const names = text.split(/[;\n]/).map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !unitIdsByName.has(name.toLowerCase()));
  const unitIds = [...new Set(names.flatMap((name) => unitIdsByName.get(name.toLowerCase()) ?? []))];
  return { unitIds, unknown };
}

/**
 * Reads every row of a system list file into what will be saved, with a Swedish error per bad cell.
 * A classification is taken only when all four aspects are given (0–4); lifecycle defaults to "I drift".
 * Units are matched by name against `unitIdsByName` (lower-case name → id).
 */
export function parseSystemRows(
  table: RawTable,
  existingNames: Set<string>,
  unitIdsByName: ReadonlyMap<string, string> = new Map(),
): { fileErrors: string[]; rows: ParsedRow<TSystemInput>[] } {
  const { positions, missing } = locateColumns(table, SYSTEM_IMPORT_HEADERS, ['name']);
  if (missing.length > 0) return { fileErrors: [`Kolumner saknas i rubrikraden: ${missing.join(', ')}.`], rows: [] };
  const seen = new Set<string>();
  const rows = table.rows.map((raw) => {
    const cell = (key: Key) => (positions[key] === undefined ? null : (raw.cells[positions[key]!] ?? null));
    const errors: Array<{ column: string; message: string }> = [];
    const take = <T,>(key: Key, read: Read<T>, fallback: T): T => {
      if (read.ok) return read.value;
      errors.push({ column: SYSTEM_IMPORT_HEADERS[key], message: read.message });
      return fallback;
    };
    const levels = CLASSIFICATION_ASPECTS.map((aspect) => take(aspect, readInteger(cell(aspect), { min: 0, max: 4 }), null));
    const given = levels.filter((level) => level !== null).length;
    if (given > 0 && given < 4) errors.push({ column: ASPECT_LABELS_SV.confidentiality, message: 'Ange alla fyra aspekter (0–4) eller ingen.' });
    const unitText = take('units', readText(cell('units'), { max: 4000 }), '');
    const units = readUnits(unitText, unitIdsByName);
    for (const name of units.unknown) {
      errors.push({ column: SYSTEM_IMPORT_HEADERS.units, message: `Enheten "${name}" finns inte i organisationsträdet. Skriv enheternas namn som där, åtskilda med semikolon.` });
    }
    const classification =
      given === 4 ? (Object.fromEntries(CLASSIFICATION_ASPECTS.map((aspect, i) => [aspect, levels[i] as ClassificationLevel])) as ClassificationLevels) : null;
    const value: TSystemInput = {
      name: take('name', readText(cell('name'), { required: true, max: 200 }), ''),
      purpose: take('purpose', readText(cell('purpose'), { max: 2000 }), ''),
      supplier: take('supplier', readText(cell('supplier'), { max: 200 }), ''),
      ownerName: take('ownerName', readText(cell('ownerName'), { max: 200 }), ''),
      administratorName: take('administratorName', readText(cell('administratorName'), { max: 200 }), ''),
      supportRoutine: take('supportRoutine', readText(cell('supportRoutine'), { max: 2000 }), ''),
      contractStart: take('contractStart', readDate(cell('contractStart'), {}), null),
      contractEnd: take('contractEnd', readDate(cell('contractEnd'), {}), null),
      noticeMonths: take('noticeMonths', readInteger(cell('noticeMonths'), { min: 0, max: 120 }), null),
      yearlyCostOre: take('yearlyCost', readKronorAsOre(cell('yearlyCost')), null),
      oneOffCostOre: take('oneOffCost', readKronorAsOre(cell('oneOffCost')), null),
      classification,
      lifecycle: take('lifecycle', readChoice(cell('lifecycle'), SYSTEM_LIFECYCLE_LABELS_SV, { fallback: 'in_operation' }), 'in_operation'),
      unitIds: units.unitIds,
      initiativeLinks: [],
    };
    if (value.contractStart && value.contractEnd && value.contractEnd < value.contractStart) {
      errors.push({ column: SYSTEM_IMPORT_HEADERS.contractEnd, message: 'Avtalet kan inte sluta innan det börjar.' });
    }
    const key = value.name.toLowerCase();
    if (key && (existingNames.has(key) || seen.has(key))) errors.push({ column: SYSTEM_IMPORT_HEADERS.name, message: `Systemet "${value.name}" finns redan.` });
    seen.add(key);
    const shown: Record<string, string> = {
      System: value.name,
      Leverantör: value.supplier,
      Systemägare: value.ownerName,
      Systemförvaltare: value.administratorName,
      'Avtal från': value.contractStart ?? '',
      'Avtal till': value.contractEnd ?? '',
      'Uppsägningstid (månader)': value.noticeMonths === null ? '' : String(value.noticeMonths),
      'Årlig kostnad (kr)': money(value.yearlyCostOre),
      'Engångskostnad (kr)': money(value.oneOffCostOre),
      Klassning: classification ? CLASSIFICATION_ASPECTS.map((aspect) => classification[aspect]).join('/') : '',
      Livscykel: SYSTEM_LIFECYCLE_LABELS_SV[value.lifecycle],
      Enheter: unitText.split(/[;\n]/).map((name) => name.trim()).filter(Boolean).join(UNIT_SEPARATOR),
    };
    return { rowNumber: raw.rowNumber, cells: shown, errors, value: errors.length === 0 ? value : null };
  });
  return { fileErrors: [], rows };
}
