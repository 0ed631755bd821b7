import { z } from 'zod';

/** Shared text limits: names are one line, descriptions a few paragraphs. */
const ZName = z.string().trim().min(1).max(200);
const ZLongText = z.string().trim().max(4000);

/** `:id` of a unit, focus area or strategic goal. */
export const ZIdParams = z.object({ id: z.uuid() });
export type TIdParams = z.infer<typeof ZIdParams>;

/** Refuses an update body without any field, so a mistaken empty PATCH is not a silent no-op. */
const notEmpty = (value: object) => Object.values(value).some((field) => field !== undefined);
const EMPTY_PATCH = { message: 'Send at least one field to change.' };

// ── Organisation (förvaltning) ────────────────────────────────────────────────

export const ZOrganization = z
  .object({ id: z.uuid(), name: z.string(), municipality: z.string(), vision: z.string(), version: z.number().int() })
  .meta({ id: 'Organization' });
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZUpdateOrganizationRequest = z
  .object({ name: ZName.optional(), municipality: z.string().trim().max(200).optional(), vision: ZLongText.optional() })
  .refine(notEmpty, EMPTY_PATCH)
  .meta({ id: 'UpdateOrganizationRequest' });
export type TUpdateOrganizationRequest = z.infer<typeof ZUpdateOrganizationRequest>;

// ── Units (organisationsträd) ────────────────────────────────────────────────

export const ZUnit = z
  .object({ id: z.uuid(), parentId: z.uuid().nullable(), name: z.string(), isArchived: z.boolean(), version: z.number().int() })
  .meta({ id: 'Unit' });
export type TUnit = z.infer<typeof ZUnit>;

/** A unit in the flat tree listing: parents come before their children, siblings by name. */
export const ZUnitTreeItem = ZUnit.extend({ depth: z.number().int().min(0) }).meta({ id: 'UnitTreeItem' });
export type TUnitTreeItem = z.infer<typeof ZUnitTreeItem>;

export const ZUnitList = z.object({ items: z.array(ZUnitTreeItem) }).meta({ id: 'UnitList' });

export const ZCreateUnitRequest = z
  .object({ name: ZName, parentId: z.uuid().nullable().optional() })
  .meta({ id: 'CreateUnitRequest' });
export type TCreateUnitRequest = z.infer<typeof ZCreateUnitRequest>;

export const ZUpdateUnitRequest = z
  .object({ name: ZName.optional(), parentId: z.uuid().nullable().optional(), isArchived: z.boolean().optional() })
  .refine(notEmpty, EMPTY_PATCH)
  .meta({ id: 'UpdateUnitRequest' });
export type TUpdateUnitRequest = z.infer<typeof ZUpdateUnitRequest>;

// ── Focus areas (fokusområden) ───────────────────────────────────────────────

export const ZFocusArea = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    sortOrder: z.number().int(),
    isArchived: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'FocusArea' });
export type TFocusArea = z.infer<typeof ZFocusArea>;

export const ZFocusAreaList = z.object({ items: z.array(ZFocusArea) }).meta({ id: 'FocusAreaList' });

const ZSortOrder = z.number().int().min(0).max(10_000);

export const ZCreateFocusAreaRequest = z
  .object({ name: ZName, description: ZLongText.optional(), sortOrder: ZSortOrder.optional() })
  .meta({ id: 'CreateFocusAreaRequest' });
export type TCreateFocusAreaRequest = z.infer<typeof ZCreateFocusAreaRequest>;

export const ZUpdateFocusAreaRequest = z
  .object({ name: ZName.optional(), description: ZLongText.optional(), sortOrder: ZSortOrder.optional(), isArchived: z.boolean().optional() })
  .refine(notEmpty, EMPTY_PATCH)
  .meta({ id: 'UpdateFocusAreaRequest' });
export type TUpdateFocusAreaRequest = z.infer<typeof ZUpdateFocusAreaRequest>;

// ── Strategic goals (strategiska mål) ────────────────────────────────────────

export const ZStrategicGoal = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    focusAreaId: z.uuid().nullable(),
    isArchived: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'StrategicGoal' });
export type TStrategicGoal = z.infer<typeof ZStrategicGoal>;

export const ZStrategicGoalList = z.object({ items: z.array(ZStrategicGoal) }).meta({ id: 'StrategicGoalList' });

export const ZCreateStrategicGoalRequest = z
  .object({ title: ZName, description: ZLongText.optional(), focusAreaId: z.uuid().nullable().optional() })
  .meta({ id: 'CreateStrategicGoalRequest' });
export type TCreateStrategicGoalRequest = z.infer<typeof ZCreateStrategicGoalRequest>;

export const ZUpdateStrategicGoalRequest = z
  .object({
    title: ZName.optional(),
    description: ZLongText.optional(),
    focusAreaId: z.uuid().nullable().optional(),
    isArchived: z.boolean().optional(),
  })
  .refine(notEmpty, EMPTY_PATCH)
  .meta({ id: 'UpdateStrategicGoalRequest' });
export type TUpdateStrategicGoalRequest = z.infer<typeof ZUpdateStrategicGoalRequest>;
