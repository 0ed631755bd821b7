import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distinctNames, hasMeasuredOutcome, librarySnapshot, needFromLibraryEntry, shareableDocument, snapshotTexts, type LibraryFacts } from '@domain/library';
import { ZLibraryChoices } from '@domain/library.contracts';

const D1 = '01900000-0000-7000-8000-0000000000d1';
const facts: LibraryFacts = {
  initiative: { title: 'Digital nattillsyn', description: 'Kameror i stället för nattbesök.', form: 'project', stage: 4, status: 'active' },
  need: { problem: 'Nattbesök väcker brukarna.', expectedBenefit: 'Bättre sömn.' },
  focusAreas: ['Trygghet', 'trygghet '],
  technologies: ['Tillsynskamera'],
  calculation: null,
  benefits: [{ description: 'Färre nattbesök', indicator: 'Besök per natt', unit: 'count', baselineValue: '40', targetValue: '10', direction: 'lower_is_better', measurements: [{ measuredOn: '2026-03-31', value: '18' }] }],
  lessons: [{ worked: 'Samtal med anhöriga före start.', didNotWork: '', advice: 'Testa wifi först.' }],
  documents: [{ id: D1, kind: 'project_directive', fields: { background: 'Nattbesöken ökar.', projectOwner: 'Anna Ägare', projectManager: 'Per Ledare', goals: '' } }],
};
const choices = (input: Record<string, unknown> = {}) => ZLibraryChoices.parse(input);

describe('what a library entry shares', () => {
  it('shares only the summary, problem, benefit, form, stage, focus areas and technologies when nothing more is chosen', () => {
    const snapshot = librarySnapshot(facts, choices());
    expect(snapshot).toMatchObject({ title: 'Digital nattillsyn', stageReached: 4, focusAreas: ['Trygghet'], technologies: ['Tillsynskamera'], benefits: [], lessons: [], documents: [], calculation: null, contact: null });
    expect(hasMeasuredOutcome(snapshot)).toBe(false);
  });

  it('shares the benefit plan with its measurements, the lessons and a chosen document when the coordinator chooses them', () => {
    const snapshot = librarySnapshot(facts, choices({ includeBenefits: true, includeLessons: true, documentIds: [D1], technologies: ['tillsynskamera', 'GPS-larm'] }));
    expect(snapshot.benefits).toHaveLength(1);
    expect(snapshot.lessons).toHaveLength(1);
    expect(snapshot.technologies).toEqual(['GPS-larm', 'Tillsynskamera']);
    expect(hasMeasuredOutcome(snapshot)).toBe(true);
  });

  it('leaves the people fields of a document out, keeping its filled-in long texts under their headings', () => {
    expect(shareableDocument(facts.documents[0]!)).toEqual({ kind: 'project_directive', title: 'Projektdirektiv', fields: [{ label: 'Bakgrund', text: 'Nattbesöken ökar.' }] });
  });

  it('lets the personal-data guard read every text that would be shared, by its path', () => {
    const texts = snapshotTexts(librarySnapshot(facts, choices({ includeLessons: true, includeBenefits: true, documentIds: [D1], contact: { name: 'Kontakt', email: 'k@exempel.se' } })));
    expect(texts['snapshot.lessons.0.advice']).toBe('Testa wifi först.');
    expect(texts['snapshot.documents.0.fields.0.text']).toBe('Nattbesöken ökar.');
    expect(texts['snapshot.contact.name']).toBe('Kontakt');
    expect(texts['snapshot.lessons.0.didNotWork']).toBeUndefined();
  });

  it('never lets a name the initiative holds about a person into the snapshot, whatever is chosen', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.subarray([D1]), (includeCalculation, includeBenefits, includeLessons, documentIds) => {
        const text = JSON.stringify(librarySnapshot(facts, choices({ includeCalculation, includeBenefits, includeLessons, documentIds })));
        return !text.includes('Anna Ägare') && !text.includes('Per Ledare');
      }),
    );
  });

  it('makes a need of an entry that says where it was copied from, within the need’s limits', () => {
    const need = needFromLibraryEntry(librarySnapshot(facts, choices()), 'Grannkommunen');
    expect(need.title).toBe('Digital nattillsyn');
    expect(need.problem).toBe('Nattbesök väcker brukarna.\n\nKopierat från biblioteket: ”Digital nattillsyn” (Grannkommunen).');
    const long = needFromLibraryEntry({ ...librarySnapshot(facts, choices()), problem: 'x'.repeat(6000) }, 'Grannkommunen');
    expect(long.problem.length).toBeLessThanOrEqual(5000);
  });

  it('treats names that differ only in case or spaces as one', () => {
    expect(distinctNames(['GPS-larm', ' gps-larm', 'Trygghetslarm', ''])).toEqual(['GPS-larm', 'Trygghetslarm']);
  });
});
