import { describe, expect, it } from 'vitest';
import { inYear, measurementDatesInYear, monthOf } from '@domain/governance-year';

describe('dates the årshjul takes from the data', () => {
  it('lists every quarterly measurement of a benefit in the year, from an overdue first date on', () => {
    expect(measurementDatesInYear('2026-11-30', 3, 2027, null)).toEqual(['2027-02-28', '2027-05-30', '2027-08-30', '2027-11-30']);
  });

  it('stops at the benefit’s target date and gives nothing for a year before the first due date', () => {
    expect(measurementDatesInYear('2027-01-15', 1, 2027, '2027-04-15')).toEqual(['2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15']);
    expect(measurementDatesInYear('2028-01-01', 12, 2027, null)).toEqual([]);
    expect(measurementDatesInYear('2027-12-31', 12, 2027, null)).toEqual(['2027-12-31']);
  });

  it('reads the month and the year of a date', () => {
    expect([monthOf('2027-01-31'), monthOf('2027-12-01')]).toEqual([1, 12]);
    expect([inYear('2027-12-31', 2027), inYear('2028-01-01', 2027)]).toEqual([true, false]);
  });
});
