import { describe, expect, it } from 'vitest';
import { isPilotPeriodValid } from '@domain/pilot-period';

describe('the period of a pilot', () => {
  it('lets a coordinator record a pilot that ends after it starts, even across a year end', () => {
    expect(isPilotPeriodValid('2026-03-01', '2026-08-31')).toBe(true);
    expect(isPilotPeriodValid('2026-12-15', '2027-01-15')).toBe(true);
  });

  it('lets a coordinator record a pilot of a single day', () => {
    expect(isPilotPeriodValid('2026-05-04', '2026-05-04')).toBe(true);
  });

  it('refuses a pilot that would end before it starts, by a day or by years', () => {
    expect(isPilotPeriodValid('2026-05-04', '2026-05-03')).toBe(false);
    expect(isPilotPeriodValid('2026-01-01', '2025-12-31')).toBe(false);
    expect(isPilotPeriodValid('2030-06-01', '2026-06-01')).toBe(false);
  });
});
