import type { TFunction } from 'i18next';
import type { TInitiative } from '@domain/decisions.contracts';
import { focusAreasLabel, unitsLabel } from '@domain/need-scope';

/** "Effektivitet; Trygghet", or "Inga angivna" when the initiative has none. */
export function initiativeFocusAreasText(initiative: Pick<TInitiative, 'focusAreas'>, t: TFunction): string {
  return focusAreasLabel(initiative.focusAreas) || t('correcting.initiative.noFocusAreas');
}

/** "Alla enheter" for the whole förvaltning, "Hemtjänst; Särskilt boende", or "Inga angivna". */
export function initiativeUnitsText(initiative: Pick<TInitiative, 'units' | 'allUnits'>, t: TFunction): string {
  return unitsLabel(initiative, t('correcting.initiative.allUnits')) || t('correcting.initiative.noUnits');
}
