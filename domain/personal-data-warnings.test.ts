import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalNumbers } from '@domain/personal-data';
import { findPersonalDataWarnings, findPersonReferences } from '@domain/personal-data-warnings';

/** The Luhn check digit of the nine digits YYMMDDNNN. */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let value = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/**
 * Generated numbers (date + serial + Luhn), never listed, so no real number is in the file: every
 * form a person writes them in — with or without century, samordningsnummer (day + 60), dash, plus,
 * space or nothing before the serial, in prose.
 */
const generatedNumber = fc
  .record({
    date: fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    serial: digits(3),
    coordination: fc.boolean(),
    withCentury: fc.boolean(),
    separator: fc.constantFrom('-', '+', ' ', ''),
    prose: fc.string().map((s) => s.replace(/\d/g, 'x')),
  })
  // Ten digits from 2007 without a separator read as a 070 mobile number (see personal-data.test.ts).
  .filter(({ date, separator, withCentury }) => withCentury || !(separator === '' && date.getUTCFullYear() % 100 === 7 && date.getUTCMonth() < 9))
  .map(({ date, serial, coordination, withCentury, separator, prose }) => {
    const year = String(date.getUTCFullYear());
    const yy = year.slice(2);
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(date.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
    const check = checkDigit(yy + mm + dd + serial);
    const write = (last: number) => `${withCentury ? year.slice(0, 2) : ''}${yy}${mm}${dd}${separator}${serial}${last}`;
    return { valid: write(check), wrong: write((check + 1 + (Number(serial) % 9)) % 10), prose };
  });

describe('the personal-data warnings', () => {
  it('refuses every valid generated personnummer and samordningsnummer form, and warns on none of them', () => {
    fc.assert(
      fc.property(generatedNumber, ({ valid, prose }) => {
        const text = `${prose} ${valid} ${prose}`;
        return findPersonalNumbers(text).length === 1 && findPersonalDataWarnings(text).length === 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('warns on every such number whose check digit is wrong, naming it, and does not refuse it', () => {
    fc.assert(
      fc.property(generatedNumber, ({ wrong, prose }) => {
        const text = `${prose} ${wrong} ${prose}`;
        const warnings = findPersonalDataWarnings(text);
        return findPersonalNumbers(text).length === 0 && warnings.length === 1 && warnings[0]!.reason === 'personal_number_check_digit' && text.includes(warnings[0]!.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not warn on numbers with an impossible date, phone numbers, amounts or dates', () => {
    const harmless = ['121312-1212', '070-123 45 67', '+46 70 123 45 67', 'Kostnad 1 250 000 kr', '2025-03-14', 'Dnr 2024-00123', 'Organisationsnummer 212000-1355', 'version 1.2.3.4']; // fake test-personnummer-shaped digits that must not match
    for (const text of harmless) expect(findPersonalDataWarnings(text), text).toEqual([]);
  });

  it('warns on a name with a room, an address or a diagnosis close by', () => {
    expect(findPersonReferences('Anna Svensson rum 12 behöver hjälp med larmet')).toEqual([{ reason: 'name_with_room', index: 0, text: 'Anna Svensson' }]);
    expect(findPersonReferences('Besök hos Karl Berg, Storgatan 5, varje tisdag')).toEqual([{ reason: 'name_with_address', index: 10, text: 'Karl Berg' }]);
    expect(findPersonReferences('Brukaren Maria Lind har diabetes och glömmer sina doser')).toEqual([{ reason: 'name_with_diagnosis', index: 9, text: 'Maria Lind' }]);
    expect(findPersonReferences('Lgh 1102: Erik Åberg-Lund vill ha digital tillsyn')).toMatchObject([{ reason: 'name_with_room', text: 'Erik Åberg-Lund' }]);
    expect(findPersonReferences('Vi besökte Olle Holm på Kvarngränd 3B')).toMatchObject([{ reason: 'name_with_address' }]);
  });

  it('does not warn on a name alone, or on rooms, addresses and diagnoses without a name', () => {
    const harmless = [
      'Projektledare Anna Svensson rapporterar till styrgruppen varje månad.',
      'Alla rum på Solgården får trygghetskameror under 2026.',
      'Förvaltningen flyttar till Storgatan 5 i maj.',
      'Demensboendet Eken testar sensorer för personer med demens.',
      'Kontakta Karl Berg på digitaliseringsenheten om e-tjänsten.',
      'Effektivitet Alla enheter rum för förbättring 12 procent.',
    ];
    for (const text of harmless) expect(findPersonalDataWarnings(text), text).toEqual([]);
  });
});

/**
 * The five seed documents — real municipal plans, copied from the shared seeds — hold no personal
 * data: none of their paragraphs may give a warning (nor be refused). The figures are reported in
 * docs/SECURITY.md.
 */
describe('the personal-data guard on the seed documents', () => {
  const dir = new URL('./fixtures/seeds/', import.meta.url);
  const documents = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

  it('finds the five seeds and gives no warning and no refusal on any of their paragraphs', () => {
    expect(documents).toHaveLength(5);
    let paragraphs = 0;
    const flagged: string[] = [];
    for (const { name, text } of documents) {
      for (const paragraph of text.split(/\n[ \t\u00A0]*\n/).filter((p) => p.trim().length > 0)) {
        paragraphs++;
        for (const warning of findPersonalDataWarnings(paragraph)) flagged.push(`${name}: ${warning.reason} "${warning.text}"`);
        for (const number of findPersonalNumbers(paragraph)) flagged.push(`${name}: refused "${number.text}"`);
      }
      for (const warning of findPersonalDataWarnings(text)) flagged.push(`${name} (whole): ${warning.reason} "${warning.text}"`);
    }
    expect(paragraphs).toBeGreaterThan(1500);
    expect(flagged).toEqual([]);
  });
});
