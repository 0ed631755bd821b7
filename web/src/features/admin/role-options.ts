import i18next from 'i18next';
import { ROLES } from '@domain/roles';
import type { TChoiceOption } from '@web/ui/choice-group-field';

/**
 * The role checkboxes: the Swedish role name and one sentence on what it may do, so an
 * administrator can choose without knowing the permission matrix.
 */
export function roleOptions(): TChoiceOption[] {
  return ROLES.map((role) => ({ value: role, label: i18next.t(`roles.${role}`), description: i18next.t(`admin.members.roleDescriptions.${role}`) }));
}
