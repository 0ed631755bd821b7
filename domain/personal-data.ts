/**
 * The personal-data guard: Digiplan must hold no data about individual clients, so free text that
 * contains something shaped like a Swedish personnummer or samordningsnummer (a real calendar date,
 * day + 60 for samordningsnummer, and a valid Luhn check digit) is refused before it is saved.
 */

/** 10 or 12 digits, optionally with a separator (-, + or space) before the last four. */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{3})(\d)(?!\d)/g;

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

/** A match found by the guard: where it is, so the form can point at it. */
export type PersonalNumberMatch = { index: number; text: string };

/** Finds every personnummer/samordningsnummer-shaped string in `text`. */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  const found: PersonalNumberMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, century, yy, mm, dd, serial, check] = m as unknown as [string, string | undefined, string, string, string, string, string];
    let day = Number(dd);
    if (day > 60) day -= 60; // samordningsnummer
    // Without a century any year fits; 2000 is a leap year, so 29 February is accepted then.
    const year = century ? Number(century + yy) : 2000 + Number(yy);
    if (!isRealDate(year, Number(mm), day)) continue;
    if (!luhnIsValid(yy + mm + dd + serial, Number(check))) continue;
    found.push({ index: m.index ?? 0, text: whole });
  }
  return found;
}

/** True when `text` contains something that looks like a personnummer or samordningsnummer. */
export function containsPersonalNumber(text: string): boolean {
  return findPersonalNumbers(text).length > 0;
}
