import type { NeedStatus, TNeedPermissions } from '@domain/needs.contracts';
import type { Permission } from '@domain/roles';

/** The part of a context the policy looks at. */
export type NeedActor = { actor: { id: string }; permissions: ReadonlySet<Permission> };

/** The part of a need the policy looks at. */
export type NeedPolicySubject = { submittedBy: string; status: NeedStatus };

/** A decision has been taken that ends the need's life as a need (it is an initiative or refused). */
export const isDecided = (status: NeedStatus) => status === 'approved' || status === 'rejected';

const isSubmitter = (ctx: NeedActor, need: NeedPolicySubject) => need.submittedBy === ctx.actor.id;

/**
 * Coordinators (need:edit) may always correct a need; the submitter may change her own need only
 * while nobody has assessed it yet, so raters never score a text that changed under them.
 */
export function canEditNeed(ctx: NeedActor, need: NeedPolicySubject): boolean {
  if (ctx.permissions.has('need:edit')) return true;
  return ctx.permissions.has('need:submit') && isSubmitter(ctx, need) && need.status === 'submitted';
}

/**
 * Tells apart "you may never edit this" (403) from "you could, but not any longer" (409), so the
 * submitter learns that her need has moved on rather than that she lacks a right.
 */
export function editRefusal(ctx: NeedActor, need: NeedPolicySubject): 'forbidden' | 'invalid_state' | null {
  if (canEditNeed(ctx, need)) return null;
  return ctx.permissions.has('need:submit') && isSubmitter(ctx, need) ? 'invalid_state' : 'forbidden';
}

/** Anyone taking part may comment, except on a merged need (its discussion moved to the target). */
export function canComment(ctx: NeedActor, need: NeedPolicySubject): boolean {
  return ctx.permissions.has('need:comment') && need.status !== 'merged';
}

/**
 * A duplicate can be merged by a coordinator while it is still open: not merged already and not
 * decided (a decided need has its own decision log that a merge would hide).
 */
export function canMerge(ctx: NeedActor, need: NeedPolicySubject): boolean {
  return ctx.permissions.has('need:merge') && need.status !== 'merged' && !isDecided(need.status);
}

/** A need can receive a merged duplicate unless it is itself merged away. */
export function canReceiveMerge(need: NeedPolicySubject): boolean {
  return need.status !== 'merged';
}

/** Colleagues back a need they share; the submitter already counts, and a merged need is closed. */
export function canSupport(ctx: NeedActor, need: NeedPolicySubject): boolean {
  return ctx.permissions.has('need:support') && !isSubmitter(ctx, need) && need.status !== 'merged';
}

/** Raters score needs that are open or parked (a parked need may be reassessed later). */
export function canAssess(ctx: NeedActor, need: NeedPolicySubject): boolean {
  if (!ctx.permissions.has('assessment:score')) return false;
  return need.status === 'submitted' || need.status === 'assessed' || need.status === 'parked';
}

/** OLG decides on needs that have been assessed (or were parked and come back). */
export function canDecide(ctx: NeedActor, need: NeedPolicySubject): boolean {
  if (!ctx.permissions.has('need:decide')) return false;
  // OLG may reject or park a need before it is assessed; proceeding also needs a fixed assessment,
  // which decideNeed checks.
  return need.status === 'submitted' || need.status === 'assessed' || need.status === 'parked';
}

/**
 * A need that was never decided may be deleted by its submitter or a coordinator (issue 13 item 6).
 * A decided or merged need has a history others rely on; what else depends on it (scores, a plan
 * item, an initiative) is checked by deleteNeed and answers 409.
 */
export function canDeleteNeed(ctx: NeedActor, need: NeedPolicySubject): boolean {
  if (need.status !== 'submitted' && need.status !== 'assessed') return false;
  return ctx.permissions.has('need:edit') || (ctx.permissions.has('need:submit') && isSubmitter(ctx, need));
}

/** A comment may be deleted by its author or by a coordinator (who moderates the discussion). */
export function canDeleteComment(ctx: NeedActor, comment: { authorId: string }): boolean {
  return comment.authorId === ctx.actor.id || ctx.permissions.has('need:edit');
}

/** Masking personal data in a need's texts and comments is the coordinator's (text:redact). */
export function canRedact(ctx: NeedActor): boolean {
  return ctx.permissions.has('text:redact');
}

/** The permissions sent with a need, so the UI only shows what the server would allow. */
export function needPermissions(ctx: NeedActor, need: NeedPolicySubject): TNeedPermissions {
  return {
    canEdit: canEditNeed(ctx, need),
    canComment: canComment(ctx, need),
    canMerge: canMerge(ctx, need),
    canSupport: canSupport(ctx, need),
    canAssess: canAssess(ctx, need),
    canDecide: canDecide(ctx, need),
    canDelete: canDeleteNeed(ctx, need),
    canRedact: canRedact(ctx),
  };
}
