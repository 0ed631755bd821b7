import { describe, expect, it } from 'vitest';
import { addMonths, contractsEndingWithin, noticeDate } from '@domain/contract-dates';

describe('contract dates', () => {
  it('takes the notice period from the end date, keeping the day', () => {
    expect(noticeDate('2026-12-31', 6)).toBe('2026-06-30');
    expect(noticeDate('2026-09-15', 3)).toBe('2026-06-15');
    expect(noticeDate('2027-01-20', 2)).toBe('2026-11-20');
  });

  it('clamps to the last day of a shorter month, also in a leap year', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('uses the end date itself when no notice period is recorded', () => {
    expect(noticeDate('2026-05-01', null)).toBe('2026-05-01');
    expect(noticeDate('2026-05-01', 0)).toBe('2026-05-01');
  });

  it('lists only contracts ending from today up to the horizon, soonest notice first', () => {
    const rows = [
      { id: '1', name: 'Viva', supplier: 'Tieto', contractEnd: '2027-03-31', noticeMonths: 9 },
      { id: '2', name: 'Phoniro', supplier: 'Phoniro', contractEnd: '2026-12-31', noticeMonths: 3 },
      { id: '3', name: 'Gammalt', supplier: 'X', contractEnd: '2026-01-01', noticeMonths: 1 },
      { id: '4', name: 'Långt', supplier: 'Y', contractEnd: '2030-01-01', noticeMonths: 12 },
      { id: '5', name: 'Utan avtal', supplier: 'Z', contractEnd: null, noticeMonths: null },
    ];
    const result = contractsEndingWithin(rows, '2026-06-01', 12);
    expect(result.map((r) => [r.name, r.noticeDate])).toEqual([
      ['Viva', '2026-06-30'],
      ['Phoniro', '2026-09-30'],
    ]);
    expect(contractsEndingWithin(rows, '2026-07-01', 6).map((r) => r.name)).toEqual(['Phoniro']);
    expect(contractsEndingWithin(rows, '2026-12-31', 1).map((r) => r.name)).toEqual(['Phoniro']);
  });
});
