/**
 * The personal-data guard: Digiplan must hold no data about individual clients, so free text that
 * contains something shaped like a Swedish personnummer or samordningsnummer (a real calendar date,
 * day + 60 for samordningsnummer, and a valid Luhn check digit) is refused before it is saved.
 *
 * Text pasted from Word, phones and PDFs writes numbers in many ways: other dashes than `-`,
 * full-width digits, digits grouped with (non-breaking) spaces or dots, soft hyphens. The text is
 * normalised first (NFKC, every dash to `-`, invisible characters dropped), remembering where each
 * character came from, so a match still points at the number as the user wrote it.
 */

/** Dashes and minus signs NFKC leaves alone; all of them mean `-` in a number. */
const DASHES = /[\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]/g;
/** Characters that are invisible in print and may sit inside a number (soft hyphen, zero-width). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** A run of digits where single separators (space, dot, dash, plus, spaced dash) may group them. */
const NUMBER_RUN = /\d(?:(?: ?[-+] ?|[ .])?\d)*/g;
const SEPARATOR = / ?[-+] ?|[ .]/g;

type Normalised = { text: string; origin: number[] };

/** NFKC per code point with dashes mapped, and for every output character its index in `text`. */
function normalise(text: string): Normalised {
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    if (!INVISIBLE.test(char)) {
      const mapped = char.normalize('NFKC').replace(DASHES, '-');
      for (let i = 0; i < mapped.length; i++) origin.push(index);
      out += mapped;
    }
    index += char.length;
  }
  origin.push(index);
  return { text: out, origin };
}

function luhnIsValid(nineDigits: string, checkDigit: number): boolean {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let value = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10 === checkDigit;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A group of digits inside a run, with the separator written before it ('' for the first). */
type Group = { digits: string; start: number; end: number; before: string };

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let before = '';
  let last = 0;
  for (const sep of run.matchAll(SEPARATOR)) {
    groups.push({ digits: run.slice(last, sep.index), start: offset + last, end: offset + sep.index, before });
    before = sep[0];
    last = sep.index + sep[0].length;
  }
  groups.push({ digits: run.slice(last), start: offset + last, end: offset + run.length, before });
  return groups;
}

/**
 * Whether the digits `d` (10 or 12), split after the digit counts in `splits`, are written like a
 * personnummer: grouped only between century, year, month, day, serial and the last two digits.
 * This is what keeps amounts (groups of three), phone numbers (070-…) and ISO dates out. The
 * answer: a personnummer/samordningsnummer (`valid`), one written the same way with a real date
 * but a wrong check digit (`check_digit`: a typo, or a real number with one digit changed), or
 * neither (null).
 */
function numberShape(d: string, splits: number[], separators: string[]): 'valid' | 'check_digit' | null {
  const dateLength = d.length - 4;
  const allowed = new Set(d.length === 12 ? [2, 4, 6, 8, 10] : [2, 4, 6, 8]);
  if (!splits.every((s) => allowed.has(s))) return null;
  // Only the separator before the serial may be a dash or plus; elsewhere only spaces and dots
  // group (a dash inside means a date, 2025-03-14 22:00, or a phone number).
  if (splits.some((s, i) => s !== dateLength && !/^[ .]$/.test(separators[i]!))) return null;
  // A mobile number (070 and seven digits) is a phone number unless a separator sits before the last four
  // (YYMMDD-NNNN): without one, a child born January–September 2007 cannot be told from a 070 number.
  if (d.length === 10 && /^07[02369]/.test(d) && !splits.includes(dateLength)) return null;
  const century = d.length === 12 ? d.slice(0, 2) : undefined;
  if (century !== undefined && !['18', '19', '20'].includes(century)) return null;
  const [yy, mm, dd, serial, check] = [d.slice(-10, -8), d.slice(-8, -6), d.slice(-6, -4), d.slice(-4, -1), Number(d.slice(-1))];
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  // Without a century any year fits; 2000 is a leap year, so 29 February is accepted then.
  const year = century ? Number(century + yy) : 2000 + Number(yy);
  if (!isRealDate(year, Number(mm), day)) return null;
  return luhnIsValid(yy + mm + dd + serial, check) ? 'valid' : 'check_digit';
}

/** A match found by the guard: where it is, so the form can point at it. */
export type PersonalNumberMatch = { index: number; text: string };

/** Finds every personnummer/samordningsnummer-shaped string in `text`, as written there. */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  return findNumbers(text, 'valid');
}

/**
 * Finds every number written like a personnummer or samordningsnummer, with a real date, whose
 * check digit is wrong: not refused (it is no valid number) but worth a question, since a real
 * number with one mistyped digit is still a person's number. A valid number is not among these.
 */
export function findSuspectedPersonalNumbers(text: string): PersonalNumberMatch[] {
  return findNumbers(text, 'check_digit');
}

function findNumbers(text: string, wanted: 'valid' | 'check_digit'): PersonalNumberMatch[] {
  const { text: plain, origin } = normalise(text);
  const found: PersonalNumberMatch[] = [];
  for (const run of plain.matchAll(NUMBER_RUN)) {
    // An international number (+46 70 …) is a phone number.
    if (plain[run.index - 1] === '+') continue;
    const groups = groupsOf(run[0], run.index);
    // A number starts and ends where the run starts or ends or at a plain space: not in the middle
    // of a dash-joined chain like a date range (2026-05-12–1990-01-01).
    const canStart = (g: number) => g === 0 || groups[g]!.before === ' ';
    const canEnd = (g: number) => g === groups.length - 1 || groups[g + 1]!.before === ' ';
    for (let first = 0; first < groups.length; first++) {
      if (!canStart(first)) continue;
      const windows: { last: number; digits: string; splits: number[]; separators: string[] }[] = [];
      let digits = '';
      const splits: number[] = [];
      const separators: string[] = [];
      for (let last = first; last < groups.length && digits.length < 12; last++) {
        if (last > first) {
          splits.push(digits.length);
          separators.push(groups[last]!.before);
        }
        digits += groups[last]!.digits;
        if ((digits.length === 10 || digits.length === 12) && canEnd(last)) windows.push({ last, digits, splits: [...splits], separators: [...separators] });
      }
      // With the century (12 digits) first: its last ten digits are not a number of their own.
      const shaped = windows.reverse().map((w) => ({ ...w, shape: numberShape(w.digits, w.splits, w.separators) }));
      // A valid number wins over a wrongly checked reading of the same digits (and is never a suspect).
      const valid = shaped.find((w) => w.shape === 'valid');
      const match = wanted === 'valid' ? valid : (valid ?? shaped.find((w) => w.shape === 'check_digit'));
      if (!match) continue;
      if (match.shape !== wanted) {
        first = match.last;
        continue;
      }
      const start = origin[groups[first]!.start]!;
      const end = origin[groups[match.last]!.end]!;
      found.push({ index: start, text: text.slice(start, end) });
      first = match.last; // the next number starts after this one
    }
  }
  return found;
}

/** True when `text` contains something that looks like a personnummer or samordningsnummer. */
export function containsPersonalNumber(text: string): boolean {
  return findPersonalNumbers(text).length > 0;
}
