import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '@domain/gate-facts';
import { DOCUMENT_TEMPLATES, fieldKeysOf, prefillDocument, type PrefillFacts } from '@domain/document-templates';

const facts: PrefillFacts = {
  title: 'Tillsynskameror i ordinärt boende',
  form: 'project',
  ownerName: 'Anna Ägare',
  problem: 'Nattliga tillsynsbesök väcker brukare.',
  expectedBenefit: 'Bättre sömn och färre resor.',
  decisionRationale: 'Hög nytta och genomförbart.',
  plannedStartYear: 2026,
  risks: ['Kameran upplevs som övervakning (hög)'],
};

describe('document templates', () => {
  it('has a template for every document kind, with unique field keys', () => {
    for (const kind of DOCUMENT_KINDS) {
      const keys = fieldKeysOf(kind);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      expect(DOCUMENT_TEMPLATES[kind].kind).toBe(kind);
    }
  });

  it('lets an initiative have several status reports but one of every other document', () => {
    expect(DOCUMENT_KINDS.filter((kind) => DOCUMENT_TEMPLATES[kind].many)).toEqual(['status_report']);
  });

  it('prefills a project directive with the need, the decision, the owner and the risks', () => {
    const fields = prefillDocument('project_directive', facts);
    expect(Object.keys(fields)).toEqual(fieldKeysOf('project_directive'));
    expect(fields.background).toContain('Nattliga tillsynsbesök väcker brukare.');
    expect(fields.background).toContain('Beslut: Hög nytta och genomförbart.');
    expect(fields.purpose).toBe('Bättre sömn och färre resor.');
    expect(fields.projectOwner).toBe('Anna Ägare');
    expect(fields.risks).toBe('• Kameran upplevs som övervakning (hög)');
    expect(fields.projectManager).toBe('');
  });

  it('leaves the status report’s colour for the author to choose', () => {
    const fields = prefillDocument('status_report', facts);
    expect(fields.status).toBe('');
    expect(fields.risks).toContain('övervakning');
  });

  it('fills nothing it does not know when the need had no text and no risks are recorded', () => {
    const fields = prefillDocument('feasibility_study', { ...facts, problem: null, expectedBenefit: null, decisionRationale: null, risks: [] });
    expect(fields.need).toBe('');
    expect(fields.benefit).toBe('');
    expect(fields.risks).toBe('');
  });
});
