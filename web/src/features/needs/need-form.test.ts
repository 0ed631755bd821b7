import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from '@web/i18n/sv';
import { unitOptions } from '@web/features/needs/need-labels';
import { EMPTY_NEED_FORM, ZNeedFormBase, needFormToRequest, needToFormValues } from '@web/features/needs/need-form';
import type { TNeed } from '@domain/needs.contracts';
import { personalNumberMessage, serverIssueText, withoutPersonalNumbers } from '@web/features/needs/personal-data-guard';
import { z } from 'zod';

beforeAll(async () => {
  await i18next.init({ resources: { sv: { translation: sv } }, lng: 'sv', interpolation: { escapeValue: false } });
});

describe('the personal-data guard in the need form', () => {
  it('names the personnummer it found and asks for it to be removed', () => {
    const message = personalNumberMessage('Brukaren 121212-1212 behöver hjälp'); // fake test-personnummer
    expect(message).toContain('”121212-1212”'); // fake test-personnummer
    expect(message).toContain('Ta bort det innan du sparar');
  });

  it('finds samordningsnummer and twelve-digit numbers too, and says nothing about clean text', () => {
    expect(personalNumberMessage('se 19121272-1219')).toContain('19121272-1219'); // fake test-personnummer
    expect(personalNumberMessage('Vi har 12 brukare och 3 enheter, telefon 08-123 45 67.')).toBeNull();
    expect(personalNumberMessage(undefined)).toBeNull();
  });

  it('refuses the text when the form is submitted, with the same message as on blur', () => {
    const schema = z.object({ problem: withoutPersonalNumbers(z.string().min(1)) });
    const result = schema.safeParse({ problem: 'Brukaren 121212-1212' }); // fake test-personnummer
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(personalNumberMessage('Brukaren 121212-1212')); // fake test-personnummer
    expect(schema.safeParse({ problem: 'Inga nummer här' }).success).toBe(true);
  });

  it("explains the server's refusal from what is in the field now", () => {
    const text = serverIssueText((field) => (field === 'problem' ? 'Brukaren 121212-1212' : ''))({ path: 'body.problem', code: 'personal_number' }); // fake test-personnummer
    expect(text).toContain('121212-1212'); // fake test-personnummer
    expect(serverIssueText(() => '')({ path: 'body.title', code: 'too_small' })).toBe(sv.fieldIssue.invalid);
  });
});

describe('the need form values', () => {
  it('sends no unit or focus area when none is chosen', () => {
    const request = needFormToRequest({ ...EMPTY_NEED_FORM, title: '  Digital nattillsyn ', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff'] });
    expect(request).toEqual({ title: 'Digital nattillsyn', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff'], focusAreaIds: [], unitIds: [], allUnits: false, costEstimate: null });
  });

  it('labels units with their path and leaves archived ones out unless the need uses one', () => {
    const units = [
      { id: 'a', parentId: null, name: 'Hemtjänst', isArchived: false, version: 1, depth: 0 },
      { id: 'b', parentId: 'a', name: 'Nattpatrull', isArchived: false, version: 1, depth: 1 },
      { id: 'c', parentId: 'a', name: 'Gamla gruppen', isArchived: true, version: 1, depth: 1 },
    ];
    expect(unitOptions(units)).toEqual([
      { value: 'a', label: 'Hemtjänst' },
      { value: 'b', label: 'Hemtjänst › Nattpatrull' },
    ]);
    expect(unitOptions(units, { keepId: 'c' }).map((option) => option.label)).toContain('Hemtjänst › Gamla gruppen');
  });
});

describe('the estimated cost in the need form', () => {
  const filled = { ...EMPTY_NEED_FORM, title: 'Digitala nyckelskåp', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff' as const] };

  it('sends kronor typed the Swedish way as öre, with how often and the note', () => {
    const request = needFormToRequest({ ...filled, costEstimate: { low: '40 000', high: '60\u00a0000,50', recurrence: 'per_year', note: ' beroende på lösning ' } });
    expect(request.costEstimate).toEqual({ low: '4000000', high: '6000050', recurrence: 'per_year', note: 'beroende på lösning' });
  });

  it('marks the highest amount when a medarbetare types a range that runs downwards, and a non-amount as not kronor', () => {
    const inverted = ZNeedFormBase.safeParse({ ...filled, costEstimate: { low: '60 000', high: '40 000', recurrence: 'one_off', note: '' } });
    expect(inverted.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['costEstimate.high', sv.needs.form.costRangeInverted]]);
    const words = ZNeedFormBase.safeParse({ ...filled, costEstimate: { low: 'ca femtio', high: '', recurrence: 'one_off', note: '' } });
    expect(words.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['costEstimate.low', sv.needs.form.costKronor]]);
  });

  it('refuses a personnummer in the note', () => {
    const result = ZNeedFormBase.safeParse({ ...filled, costEstimate: { low: '', high: '', recurrence: 'one_off', note: 'gäller 121212-1212' } }); // fake test-personnummer
    expect(result.error?.issues[0]?.path.join('.')).toBe('costEstimate.note');
  });

  it('sends every checked focus area and unit, and no units when "Alla enheter" is checked', () => {
    const filled = { ...EMPTY_NEED_FORM, title: 'Gemensam inloggning', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff' as const] };
    expect(needFormToRequest({ ...filled, focusAreaIds: ['a', 'b'], unitIds: ['u1', 'u2'] })).toMatchObject({ focusAreaIds: ['a', 'b'], unitIds: ['u1', 'u2'], allUnits: false });
    expect(needFormToRequest({ ...filled, unitIds: ['u1'], allUnits: true })).toMatchObject({ unitIds: [], allUnits: true });
  });

  it('puts the focus areas, units and "Alla" of a saved need back in the form', () => {
    const need = { title: 't', problem: 'p', expectedBenefit: 'n', affectedGroups: [], focusAreas: [{ id: 'a', name: 'A' }], units: [{ id: 'u', name: 'U' }], allUnits: false, costEstimate: null } as unknown as TNeed;
    expect(needToFormValues(need)).toMatchObject({ focusAreaIds: ['a'], unitIds: ['u'], allUnits: false });
    expect(needToFormValues({ ...need, units: [], allUnits: true })).toMatchObject({ unitIds: [], allUnits: true });
  });

  it('puts a saved estimate back in the form as kronor for editing', () => {
    const need = { title: 't', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff'], units: [], allUnits: false, focusAreas: [], costEstimate: { low: '1500000', high: null, recurrence: 'one_off', note: 'licens' } } as unknown as TNeed;
    expect(needToFormValues(need).costEstimate).toEqual({ low: '15\u00a0000', high: '', recurrence: 'one_off', note: 'licens' });
  });
});
