import type { Permission } from '@domain/roles';

/** The part of a context the benefit policy looks at. */
export type BenefitActor = { actor: { id: string }; permissions: ReadonlySet<Permission> };

/** The part of an initiative the benefit policy looks at: who is named on it (any initiative role). */
export type BenefitInitiative = { id: string; namedUserIds: readonly string[] };

/**
 * The one place that decides who may change an initiative's benefit plan, calculation and
 * follow-up: holders of `benefit:edit` (utvecklingsledare) and the people named on the initiative
 * (projektägare, projektledare, ansvarig …), who answer for its benefits.
 */
export function canEditBenefits(ctx: BenefitActor, initiative: BenefitInitiative): boolean {
  return ctx.permissions.has('benefit:edit') || initiative.namedUserIds.includes(ctx.actor.id);
}

/** A benefit's owner measures it; editors may record for anyone. */
export function canRecordMeasurement(ctx: BenefitActor, initiative: BenefitInitiative, benefit: { ownerId: string }): boolean {
  return canEditBenefits(ctx, initiative) || benefit.ownerId === ctx.actor.id;
}

/** Default rates for calculations are organisation settings (administration). */
export function canManageCalculationSettings(ctx: BenefitActor): boolean {
  return ctx.permissions.has('organization:manage');
}
