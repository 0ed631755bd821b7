import { findPersonalNumbers } from '@domain/personal-data';
import { FIRST_YEAR, LAST_YEAR } from '@domain/iso-date';
import { hasUnstorableCharacters } from '@server/platform/http/input-guard';
import type { RawCell, RawTable } from '@server/platform/spreadsheet/raw-table';

/** A value read from a cell, or why it could not be (a Swedish sentence for the preview). */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T,>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

const FORMULA = 'Formler läses inte in; skriv värdet i stället.';
const isFormula = (cell: RawCell): cell is { formula: true } => typeof cell === 'object' && cell !== null;

/** Text of at most `max` characters; required text must not be empty; never a personnummer. */
export function readText(cell: RawCell, options: { required?: boolean; max: number }): Read<string> {
  if (isFormula(cell)) return fail(FORMULA);
  const text = cell === null ? '' : String(cell).trim();
  if (options.required && text === '') return fail('Måste fyllas i.');
  if (text.length > options.max) return fail(`Får vara högst ${options.max} tecken.`);
  if (hasUnstorableCharacters(text)) return fail('Innehåller ett osynligt styrtecken som inte kan sparas; skriv om texten.');
  if (findPersonalNumbers(text).length > 0) return fail('Innehåller något som liknar ett personnummer. Digiplan får inte innehålla uppgifter om enskilda.');
  return ok(text);
}

/** A whole number within bounds; "1 234" with spaces is read as 1234. */
export function readInteger(cell: RawCell, options: { required?: boolean; min: number; max: number }): Read<number | null> {
  if (isFormula(cell)) return fail(FORMULA);
  if (cell === null) return options.required ? fail('Måste fyllas i.') : ok(null);
  const value = typeof cell === 'number' ? cell : /^-?\d+$/.test(cell.replace(/[\s\u00A0]/g, '')) ? Number(cell.replace(/[\s\u00A0]/g, '')) : NaN;
  if (!Number.isInteger(value)) return fail('Måste vara ett heltal.');
  if (value < options.min || value > options.max) return fail(`Måste vara mellan ${options.min} och ${options.max}.`);
  return ok(value);
}

/**
 * Kronor (with a decimal comma or point, at most two decimals) as exact öre. Text is parsed digit by
 * digit, never through a float; a number cell is rounded to whole öre.
 */
export function readKronorAsOre(cell: RawCell): Read<number | null> {
  if (isFormula(cell)) return fail(FORMULA);
  if (cell === null) return ok(null);
  if (typeof cell === 'number') return cell >= 0 && Number.isFinite(cell) ? ok(Math.round(cell * 100)) : fail('Måste vara ett belopp i kronor, 0 eller mer.');
  const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(cell.replace(/[\s\u00A0]/g, '').replace(/(kr|:-)$/i, ''));
  if (!match) return fail('Måste vara ett belopp i kronor, t.ex. 12 500,50.');
  const ore = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(ore) && ore <= 1_000_000_000_000 ? ok(ore) : fail('Beloppet är för stort.');
}

/** A date as YYYY-MM-DD (Excel dates arrive already converted). */
export function readDate(cell: RawCell, options: { required?: boolean }): Read<string | null> {
  if (isFormula(cell)) return fail(FORMULA);
  if (cell === null) return options.required ? fail('Måste fyllas i.') : ok(null);
  const text = String(cell).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return fail('Måste vara ett datum som ÅÅÅÅ-MM-DD.');
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail(`Året måste vara mellan ${FIRST_YEAR} och ${LAST_YEAR}.`);
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? ok(text) : fail('Datumet finns inte.');
}

/** One of a fixed set, written as its Swedish label or its code (case does not matter). */
export function readChoice<T extends string>(cell: RawCell, labels: Record<T, string>, options: { required?: boolean; fallback?: T } = {}): Read<T> {
  if (isFormula(cell)) return fail(FORMULA);
  if (cell === null || String(cell).trim() === '') {
    return options.fallback ? ok(options.fallback) : fail(`Måste fyllas i: ${Object.values<string>(labels).join(', ')}.`);
  }
  const wanted = String(cell).trim().toLowerCase();
  const found = (Object.keys(labels) as T[]).find((key) => key.toLowerCase() === wanted || labels[key].toLowerCase() === wanted);
  return found ? ok(found) : fail(`Måste vara något av: ${Object.values<string>(labels).join(', ')}.`);
}

/** Where each expected column is in the file (matched by header, case-insensitive), and the ones missing. */
export function locateColumns<K extends string>(table: RawTable, expected: Record<K, string>, required: readonly NoInfer<K>[]) {
  const index = new Map(table.header.map((name, i) => [name.trim().toLowerCase(), i]));
  const positions = {} as Record<K, number | undefined>;
  for (const key of Object.keys(expected) as K[]) positions[key] = index.get(expected[key].toLowerCase());
  const missing = required.filter((key) => positions[key] === undefined).map((key) => expected[key]);
  return { positions, missing };
}

/** A header as compared: lower case, line breaks and runs of spaces as one space, no trailing colon. */
const headerKey = (name: string) => name.replace(/\s+/g, ' ').trim().replace(/:$/, '').toLowerCase();

/**
 * Like `locateColumns`, but each column may be headed by any of several names (the first is the
 * one the template writes), so a table written as in an existing plan document imports too. Headers
 * are compared ignoring case, line breaks inside the cell and a trailing colon.
 */
export function locateColumnsByNames<K extends string>(table: RawTable, expected: Record<K, readonly string[]>, required: readonly NoInfer<K>[]) {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = headerKey(name);
    if (key && !index.has(key)) index.set(key, i);
  });
  const positions = {} as Record<K, number | undefined>;
  for (const key of Object.keys(expected) as K[]) positions[key] = expected[key].map((name) => index.get(headerKey(name))).find((i) => i !== undefined);
  const missing = required.filter((key) => positions[key] === undefined).map((key) => expected[key][0]!);
  return { positions, missing };
}
