import type { ImportExistingChoice, ImportOutcome } from '@domain/register-import.contracts';
import type { TWelfareTechInput } from '@domain/welfare-tech.contracts';
import type { ParsedRow } from '@server/platform/spreadsheet/import-preview';
import { WELFARE_TECH_IMPORT_HEADERS } from '@server/modules/welfare-tech/welfare-tech-import';

/** An inventory row already saved, as far as matching an imported row needs it. */
export type ExistingWelfareTech = TWelfareTechInput & { id: string };

/** A parsed row with what saving it will do: add it, update `existingId`, or nothing. */
export type MatchedRow = ParsedRow<TWelfareTechInput> & { outcome?: ImportOutcome; existingId?: string };

const norm = (text: string) => text.trim().toLocaleLowerCase('sv-SE');

/** The identity of an inventory row: as-of date, technology and placement (any case, any spacing at the ends). */
export const welfareTechKey = (row: Pick<TWelfareTechInput, 'asOf' | 'technology' | 'placement'>) => `${row.asOf}|${norm(row.technology)}|${norm(row.placement)}`;

const COMPARED = ['product', 'supplier', 'unitCount', 'state', 'systemId', 'initiativeId'] as const;
const sameValues = (a: TWelfareTechInput, b: TWelfareTechInput) => COMPARED.every((key) => (a[key] ?? null) === (b[key] ?? null));

/**
 * Decides for each row of a file whether it is new, changes the saved row with the same as-of
 * date, technology and placement, or changes nothing – so re-importing an export never doubles the
 * inventory. A key named twice in the file, a key the inventory already holds twice, and (when the
 * user chose to refuse) a key that exists are row errors, so nothing is saved by guesswork. A
 * matched row keeps the saved spelling of its technology and placement.
 */
export function matchWelfareTechRows(rows: ReadonlyArray<ParsedRow<TWelfareTechInput>>, existing: ReadonlyArray<ExistingWelfareTech>, choice: ImportExistingChoice): MatchedRow[] {
  const saved = new Map<string, ExistingWelfareTech[]>();
  for (const row of existing) saved.set(welfareTechKey(row), [...(saved.get(welfareTechKey(row)) ?? []), row]);
  const seenInFile = new Map<string, number>();
  const column = WELFARE_TECH_IMPORT_HEADERS.asOf;
  return rows.map((row) => {
    if (!row.value) return row;
    const key = welfareTechKey(row.value);
    const earlier = seenInFile.get(key);
    if (earlier !== undefined) return refuse(row, column, `Samma datum, teknik och placering finns redan på rad ${earlier} i filen.`);
    seenInFile.set(key, row.rowNumber);
    const matches = saved.get(key) ?? [];
    if (matches.length === 0) return { ...row, outcome: 'new' };
    if (matches.length > 1) return refuse(row, column, `Inventeringen har redan ${matches.length} rader med samma datum, teknik och placering. Rätta dem i listan först.`);
    if (choice === 'refuse') return refuse(row, column, 'Raden finns redan i inventeringen (samma datum, teknik och placering). Välj att uppdatera befintliga rader för att ändra den.');
    const match = matches[0]!;
    // The saved spelling of the key stays: "hemtjänst" in a file does not rename "Hemtjänst".
    const value = { ...row.value, technology: match.technology, placement: match.placement };
    return { ...row, value, outcome: sameValues(match, value) ? 'unchanged' : 'changed', existingId: match.id };
  });
}

function refuse(row: ParsedRow<TWelfareTechInput>, column: string, message: string): MatchedRow {
  return { ...row, errors: [...row.errors, { column, message }], value: null };
}

/** How many rows are new, change a row, or change nothing (rows with errors are in none). */
export function countOutcomes(rows: ReadonlyArray<MatchedRow>): Record<ImportOutcome, number> {
  const counts: Record<ImportOutcome, number> = { new: 0, changed: 0, unchanged: 0 };
  for (const row of rows) if (row.outcome && row.value) counts[row.outcome] += 1;
  return counts;
}
