import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUDIT_CSV_HEADER, auditEventCsvLine, csvCell, csvLine } from '@server/modules/audit-log/audit-csv';

/** Reads one CSV line back (the inverse the spreadsheet performs), for the round-trip property. */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

describe('CSV for Swedish Excel', () => {
  it('quotes cells with separators, quotes or line breaks', () => {
    expect(csvCell('Äldreomsorg; hemtjänst')).toBe('"Äldreomsorg; hemtjänst"');
    expect(csvCell('Säger "hej"')).toBe('"Säger ""hej"""');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises text that Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+46 70')).toBe("'+46 70");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('reads back every line as the cells that were written (apart from the formula guard)', () => {
    const safeText = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(safeText, { minLength: 1, maxLength: 8 }), (cells) => {
        const line = csvLine(cells);
        expect(line.endsWith('\r\n')).toBe(true);
        expect(parseLine(line.slice(0, -2))).toEqual(cells);
      }),
    );
  });

  it('writes an event with before and after as JSON under the Swedish header', () => {
    expect(AUDIT_CSV_HEADER.split(';')).toHaveLength(10);
    const line = auditEventCsvLine({
      id: '01900000-0000-7000-8000-000000000001',
      occurredAt: '2026-03-01T08:00:00.000Z',
      actorId: null,
      actorName: 'Åsa Öberg',
      action: 'unit.updated',
      entityType: 'unit',
      entityId: '01900000-0000-7000-8000-000000000002',
      before: { name: 'A' },
      after: null,
      requestId: 'r1',
      ip: '127.0.0.1',
    });
    expect(parseLine(line.slice(0, -2))).toEqual([
      '2026-03-01T08:00:00.000Z',
      'Åsa Öberg',
      '',
      'unit.updated',
      'unit',
      '01900000-0000-7000-8000-000000000002',
      '{"name":"A"}',
      '',
      'r1',
      '127.0.0.1',
    ]);
  });
});
