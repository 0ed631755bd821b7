/**
 * Parses numbers the way Swedish users type them: "1 234,50", "1 234,50" (non-breaking or narrow
 * space as thousands separator), "-12,5", "1234.50". Anything else – "12 tim", "1,2,3", "" – is
 * refused, so a form can point at the field instead of guessing. Pure; shared by web and server.
 */
export type SvNumberError = 'empty' | 'not_a_number' | 'too_many_decimals' | 'negative' | 'too_large';
export type SvNumberResult = { ok: true; value: string } | { ok: false; error: SvNumberError };

// Spaces a thousands separator may be typed or pasted as: space, no-break space, narrow no-break space.
const GROUP_SPACES = /[\u0020\u00a0\u202f\u2009]/g;
const SHAPE = /^(-|\u2212)?(\d+)(?:[.,](\d+))?$/;

export type SvNumberOptions = { maxDecimals?: number; allowNegative?: boolean; maxIntegerDigits?: number };

/**
 * The canonical decimal text ("-1234.5") of a Swedish-formatted number, or why it is not one.
 * Groups must be three digits when separated ("1 234" but not "12 34").
 */
export function parseSvNumber(text: string, options: SvNumberOptions = {}): SvNumberResult {
  const { maxDecimals = 6, allowNegative = true, maxIntegerDigits = 15 } = options;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  if (/[\u0020\u00a0\u202f\u2009]/.test(trimmed) && !/^(-|\u2212)?\d{1,3}([\u0020\u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/.test(trimmed)) {
    return { ok: false, error: 'not_a_number' };
  }
  const match = SHAPE.exec(trimmed.replace(GROUP_SPACES, ''));
  if (!match) return { ok: false, error: 'not_a_number' };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > maxDecimals) return { ok: false, error: 'too_many_decimals' };
  const integer = whole!.replace(/^0+(?=\d)/, '');
  if (integer.length > maxIntegerDigits) return { ok: false, error: 'too_large' };
  const negative = sign !== undefined && !/^0*$/.test(integer + fraction);
  if (negative && !allowNegative) return { ok: false, error: 'negative' };
  const cleanFraction = fraction.replace(/0+$/, '');
  return { ok: true, value: `${negative ? '-' : ''}${integer}${cleanFraction ? `.${cleanFraction}` : ''}` };
}

/** A whole number ≥ 0 typed in Swedish format ("1 200"), e.g. a number of units or hours. */
export function parseSvCount(text: string): { ok: true; value: number } | { ok: false; error: SvNumberError } {
  const parsed = parseSvNumber(text, { maxDecimals: 0, allowNegative: false, maxIntegerDigits: 9 });
  return parsed.ok ? { ok: true, value: Number(parsed.value) } : parsed;
}

/** Swedish messages for the parse errors, shown beside the field. */
export const SV_NUMBER_MESSAGES: Record<SvNumberError, string> = {
  empty: 'Fyll i ett tal.',
  not_a_number: 'Skriv bara siffror, t.ex. 1 234,50.',
  too_many_decimals: 'För många decimaler.',
  negative: 'Talet får inte vara negativt.',
  too_large: 'Talet är för stort.',
};
