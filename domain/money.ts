import { parseSvNumber, type SvNumberError } from '@domain/sv-number';

/**
 * Money in Digiplan is whole öre in a bigint – never a binary floating-point number – so sums over
 * many years and lines stay exact. On the wire an amount is the öre as a decimal string ("123450").
 * This file is the one place that parses, converts and formats money.
 */
export type Ore = bigint;

/** Öre as the wire format: an optional minus and digits. */
export const ORE_PATTERN = /^-?\d{1,18}$/;

export const oreFromWire = (text: string): Ore => BigInt(text);
export const oreToWire = (ore: Ore): string => ore.toString();

/** Kronor typed in Swedish format ("1 234,50") → öre, or why not. At most two decimals (öre). */
export function parseKronor(text: string, options: { allowNegative?: boolean } = {}): { ok: true; ore: Ore } | { ok: false; error: SvNumberError } {
  const parsed = parseSvNumber(text, { maxDecimals: 2, allowNegative: options.allowNegative ?? false, maxIntegerDigits: 13 });
  if (!parsed.ok) return parsed;
  const negative = parsed.value.startsWith('-');
  const [whole, fraction = ''] = parsed.value.replace('-', '').split('.');
  const ore = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return { ok: true, ore: negative ? -ore : ore };
}

/** a / b rounded half away from zero; b must not be 0. */
export function divRound(a: bigint, b: bigint): bigint {
  if (b < 0n) return divRound(-a, -b);
  const q = a / b;
  const r = a % b;
  if (r * 2n >= b) return q + 1n;
  if (r * 2n <= -b) return q - 1n;
  return q;
}

/** How amounts are shown: kronor, thousands (tkr) or millions (mnkr). */
export const MONEY_SCALES = ['kr', 'tkr', 'mnkr'] as const;
export type MoneyScale = (typeof MONEY_SCALES)[number];
const SCALE_ORE: Record<MoneyScale, bigint> = { kr: 100n, tkr: 100_000n, mnkr: 100_000_000n };
const SCALE_DECIMALS: Record<MoneyScale, number> = { kr: 0, tkr: 0, mnkr: 1 };

/** Groups digits the Swedish way with a no-break space: 1 234 567. */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/**
 * "1 234 kr", "5 300 tkr", "5,3 mnkr": exact integer arithmetic, rounded half away from zero to the
 * scale's decimals (or to `decimals`), with a real minus sign.
 */
export function formatMoney(ore: Ore, scale: MoneyScale = 'kr', decimals: number = SCALE_DECIMALS[scale]): string {
  const factor = 10n ** BigInt(decimals);
  const scaled = divRound(ore * factor, SCALE_ORE[scale]);
  const negative = scaled < 0n;
  const abs = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = abs.slice(0, abs.length - decimals);
  const fraction = decimals > 0 ? `,${abs.slice(abs.length - decimals)}` : '';
  return `${negative ? '\u2212' : ''}${groupDigits(whole)}${fraction}\u00a0${scale}`;
}

/** Öre as kronor text for an input field ("1 234,50"), the inverse of parseKronor. */
export function kronorInputText(ore: Ore): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const kr = abs / 100n;
  const rest = abs % 100n;
  return `${negative ? '-' : ''}${groupDigits(kr.toString())}${rest === 0n ? '' : `,${rest.toString().padStart(2, '0')}`}`;
}

/** A ratio of two amounts as text with two decimals, e.g. return per invested krona "4,08". */
export function formatRatio(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const abs = (negative ? -hundredths : hundredths).toString().padStart(3, '0');
  return `${negative ? '\u2212' : ''}${abs.slice(0, -2)},${abs.slice(-2)}`;
}
