import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from '@web/i18n/sv';
import { unitOptions } from '@web/features/needs/need-labels';
import { EMPTY_NEED_FORM, needFormToRequest } from '@web/features/needs/need-form';
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
    expect(request).toEqual({ title: 'Digital nattillsyn', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff'], unitId: null, focusAreaId: null });
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
