import type { Permission } from '@domain/roles';

/** The part of a context the benefit policy looks at. */
export type BenefitActor = { actor: { id: string }; permissions: ReadonlySet<Permission> };

/**
 * The one place that decides who may change an initiative's benefit plan, calculation and
 * follow-up. Today: holders of `benefit:edit` (utvecklingsledare). The initiative is passed so
 * initiative roles (projektledare, projektägare) can be added here later without touching callers.
 */
export function canEditBenefits(ctx: BenefitActor, _initiative: { id: string }): boolean {
  return ctx.permissions.has('benefit:edit');
}

/** A benefit's owner measures it; editors may record for anyone. */
export function canRecordMeasurement(ctx: BenefitActor, initiative: { id: string }, benefit: { ownerId: string }): boolean {
  return canEditBenefits(ctx, initiative) || benefit.ownerId === ctx.actor.id;
}

/** Default rates for calculations are organisation settings (administration). */
export function canManageCalculationSettings(ctx: BenefitActor): boolean {
  return ctx.permissions.has('organization:manage');
}
