import type { CostRecurrence } from '@domain/cost-estimate';
import type { TCostEstimate } from '@domain/cost-estimate.contracts';

/** The longest note an estimate keeps (the contract's limit). */
export const COST_NOTE_MAX = 300;

/** An amount as a plan document writes it: "15 000", "15000", "1 250,50"; "tkr"/"mkr" after it scale it. */
const AMOUNT = /(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,(\d{1,2}))?(?:\s*(tkr|mkr|miljoner|milj))?/gi;
const RANGE_DASH = /^\s*(?:[-–—]|till)\s*$/i;

/** How often the cost recurs, told by the words in the text. */
function recurrenceIn(lower: string): CostRecurrence {
  if (/\/\s*(år|ar\b)|per år|om året|årlig|årskostnad/.test(lower)) return 'per_year';
  if (/\/\s*mån|per månad|i månaden|månadskostnad|månatlig/.test(lower)) return 'per_month';
  if (/\/\s*(h|tim|timme)\b|per timme|timpris|timarvode/.test(lower)) return 'per_hour';
  if (/\/\s*(st|styck|enhet|skåp|licens|användare|plats)|per (st|styck|enhet|licens|användare)|styckpris/.test(lower)) return 'per_unit';
  return 'one_off';
}

/** The recurrence written right after the amount ("4000 kr/st plus månadskostnad" is per unit), else anywhere. */
function recurrenceOf(text: string, afterAmount = ''): CostRecurrence {
  const direct = /^\s*(?:kr|kronor|sek|:-)?\s*(?:\/|per\s)\s*\S+/i.exec(afterAmount)?.[0];
  const told = direct ? recurrenceIn(direct.toLowerCase()) : 'one_off';
  return told !== 'one_off' ? told : recurrenceIn(text.toLowerCase());
}

function toOre(whole: string, fraction: string | undefined, scale: string | undefined): bigint {
  const ore = BigInt(whole.replace(/[ \u00a0.]/g, '')) * 100n + BigInt((fraction ?? '').padEnd(2, '0'));
  const unit = scale?.toLowerCase();
  return unit === 'tkr' ? ore * 1000n : unit ? ore * 1_000_000n : ore;
}

/** What is left of the text when the amounts and the words every estimate has are taken away. */
const residue = (text: string) =>
  text
    .replace(AMOUNT, ' ')
    .toLowerCase()
    .replace(/(?<!\p{L})(ca|cirka|circa|ungefär|kr|kronor|sek|per|år|månad|mån|st|h)(?!\p{L})|:-|[-–—/.,:;()\s]/gu, '');

/**
 * Uppskattad kostnad as written in a plan's table (seed 000: "Ca 15 000 kr", "Ca 40 000–60 000 kr",
 * "150 000 kr/år", "4000 kr/skåp", "Månadskostnad", "Tid, lönekostnad") as the shared estimate:
 * one amount or a range with how it recurs; the text itself is kept as the note whenever it says
 * more than the amount (so nothing the plan wrote is lost). Text with several separate amounts
 * ("39 500 kr + 6 000 kr/mån") is kept as a note only rather than guessed at.
 * A number cell is kronor. Returns null for an empty cell, or an error message.
 */
export function parseCostEstimateText(cell: string | number | null): { ok: true; value: TCostEstimate | null } | { ok: false; message: string } {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0 || cell > 1e13) return { ok: false, message: 'Måste vara ett belopp i kronor, 0 eller mer.' };
    return { ok: true, value: { low: String(Math.round(cell * 100)), high: null, recurrence: 'one_off', note: '' } };
  }
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: true, value: null };
  if (text.length > COST_NOTE_MAX) return { ok: false, message: `Får vara högst ${COST_NOTE_MAX} tecken.` };
  const amounts = [...text.matchAll(AMOUNT)];
  const note = residue(text) === '' ? '' : text;
  if (amounts.length === 0) return { ok: true, value: { low: null, high: null, recurrence: recurrenceOf(text), note: text } };
  const first = amounts[0]!;
  const second = amounts[1];
  const isRange = amounts.length === 2 && second !== undefined && RANGE_DASH.test(text.slice(first.index! + first[0].length, second.index));
  if (amounts.length > 1 && !isRange) return { ok: true, value: { low: null, high: null, recurrence: 'one_off', note: text } };
  // "40–60 tkr": the scale written after the range applies to both ends.
  const low = toOre(first[1]!, first[2], first[3] ?? second?.[3]);
  const high = isRange ? toOre(second[1]!, second[2], second[3]) : null;
  if (high !== null && high < low) return { ok: false, message: 'Intervallet måste gå uppåt, t.ex. 40 000–60 000 kr.' };
  if (low > 100_000_000_000_000n || (high ?? 0n) > 100_000_000_000_000n) return { ok: false, message: 'Beloppet är för stort.' };
  const last = isRange ? second : first;
  const after = text.slice(last.index! + last[0].length);
  return { ok: true, value: { low: String(low), high: high === null ? null : String(high), recurrence: recurrenceOf(text, after), note } };
}
