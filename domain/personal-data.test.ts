import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalNumber, findPersonalNumbers } from '@domain/personal-data';

/** The Luhn check digit of the nine digits YYMMDDNNN, as Skatteverket computes it. */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let value = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

describe('the personal-data guard', () => {
  it('finds the Skatteverket test number with century and hyphen', () => {
    expect(findPersonalNumbers('Brukaren 19121212-1212 behöver larm')).toEqual([{ index: 9, text: '19121212-1212' }]); // fake test-personnummer
  });

  it('finds a personnummer without century, with or without a separator', () => {
    expect(containsPersonalNumber('121212-1212')).toBe(true); // fake test-personnummer
    expect(containsPersonalNumber('1212121212')).toBe(true); // fake test-personnummer
    expect(containsPersonalNumber('121212+1212')).toBe(true); // fake test-personnummer (over 100 years old)
    expect(containsPersonalNumber('121212 1212')).toBe(true); // fake test-personnummer
    expect(containsPersonalNumber('191212121212')).toBe(true); // fake test-personnummer
  });

  it('finds a samordningsnummer, whose day is the birth day plus 60', () => {
    expect(containsPersonalNumber('samordningsnummer 701063-2391 i texten')).toBe(true); // fake test-personnummer (samordningsnummer)
    expect(containsPersonalNumber('19701063-2391')).toBe(true); // fake test-personnummer (samordningsnummer)
  });

  it('ignores numbers whose check digit is wrong', () => {
    expect(containsPersonalNumber('19121212-1213')).toBe(false); // fake test-personnummer with a broken check digit
    expect(containsPersonalNumber('701063-2392')).toBe(false); // fake test-personnummer with a broken check digit
  });

  it('ignores numbers that are not a calendar date', () => {
    const impossible = ['121312', '121232', '120231', '121200', '121292'];
    for (const date of impossible) {
      const serial = '121';
      const number = `${date}-${serial}${checkDigit(date + serial)}`; // fake test-personnummer, impossible date
      expect(containsPersonalNumber(number), number).toBe(false);
    }
  });

  it('accepts 29 February only in leap years when the century is given', () => {
    const leap = `20000229-123${checkDigit('000229123')}`; // fake test-personnummer, leap day
    const notLeap = `19000229-123${checkDigit('000229123')}`; // fake test-personnummer, 1900 was no leap year
    expect(containsPersonalNumber(leap)).toBe(true);
    expect(containsPersonalNumber(notLeap)).toBe(false);
  });

  it('finds every number in a longer text and tells where each starts', () => {
    const text = 'Först 19121212-1212, sedan 701063-2391.'; // fake test-personnummer and samordningsnummer
    expect(findPersonalNumbers(text).map((m) => m.index)).toEqual([6, 27]);
  });

  it('does not match phone numbers, dates, amounts or longer digit runs', () => {
    const harmless = [
      '070-123 45 67',
      '08-123 456 78',
      '+46 70 123 45 67',
      '0701234567', // fake test-personnummer-shaped digits that must not match
      '2025-03-14',
      'Kostnad 1 250 000 kr',
      'Ärende 12345678901234', // fake test-personnummer-shaped digits that must not match
      '1212121212121', // fake test-personnummer-shaped digits that must not match
      'version 1.2.3.4',
    ];
    for (const text of harmless) expect(containsPersonalNumber(text), text).toBe(false);
  });

  it('does not match a number glued to more digits on either side', () => {
    expect(containsPersonalNumber('019121212-1212')).toBe(false); // fake test-personnummer with a leading digit
    expect(containsPersonalNumber('19121212-12120')).toBe(false); // fake test-personnummer with a trailing digit
  });

  it('finds any valid generated personnummer wherever it is placed in text', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        digits(3),
        fc.boolean(),
        fc.constantFrom('-', '+', ' ', ''),
        fc.string().map((s) => s.replace(/\d/g, 'x')),
        (date, serial, coordination, separator, prose) => {
          const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
          const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
          const dd = String(date.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
          const nine = yy + mm + dd + serial;
          const number = `${yy}${mm}${dd}${separator}${serial}${checkDigit(nine)}`;
          return containsPersonalNumber(`${prose} ${number} ${prose}`);
        },
      ),
    );
  });
});
