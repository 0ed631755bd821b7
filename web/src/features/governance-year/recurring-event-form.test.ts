import { describe, expect, it } from 'vitest';
import { EMPTY_EVENT_FORM, formOfEvent, ZRecurringEventForm } from '@web/features/governance-year/recurring-event-form';

describe('the recurring event form', () => {
  it('sends what the administrator filled in as the server expects: months in calendar order, an empty day and role as none', () => {
    const parsed = ZRecurringEventForm.parse({ ...EMPTY_EVENT_FORM, name: ' Rapport till nämnden ', kind: 'board_report', months: ['10', '4'] });
    expect(parsed).toEqual({ name: 'Rapport till nämnden', kind: 'board_report', months: [4, 10], dayOfMonth: null, responsibleRole: null, description: '' });
  });

  it('keeps a day and a responsible role when given', () => {
    const parsed = ZRecurringEventForm.parse({ ...EMPTY_EVENT_FORM, name: 'Fastställ planen', kind: 'plan_fix', months: ['11'], dayOfMonth: '15', responsibleRole: 'director' });
    expect(parsed).toMatchObject({ dayOfMonth: 15, responsibleRole: 'director' });
  });

  it('refuses a form without name, kind or month, or with a day that no month has', () => {
    const result = ZRecurringEventForm.safeParse({ ...EMPTY_EVENT_FORM, dayOfMonth: '32' });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(['name', 'kind', 'months', 'dayOfMonth']));
    expect(ZRecurringEventForm.safeParse({ ...EMPTY_EVENT_FORM, name: 'X', kind: 'other', months: ['1'], dayOfMonth: 'femte' }).success).toBe(false);
  });

  it('opens a saved event with its values as typed text', () => {
    const form = formOfEvent({ id: '00000000-0000-4000-8000-000000000001', version: 3, name: 'LIKA', kind: 'maturity_assessment', months: [2], dayOfMonth: null, responsibleRole: 'coordinator', description: '' });
    expect(form).toEqual({ name: 'LIKA', kind: 'maturity_assessment', months: ['2'], dayOfMonth: '', responsibleRole: 'coordinator', description: '' });
  });
});
