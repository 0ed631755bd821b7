import { CLASSIFICATION_ASPECTS, type ClassificationAspect, type ClassificationLevel } from '@domain/classification';
import type { TClassification, TClassificationInput } from '@domain/information-classification.contracts';

/** What the fields edit: per aspect a level ('' until chosen) and a justification. */
export type TClassificationDraft = Record<ClassificationAspect, { level: string; justification: string }>;
export type TClassificationErrors = Partial<Record<`${ClassificationAspect}.${'level' | 'justification'}`, string>>;

export const emptyClassificationDraft = (): TClassificationDraft =>
  Object.fromEntries(CLASSIFICATION_ASPECTS.map((aspect) => [aspect, { level: '', justification: '' }])) as TClassificationDraft;

/** The browser's checks: every aspect needs a level and a justification. */
export function classificationDraftErrors(draft: TClassificationDraft, required: string): TClassificationErrors {
  const errors: TClassificationErrors = {};
  for (const aspect of CLASSIFICATION_ASPECTS) {
    if (draft[aspect].level === '') errors[`${aspect}.level`] = required;
    if (draft[aspect].justification.trim() === '') errors[`${aspect}.justification`] = required;
  }
  return errors;
}

/** The form's starting point: the current classification, or nothing chosen yet. */
export function draftFromClassification(current: TClassification | null): TClassificationDraft {
  if (!current) return emptyClassificationDraft();
  return Object.fromEntries(CLASSIFICATION_ASPECTS.map((a) => [a, { level: String(current[a].level), justification: current[a].justification }])) as TClassificationDraft;
}

/** A complete draft (checked by `classificationDraftErrors`) as the API's request body. */
export function classificationInputOf(draft: TClassificationDraft, classifiedOn: string): TClassificationInput {
  const aspects = Object.fromEntries(CLASSIFICATION_ASPECTS.map((a) => [a, { level: Number(draft[a].level) as ClassificationLevel, justification: draft[a].justification.trim() }]));
  return { ...aspects, classifiedOn } as TClassificationInput;
}
