import { z } from 'zod';

/**
 * Where a need (and the initiative made from it) belongs: several focus areas and several units,
 * or "Alla" – the whole förvaltning – instead of a list of units. Shared by the API contracts,
 * the forms, lists, exports and the matrix.
 */

/** Upper bounds of the lists: far above any real organisation, low enough to refuse abuse. */
export const MAX_SCOPE_FOCUS_AREAS = 50;
export const MAX_SCOPE_UNITS = 500;

/** What the UI and the exports write for "the whole förvaltning". */
export const ALL_UNITS_LABEL = 'Alla enheter';

/** How names are joined in one cell or line: "Effektivitet; Trygghet". */
export const SCOPE_SEPARATOR = '; ';

const uniqueIds = (ids: readonly string[]) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length;

export const ZFocusAreaIds = z
  .array(z.uuid())
  .max(MAX_SCOPE_FOCUS_AREAS)
  .refine(uniqueIds, { message: 'Each focus area may appear once.' });

export const ZUnitIds = z
  .array(z.uuid())
  .max(MAX_SCOPE_UNITS)
  .refine(uniqueIds, { message: 'Each unit may appear once.' });

export type NeedScopeInput = { focusAreaIds?: readonly string[]; unitIds?: readonly string[]; allUnits?: boolean };
export type ScopeIssue = { path: string; code: string; message: string };

/**
 * What is wrong with a scope as a whole: "Alla" together with named units is contradictory (the
 * user must choose one), so it is refused rather than silently dropping the units.
 */
export function needScopeIssues(input: NeedScopeInput, prefix = 'body'): ScopeIssue[] {
  if (input.allUnits && (input.unitIds?.length ?? 0) > 0) {
    return [{ path: `${prefix}.unitIds`, code: 'all_units_with_units', message: 'Choose either all units or named units, not both.' }];
  }
  return [];
}

type Named = { name: string };

/** Names in the order a Swede reads them (å, ä, ö last). */
export function sortByName<T extends Named>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** "Effektivitet; Trygghet", or '' when there are none. */
export function focusAreasLabel(focusAreas: readonly Named[]): string {
  return focusAreas.map((area) => area.name).join(SCOPE_SEPARATOR);
}

/** "Alla enheter" for the whole förvaltning, else "Hemtjänst; Särskilt boende", or ''. */
export function unitsLabel(scope: { allUnits: boolean; units: readonly Named[] }, allLabel: string = ALL_UNITS_LABEL): string {
  if (scope.allUnits) return allLabel;
  return scope.units.map((unit) => unit.name).join(SCOPE_SEPARATOR);
}

/**
 * Whether a need with this scope concerns the unit: "Alla" concerns every unit, so a filter on one
 * unit also finds the needs of the whole förvaltning.
 */
export function concernsUnit(scope: { allUnits: boolean; unitIds: readonly string[] }, unitId: string): boolean {
  return scope.allUnits || scope.unitIds.includes(unitId);
}
