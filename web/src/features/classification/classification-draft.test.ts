import { describe, expect, it } from 'vitest';
import { classificationDraftErrors, classificationInputOf, draftFromClassification, emptyClassificationDraft } from '@web/features/classification/classification-draft';

describe('the classification form’s draft', () => {
  it('asks for a level and a justification for every aspect', () => {
    const errors = classificationDraftErrors(emptyClassificationDraft(), 'Fyll i fältet.');
    expect(Object.keys(errors)).toHaveLength(8);
    expect(errors['confidentiality.level']).toBe('Fyll i fältet.');
  });

  it('starts from the current classification and sends it back as numbers, trimmed', () => {
    const draft = draftFromClassification({
      id: '01900000-0000-7000-8000-000000000001',
      confidentiality: { level: 3, justification: 'Bild i hemmet.' },
      integrity: { level: 0, justification: 'Ingen påverkan.' },
      availability: { level: 2, justification: 'Nattlig tillsyn.' },
      traceability: { level: 1, justification: 'Loggas.' },
      classifiedOn: '2026-01-15',
      classifiedBy: 'Ulla',
      createdAt: '2026-01-15T10:00:00.000Z',
    });
    expect(classificationDraftErrors(draft, 'x')).toEqual({});
    const input = classificationInputOf({ ...draft, traceability: { level: '4', justification: '  Granskas.  ' } }, '2026-02-01');
    expect(input).toEqual({
      confidentiality: { level: 3, justification: 'Bild i hemmet.' },
      integrity: { level: 0, justification: 'Ingen påverkan.' },
      availability: { level: 2, justification: 'Nattlig tillsyn.' },
      traceability: { level: 4, justification: 'Granskas.' },
      classifiedOn: '2026-02-01',
    });
  });
});
