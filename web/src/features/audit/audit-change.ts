import i18next from 'i18next';
import { NEED_STATUSES, type NeedStatus } from '@domain/needs.contracts';
import { ROLES, type Role } from '@domain/roles';

/** Names for ids the log records (units, focus areas, goals), so a change reads "Hemtjänst", not a uuid. */
export type TNameLookup = ReadonlyMap<string, string>;

/** One row of "Visa ändring": the field's name, its value before and after, and whether it changed. */
export type TChangeRow = { key: string; label: string; before: TChangeValue; after: TChangeValue; changed: boolean };

/** A value as text, or as pretty-printed JSON when it is nested (shown in a <pre>). */
export type TChangeValue = { text: string; isJson: boolean } | null;

const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
const isNeedStatus = (value: unknown): value is NeedStatus => NEED_STATUSES.includes(value as NeedStatus);

/**
 * The field's Swedish name, reusing the label the field has in the forms where one exists (so the
 * log and the form agree); unknown fields keep their code so nothing is hidden.
 */
export function fieldLabel(key: string): string {
  const t = i18next.t;
  switch (key) {
    case 'name':
      return t('admin.units.name');
    case 'description':
      return t('admin.focusAreas.description');
    case 'municipality':
      return t('admin.organization.municipality');
    case 'vision':
      return t('admin.organization.vision');
    case 'parentId':
      return t('admin.units.parent');
    case 'unitId':
      return t('audit.entityTypes.unit');
    case 'focusAreaId':
      return t('admin.goals.focusArea');
    case 'isArchived':
      return t('admin.common.archived');
    case 'sortOrder':
      return t('admin.focusAreas.sortOrder');
    case 'roles':
      return t('admin.members.roles');
    case 'email':
      return t('admin.members.email');
    case 'userId':
      return t('audit.actor');
    case 'isDisabled':
      return t('admin.members.disabled');
    case 'isMembershipDisabled':
      return t('admin.members.membershipDisabled');
    case 'expiresAt':
      return t('admin.members.expiresAt');
    case 'mustChangePassword':
      return t('admin.members.hasOneTimePassword');
    case 'status':
      return t('admin.common.status');
    case 'needId':
      return t('audit.entityTypes.need');
    case 'initiativeId':
      return t('audit.entityTypes.initiative');
    case 'decisionId':
    case 'outcome':
      return t('audit.filters.need_decided');
    case 'commentId':
      return t('audit.fields.comment');
    case 'title':
    case 'isNewUser':
    case 'number':
    case 'problem':
    case 'expectedBenefit':
    case 'affectedGroups':
    case 'mergedIntoId':
    case 'version':
    case 'raterId':
    case 'scores':
    case 'comment':
    case 'rationale':
    case 'body':
    case 'method':
    case 'url':
    case 'code':
    case 'format':
    case 'filter':
      return t(`audit.fields.${key}`);
    default:
      return key;
  }
}

/** A recorded value in words: Ja/Nej, role names, unit names instead of ids, JSON for nested data. */
export function changeValue(key: string, value: unknown, names: TNameLookup): TChangeValue {
  if (value === undefined) return null;
  if (value === null || value === '') return { text: i18next.t('audit.emptyValue'), isJson: false };
  if (typeof value === 'boolean') return { text: i18next.t(value ? 'audit.yes' : 'audit.no'), isJson: false };
  if (key === 'status' && isNeedStatus(value)) return { text: i18next.t(`needStatus.${value}`), isJson: false };
  if (typeof value === 'string') return { text: names.get(value) ?? value, isJson: false };
  if (typeof value === 'number') return { text: String(value), isJson: false };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    if (value.length === 0) return { text: i18next.t('audit.emptyValue'), isJson: false };
    const items = key === 'roles' ? value.map((item) => (isRole(item) ? i18next.t(`roles.${item}`) : String(item))) : value.map((item) => names.get(String(item)) ?? String(item));
    return { text: items.join(', '), isJson: false };
  }
  return { text: JSON.stringify(value, null, 2), isJson: true };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows of "Visa ändring": every field recorded before or after, in the order first seen,
 * changed fields marked. A value that is not an object (rare) is shown as one row named "Värde".
 */
export function changeRows(before: unknown, after: unknown, names: TNameLookup): TChangeRow[] {
  const b = record(before);
  const a = record(after);
  if (!b && !a) {
    if (before === null && after === null) return [];
    return [{ key: 'value', label: i18next.t('audit.value'), before: changeValue('value', before ?? undefined, names), after: changeValue('value', after ?? undefined, names), changed: !same(before, after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({
    key,
    label: fieldLabel(key),
    before: b ? changeValue(key, b[key], names) : null,
    after: a ? changeValue(key, a[key], names) : null,
    changed: Boolean(b && a) && !same(b?.[key], a?.[key]),
  }));
}
