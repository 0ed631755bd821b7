import { describe, expect, it } from 'vitest';
import { addMonths, benefitStatus, nextMeasurementDue, type StatusSubject } from '@domain/benefit-status';

const fewerVisits: StatusSubject = {
  kind: 'quantitative',
  direction: 'lower_is_better',
  baselineValue: 100,
  baselineDate: '2025-01-01',
  targetValue: 60,
  targetDate: '2026-01-01',
  decision: null,
};

describe('benefit status', () => {
  it('is not started before anyone has measured', () => {
    expect(benefitStatus(fewerVisits, [], '2025-06-01')).toBe('not_started');
  });

  it('is on track when visits fall about as fast as time passes', () => {
    expect(benefitStatus(fewerVisits, [{ measuredOn: '2025-07-01', value: 82 }], '2025-07-01')).toBe('on_track');
  });

  it('is at risk when progress lags far behind the time elapsed or goes the wrong way', () => {
    expect(benefitStatus(fewerVisits, [{ measuredOn: '2025-10-01', value: 97 }], '2025-10-01')).toBe('at_risk');
    expect(benefitStatus(fewerVisits, [{ measuredOn: '2025-02-01', value: 110 }], '2025-02-01')).toBe('at_risk');
  });

  it('is realised once the latest measurement reaches the target, judged by the latest date', () => {
    const measurements = [
      { measuredOn: '2025-12-01', value: 58 },
      { measuredOn: '2025-06-01', value: 80 },
    ];
    expect(benefitStatus(fewerVisits, measurements, '2025-12-02')).toBe('realised');
  });

  it('is not realised when the target date passed without reaching it', () => {
    expect(benefitStatus(fewerVisits, [{ measuredOn: '2025-12-01', value: 70 }], '2026-02-01')).toBe('not_realised');
  });

  it('follows the follow-up decision whatever the figures say', () => {
    expect(benefitStatus({ ...fewerVisits, decision: 'realised' }, [{ measuredOn: '2025-12-01', value: 99 }], '2026-02-01')).toBe('realised');
    expect(benefitStatus({ ...fewerVisits, decision: 'not_realised' }, [], '2025-02-01')).toBe('not_realised');
  });

  it('treats a qualitative benefit as on track once assessed and at risk after its date', () => {
    const trygghet: StatusSubject = { kind: 'qualitative', direction: null, baselineValue: null, baselineDate: null, targetValue: null, targetDate: '2026-01-01', decision: null };
    expect(benefitStatus(trygghet, [{ measuredOn: '2025-03-01', value: null }], '2025-04-01')).toBe('on_track');
    expect(benefitStatus(trygghet, [{ measuredOn: '2025-03-01', value: null }], '2026-04-01')).toBe('at_risk');
  });
});

describe('when a measurement is due', () => {
  it('is one interval after the last measurement, or after the start', () => {
    expect(nextMeasurementDue({ frequency: 'quarterly', lastMeasuredOn: '2025-11-30', startedOn: '2025-01-01', decided: false })).toBe('2026-02-28');
    expect(nextMeasurementDue({ frequency: 'yearly', lastMeasuredOn: null, startedOn: '2024-02-29', decided: false })).toBe('2025-02-28');
    expect(nextMeasurementDue({ frequency: 'monthly', lastMeasuredOn: null, startedOn: '2025-01-01', decided: true })).toBeNull();
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });
});
