import { WELFARE_TECH_STATE_LABELS_SV, type TWelfareTechInput } from '@domain/welfare-tech.contracts';
import type { ParsedRow } from '@server/platform/spreadsheet/import-preview';
import type { RawTable } from '@server/platform/spreadsheet/raw-table';
import { locateColumns, readChoice, readDate, readInteger, readText, type Read } from '@server/platform/spreadsheet/read-cells';

/** The columns an inventory file has (the same headers as the export and the template). */
export const WELFARE_TECH_IMPORT_HEADERS = {
  technology: 'Teknik',
  product: 'Produkt',
  supplier: 'Leverantör',
  unitCount: 'Antal',
  placement: 'Placering',
  state: 'Status',
  asOf: 'Per datum',
  system: 'System',
  initiative: 'Initiativ',
} as const;
type Key = keyof typeof WELFARE_TECH_IMPORT_HEADERS;
const REQUIRED: Key[] = ['technology', 'unitCount', 'asOf'];

/** Names → ids of the organisation's systems and initiatives (matched regardless of case). */
export type ImportLookups = { systems: Map<string, string>; initiatives: Map<string, string> };

/**
 * Reads every row of an inventory file into what will be saved, with a Swedish error per bad
 * cell. Status defaults to "Infört"; a system or initiative is named and must exist.
 */
export function parseWelfareTechRows(table: RawTable, lookups: ImportLookups): { fileErrors: string[]; rows: ParsedRow<TWelfareTechInput>[] } {
  const { positions, missing } = locateColumns(table, WELFARE_TECH_IMPORT_HEADERS, REQUIRED);
  if (missing.length > 0) return { fileErrors: [`Kolumner saknas i rubrikraden: ${missing.join(', ')}.`], rows: [] };
  const rows = table.rows.map((raw) => {
    const cell = (key: Key) => (positions[key] === undefined ? null : (raw.cells[positions[key]!] ?? null));
    const errors: Array<{ column: string; message: string }> = [];
    const take = <T,>(key: Key, read: Read<T>, fallback: T): T => {
      if (read.ok) return read.value;
      errors.push({ column: WELFARE_TECH_IMPORT_HEADERS[key], message: read.message });
      return fallback;
    };
    const lookup = (key: 'system' | 'initiative', map: Map<string, string>) => {
      const name = take(key, readText(cell(key), { max: 300 }), '');
      if (name === '') return null;
      const id = map.get(name.toLowerCase());
      if (!id) errors.push({ column: WELFARE_TECH_IMPORT_HEADERS[key], message: `Det finns inget ${key === 'system' ? 'system' : 'initiativ'} som heter "${name}".` });
      return id ?? null;
    };
    const value: TWelfareTechInput = {
      technology: take('technology', readText(cell('technology'), { required: true, max: 120 }), ''),
      product: take('product', readText(cell('product'), { max: 200 }), ''),
      supplier: take('supplier', readText(cell('supplier'), { max: 200 }), ''),
      unitCount: take('unitCount', readInteger(cell('unitCount'), { required: true, min: 0, max: 1_000_000 }), 0) ?? 0,
      placement: take('placement', readText(cell('placement'), { max: 120 }), ''),
      state: take('state', readChoice(cell('state'), WELFARE_TECH_STATE_LABELS_SV, { fallback: 'deployed' }), 'deployed'),
      asOf: take('asOf', readDate(cell('asOf'), { required: true }), '') ?? '',
      systemId: lookup('system', lookups.systems),
      initiativeId: lookup('initiative', lookups.initiatives),
    };
    const shown: Record<string, string> = {
      Teknik: value.technology,
      Produkt: value.product,
      Leverantör: value.supplier,
      Antal: String(value.unitCount),
      Placering: value.placement,
      Status: WELFARE_TECH_STATE_LABELS_SV[value.state],
      'Per datum': value.asOf,
      System: String(cell('system') ?? ''),
      Initiativ: String(cell('initiative') ?? ''),
    };
    return { rowNumber: raw.rowNumber, cells: shown, errors, value: errors.length === 0 ? value : null };
  });
  return { fileErrors: [], rows };
}
