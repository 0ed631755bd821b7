/**
 * Money in the registers is exact: whole öre. The form shows kronor with a decimal comma and reads
 * them back digit by digit, never through floating point.
 */

/** `12345650` öre → `123 456,50` (no currency sign: the label says kr). */
export function oreToKronorText(ore: number | null): string {
  if (ore === null) return '';
  const kronor = Math.floor(ore / 100).toLocaleString('sv-SE');
  return `${kronor},${String(ore % 100).padStart(2, '0')}`;
}

/** `123 456,5` → `12345650` öre; empty → null; anything else → undefined (not a valid amount). */
export function kronorTextToOre(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00A0\u202F]/g, '').replace(/kr$/i, '');
  if (compact === '') return null;
  const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  const ore = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? ore : undefined;
}
