import type { InitiativeRoleKind } from '@domain/gate-facts';
import type { InitiativeStatus } from '@domain/process';
import type { Permission } from '@domain/roles';

/** The part of a session the initiative policy looks at. */
export type InitiativeActor = { actor: { id: string }; permissions: ReadonlySet<Permission> };

/** The part of an initiative the policy looks at: its status and who is named on it. */
export type InitiativePolicySubject = { status: InitiativeStatus; roles: readonly { userId: string; kind: InitiativeRoleKind }[] };

/** The roles that own an initiative: they answer for it and may pass a gate with a reason. */
const OWNING_ROLES: readonly InitiativeRoleKind[] = ['project_owner', 'responsible'];

const isNamed = (ctx: InitiativeActor, initiative: InitiativePolicySubject) => initiative.roles.some((role) => role.userId === ctx.actor.id);
const isOwner = (ctx: InitiativeActor, initiative: InitiativePolicySubject) =>
  initiative.roles.some((role) => role.userId === ctx.actor.id && OWNING_ROLES.includes(role.kind));
const manages = (ctx: InitiativeActor) => ctx.permissions.has('initiative:manage');

/**
 * Who may work an initiative (tick its checklist, move it between stages): the utvecklingsledare
 * (initiative:manage) and everyone named on it. Everyone else with initiative:read only reads.
 * A closed or stopped initiative is finished: nobody works it any longer.
 */
export function canWorkInitiative(ctx: InitiativeActor, initiative: InitiativePolicySubject): boolean {
  if (initiative.status !== 'active') return false;
  return manages(ctx) || (ctx.permissions.has('initiative:read') && isNamed(ctx, initiative));
}

/**
 * Passing a gate with items missing is a judgement someone must answer for: the utvecklingsledare
 * or the initiative's owner (projektägare, or the ansvarig of an uppdrag/förbättring).
 */
export function canOverrideGate(ctx: InitiativeActor, initiative: InitiativePolicySubject): boolean {
  return canWorkInitiative(ctx, initiative) && (manages(ctx) || isOwner(ctx, initiative));
}

/** Naming people on an initiative, and stopping it, is for the utvecklingsledare and the owner. */
export function canManageInitiative(ctx: InitiativeActor, initiative: InitiativePolicySubject): boolean {
  return canOverrideGate(ctx, initiative);
}

/** Tells apart "you may not" (403) from "nobody may, it is finished" (409). */
export function workRefusal(ctx: InitiativeActor, initiative: InitiativePolicySubject, may: (ctx: InitiativeActor, i: InitiativePolicySubject) => boolean) {
  if (may(ctx, initiative)) return null;
  return initiative.status !== 'active' && may(ctx, { ...initiative, status: 'active' }) ? 'invalid_state' : 'forbidden';
}

/** The actions sent with an initiative, so the UI only offers what the server allows. */
export function initiativePermissions(ctx: InitiativeActor, initiative: InitiativePolicySubject) {
  return {
    canWork: canWorkInitiative(ctx, initiative),
    canOverrideGate: canOverrideGate(ctx, initiative),
    canManage: canManageInitiative(ctx, initiative),
  };
}
