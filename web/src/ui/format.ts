/**
 * Numbers, money and dates the Swedish way (`1 234 567 kr`, `2026-11-22`), through `Intl` with
 * sv-SE whatever the UI language, because the figures are Swedish public-sector figures. Intl
 * uses U+00A0 between thousands and U+2212 as minus sign; `parseNumber` accepts those back, as
 * well as what people type.
 */
const LOCALE = 'sv-SE';
const TIME_ZONE = 'Europe/Stockholm';

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const moneyFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'SEK', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const moneyFormatWithOre = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'SEK', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `1234567.5` → `1 234 567,5`; `fractionDigits` fixes the decimals (default: up to 2). */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (fractionDigits === 0) return integerFormat.format(value);
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

/** `1234567` → `1 234 567 kr`; with `{ ore: true }` → `1 234 567,00 kr`. */
export function formatMoney(kronor: number, options: { ore?: boolean } = {}): string {
  return (options.ore ? moneyFormatWithOre : moneyFormat).format(kronor);
}

/** `0.256` → `25,6 %`. */
export function formatPercent(fraction: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `2026-11-22` for a timestamp (in Swedish time) or a date-only string (kept as written, since a
 * calendar date has no time zone). Invalid input gives an empty string rather than "Invalid Date".
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  const date = toDate(value);
  return date ? dateFormat.format(date) : '';
}

/** `2026-11-22 14:05` in Swedish time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : '';
}

/** Spaces of every kind people and Intl put between thousands. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
/** Minus signs: hyphen-minus, U+2212 and the en dash word processors substitute. */
const MINUS = /[\u2212\u2013]/g;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a number as Swedes type it: `1 234 567`, `1 234,50` (U+00A0 too), `−12` (U+2212),
 * `12,5`, `12.5`, an optional trailing `kr`. Returns null for empty or unreadable input, and for
 * ambiguous input with more than one decimal mark (`1.234,5`), rather than guessing.
 */
export function parseNumber(input: string | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const text = input
    .replace(/\s*kr\.?\s*$/i, '')
    .replace(SPACES, '')
    .replace(MINUS, '-');
  if (text === '') return null;
  if ((text.match(/[.,]/g) ?? []).length > 1) return null;
  const normalized = text.replace(',', '.');
  if (!NUMBER.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
