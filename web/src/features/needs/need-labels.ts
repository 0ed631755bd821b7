import i18next from 'i18next';
import { focusAreasLabel, unitsLabel } from '@domain/need-scope';
import type { NeedStatus } from '@domain/needs.contracts';
import type { TUnitTreeItem } from '@domain/organization.contracts';
import { PRIORITY_LABELS, QUADRANT_LABELS, type Priority, type Quadrant } from '@domain/assessment';
import type { TSelectOption } from '@web/ui/form-field';
import type { TStatusTone } from '@web/ui/status-tag';

/** "B-12": how a need's running number is written everywhere (lists, headings, notifications). */
export function needNumber(number: number): string {
  return `B-${number}`;
}

/** The colour family of each status; the tag's text always names the status too. */
export const NEED_STATUS_TONE: Record<NeedStatus, TStatusTone> = {
  submitted: 'info',
  assessed: 'info',
  approved: 'success',
  rejected: 'danger',
  parked: 'warning',
  merged: 'neutral',
};

/**
 * The units as select options, each labelled with its path ("Hemtjänst › Nattpatrull") so the
 * tree reads correctly in a native select and to screen readers, which ignore indentation.
 * Archived units are left out unless `keepId` names one (a need may still point at it).
 */
export function unitOptions(units: readonly TUnitTreeItem[], options: { includeArchived?: boolean; keepId?: string | null } = {}): TSelectOption[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const pathOf = (unit: TUnitTreeItem): string => {
    const names = [unit.name];
    const seen = new Set([unit.id]);
    let parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    while (parent && !seen.has(parent.id)) {
      names.unshift(parent.name);
      seen.add(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return names.join(' › ');
  };
  return units.filter((unit) => options.includeArchived || !unit.isArchived || unit.id === options.keepId).map((unit) => ({ value: unit.id, label: pathOf(unit) }));
}

/** "Prioritet 1 – Digitalisera nu!" for a quadrant (the model's slogan with its priority). */
export function quadrantText(quadrant: Quadrant): string {
  const label = QUADRANT_LABELS[quadrant];
  return `${PRIORITY_LABELS[label.priority]} – ${label.slogan}`;
}

/** "Prioritet 2–3" for a priority filter value. */
export function priorityText(priority: Priority): string {
  return PRIORITY_LABELS[priority];
}

/** "Hemtjänst; Särskilt boende", "Alla enheter" for the whole förvaltning, or '' when none. */
export function unitsText(scope: { allUnits: boolean; units: readonly { name: string }[] }): string {
  return unitsLabel(scope, i18next.t('needs.form.allUnits'));
}

/** "Effektivitet; Trygghet och delaktighet", or '' when none. */
export function focusAreasText(focusAreas: readonly { name: string }[]): string {
  return focusAreasLabel(focusAreas);
}
