import type { TFocusArea, TOrganization, TStrategicGoal, TUnit } from '@domain/organization.contracts';
import type { OrganizationRow } from '@server/modules/organizations/organizations.repository';
import type { UnitRow } from '@server/modules/organizations/units.repository';
import type { FocusAreaRow } from '@server/modules/organizations/focus-areas.repository';
import type { StrategicGoalRow } from '@server/modules/organizations/strategic-goals.repository';

/**
 * The API shapes of the organisation's objects. The same shapes go into the audit log as
 * before/after, so an entry reads like what the administrator saw on screen.
 */
export const presentOrganization = (row: OrganizationRow): TOrganization => ({
  id: row.id,
  name: row.name,
  municipality: row.municipality,
  vision: row.vision,
  version: row.version,
});

/** A unit as the API shows it. */
export const presentUnit = (row: UnitRow): TUnit => ({
  id: row.id,
  parentId: row.parentId,
  name: row.name,
  isArchived: row.isArchived,
  version: row.version,
});

/** A focus area as the API shows it. */
export const presentFocusArea = (row: FocusAreaRow): TFocusArea => ({
  id: row.id,
  name: row.name,
  description: row.description,
  sortOrder: row.sortOrder,
  isArchived: row.isArchived,
  version: row.version,
});

/** A strategic goal as the API shows it. */
export const presentStrategicGoal = (row: StrategicGoalRow): TStrategicGoal => ({
  id: row.id,
  title: row.title,
  description: row.description,
  focusAreaId: row.focusAreaId,
  isArchived: row.isArchived,
  version: row.version,
});
