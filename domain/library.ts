import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import type { DocumentKind } from '@domain/gate-facts';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type { TLibraryBenefit, TLibraryCalculation, TLibraryChoices, TLibraryDocument, TLibrarySnapshot } from '@domain/library.contracts';

/**
 * Pure rules of the shared library: what a snapshot holds for the publisher's choices, which of
 * its texts the personal-data guard reads, and what a copy as a need says.
 */

/** Everything the initiative could share; the use case loads it, `librarySnapshot` picks from it. */
export type LibraryFacts = {
  initiative: { title: string; description: string; form: InitiativeForm; stage: number; status: 'active' | 'closed' | 'stopped' };
  need: { problem: string; expectedBenefit: string };
  focusAreas: string[];
  /** Technologies of the välfärdsteknik registered for the initiative. */
  technologies: string[];
  calculation: TLibraryCalculation | null;
  benefits: TLibraryBenefit[];
  lessons: { worked: string; didNotWork: string; advice: string }[];
  documents: { id: string; kind: string; fields: Record<string, string> }[];
};

/** Names compared the way people read them: "GPS-larm" and "gps-larm " are one technology. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name && !seen.has(name.toLocaleLowerCase('sv-SE'))) seen.set(name.toLocaleLowerCase('sv-SE'), name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'sv-SE'));
}

/**
 * A document as shared: only its long texts (textarea fields) that are filled in, under their
 * Swedish headings. The one-line fields are left out on purpose: they name people (projektägare,
 * projektledare, styrgrupp, ansvarig) or are dates and choices nobody else needs.
 */
export function shareableDocument(document: { kind: string; fields: Record<string, string> }): TLibraryDocument {
  const template = DOCUMENT_TEMPLATES[document.kind as DocumentKind];
  if (!template) return { kind: document.kind, title: document.kind, fields: [] };
  const fields = template.fields
    .filter((field) => field.type === 'textarea' && (document.fields[field.key] ?? '').trim() !== '')
    .map((field) => ({ label: field.label, text: document.fields[field.key]!.trim() }));
  return { kind: document.kind, title: template.title, fields };
}

/**
 * Exactly what would be shared for these choices. Always: title, summary, problem and benefit,
 * form, stage reached, focus areas and technologies. Only when chosen: the nyttokalkyl, the benefit
 * plan with its measurements, the lessons, the chosen documents, a contact. No person's name comes
 * from the initiative (owner, benefit owners, authors and who measured are never read into it).
 */
export function librarySnapshot(facts: LibraryFacts, choices: TLibraryChoices): TLibrarySnapshot {
  const chosen = new Set(choices.documentIds);
  return {
    title: facts.initiative.title,
    summary: facts.initiative.description,
    problem: facts.need.problem,
    expectedBenefit: facts.need.expectedBenefit,
    form: facts.initiative.form,
    stageReached: facts.initiative.stage,
    status: facts.initiative.status,
    focusAreas: distinctNames(facts.focusAreas),
    technologies: distinctNames([...facts.technologies, ...choices.technologies]),
    calculation: choices.includeCalculation ? facts.calculation : null,
    benefits: choices.includeBenefits ? facts.benefits : [],
    lessons: choices.includeLessons ? facts.lessons : [],
    documents: facts.documents.filter((document) => chosen.has(document.id)).map(shareableDocument),
    contact: choices.contact,
  };
}

/** Whether the entry shows a measured outcome: a benefit with a measured value, or the kalkyl's actual outcome. */
export function hasMeasuredOutcome(snapshot: TLibrarySnapshot): boolean {
  return snapshot.benefits.some((benefit) => benefit.measurements.some((m) => m.value !== null)) || (snapshot.calculation?.outcome.length ?? 0) > 0;
}

/** Every free text of a snapshot by its path (`snapshot.lessons.0.worked`), for the personal-data guard. */
export function snapshotTexts(snapshot: TLibrarySnapshot): Record<string, string> {
  const texts: Record<string, string> = {};
  const put = (path: string, text: string | null | undefined) => {
    if (text) texts[`snapshot.${path}`] = text;
  };
  put('title', snapshot.title);
  put('summary', snapshot.summary);
  put('problem', snapshot.problem);
  put('expectedBenefit', snapshot.expectedBenefit);
  snapshot.technologies.forEach((text, i) => put(`technologies.${i}`, text));
  snapshot.calculation?.costs.forEach((line, i) => put(`calculation.costs.${i}.label`, line.label));
  snapshot.calculation?.benefits.forEach((line, i) => put(`calculation.benefits.${i}.label`, line.label));
  snapshot.benefits.forEach((benefit, i) => {
    put(`benefits.${i}.description`, benefit.description);
    put(`benefits.${i}.indicator`, benefit.indicator);
  });
  snapshot.lessons.forEach((lesson, i) => {
    put(`lessons.${i}.worked`, lesson.worked);
    put(`lessons.${i}.didNotWork`, lesson.didNotWork);
    put(`lessons.${i}.advice`, lesson.advice);
  });
  snapshot.documents.forEach((document, i) => document.fields.forEach((field, j) => put(`documents.${i}.fields.${j}.text`, field.text)));
  put('contact.name', snapshot.contact?.name);
  put('contact.role', snapshot.contact?.role);
  return texts;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The need a copy becomes in the copier's organisation: the entry's title, problem and expected
 * benefit, with where it came from. Nothing else is copied: no people, documents or figures.
 */
export function needFromLibraryEntry(snapshot: TLibrarySnapshot, organizationName: string): { title: string; problem: string; expectedBenefit: string } {
  const source = `\n\nKopierat från biblioteket: ”${snapshot.title}” (${organizationName}).`;
  const title = snapshot.title.trim().length >= 3 ? snapshot.title : `Behov från biblioteket: ${snapshot.title}`;
  return {
    title: cut(title, 200),
    problem: cut(snapshot.problem.trim() || snapshot.summary.trim() || snapshot.title, 5000 - source.length) + source,
    expectedBenefit: cut(snapshot.expectedBenefit.trim() || 'Se bibliotekets beskrivning.', 5000),
  };
}
