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
          // A 2007 date written as ten digits without a separator (070101 and four more) reads as a 070 mobile number as much as a birth date;
          // mobile numbers win (see "never refuses a mobile number").
          fc.pre(!(separator === '' && date.getUTCFullYear() % 100 === 7 && date.getUTCMonth() < 9));
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

/**
 * Generated personnummer and samordningsnummer as Word, phones and PDFs render them: any dash or
 * hyphen, grouping with (non-breaking) spaces or dots, full-width digits, a soft hyphen anywhere.
 * The numbers are computed (date + serial + Luhn), never listed, so no real number is in the file.
 */
describe('the personal-data guard on numbers as other programs write them', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D', '\uFE58'];
  const SPACES = [' ', '\u00A0', '\u202F', '\u2009'];
  const toFullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

  /** A valid number as its parts: optional century, six date digits, three serial digits, Luhn digit. */
  const validNumber = fc
    .record({
      date: fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
      serial: digits(3),
      coordination: fc.boolean(),
      withCentury: fc.boolean(),
    })
    .map(({ date, serial, coordination, withCentury }) => {
      const year = String(date.getUTCFullYear());
      const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
      const dd = String(date.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
      const yy = year.slice(2);
      return { century: withCentury ? year.slice(0, 2) : '', yy, mm, dd, serial, check: String(checkDigit(yy + mm + dd + serial)) };
    });

  /** How the number is written: a separator before the serial, grouping inside the date and the last four. */
  const rendering = fc.record({
    main: fc.oneof(fc.constantFrom('', '+', ...DASHES, ...SPACES), fc.constantFrom(...DASHES).map((d) => ` ${d} `)),
    dateGroup: fc.constantFrom('', ' ', '.', '\u00A0'),
    lastGroup: fc.constantFrom('', ' ', '\u202F'),
    fullWidth: fc.boolean(),
    softHyphenAt: fc.option(fc.nat(), { nil: undefined }),
  });

  it('finds every generated number however it is dashed, grouped or widened, wherever it sits in text', () => {
    fc.assert(
      fc.property(validNumber, rendering, fc.string().map((s) => s.replace(/[\d\uFF10-\uFF19+]/g, 'x')), (n, r, prose) => {
        // Without a century or a separator before the serial, 070… is a mobile number (see below).
        fc.pre(!(n.century === '' && n.yy === '07' && n.mm < '10' && r.main === ''));
        let number = [n.century, n.yy, n.mm, n.dd].filter(Boolean).join(r.dateGroup) + r.main + n.serial.slice(0, 2) + r.lastGroup + n.serial.slice(2) + n.check;
        if (r.fullWidth) number = toFullWidth(number);
        if (r.softHyphenAt !== undefined) {
          const at = 1 + (r.softHyphenAt % (number.length - 1));
          number = number.slice(0, at) + '\u00AD' + number.slice(at);
        }
        const text = `${prose} ${number} ${prose}`;
        const found = findPersonalNumbers(text);
        // The match points at the number as written, so the form can show and remove it.
        return found.length === 1 && found[0]!.text === number && found[0]!.index === prose.length + 1;
      }),
    );
  });

  it('never refuses a mobile number, with or without spaces, national or with +46', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '2', '3', '6'), digits(7), fc.integer({ min: 0, max: 5 }), (operator, rest, form) => {
        const n = `7${operator}${rest}`; // 7X XXX XX XX without the leading zero
        const written = [
          `0${n}`,
          `+46${n}`,
          `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `+46 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `0${n.slice(0, 2)}-${n.slice(2)}`,
        ][form]!;
        return !containsPersonalNumber(`Ring ${written} efter klockan 9`);
      }),
      // 070 numbers read as a 2007 birth date; enough runs that Luhn-valid ones come up.
      { numRuns: 2000 },
    );
  });

  it('never refuses ordinary amounts, years, dates and date ranges in text', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const amount = fc.integer({ min: 0, max: 999_999_999 }).map((n) => n.toLocaleString('sv-SE'));
    const sentence = fc.oneof(
      amount.map((a) => `Kostnaden är ${a} kr per år`),
      fc.integer({ min: 1900, max: 2100 }).map((y) => `Införs ${y} i hela förvaltningen`),
      day.map((d) => `Beslut ${d}`),
      fc.tuple(day, day).map(([a, b]) => `Period ${a}\u2013${b}`),
      fc.tuple(day, day).map(([a, b]) => `Period ${a}-${b}`),
      fc.tuple(day, fc.integer({ min: 0, max: 23 })).map(([d, h]) => `Möte ${d} ${String(h).padStart(2, '0')}:00`),
      fc.tuple(day, amount).map(([d, a]) => `${d} ${a} kr`),
    );
    fc.assert(fc.property(sentence, (text) => !containsPersonalNumber(text)), { numRuns: 2000 });
  });
});
