import { z } from 'zod';
import { ZRole } from '@domain/auth.contracts';
import { ZPageQuery } from '@domain/paging';

/** `:id` of a member: the membership's id (a user has one membership per organisation). */
export const ZMemberParams = z.object({ id: z.uuid() });
export type TMemberParams = z.infer<typeof ZMemberParams>;

/** At least one role; a role named twice counts once (the server folds duplicates). */
const ZRoles = z.array(ZRole).min(1).max(12);

const ZPersonName = z.string().trim().min(1).max(200);

/**
 * A user as a member of the current organisation. `isDisabled` is the account's (it holds
 * everywhere), `isMembershipDisabled` this membership's only. `canManageAccount` is true when the
 * current organisation is the account's home organisation (it owns the address's e-mail domain):
 * only then may its administrator reset the password, rename, disable or end the sessions.
 */
export const ZMember = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(ZRole),
    isDisabled: z.boolean(),
    isMembershipDisabled: z.boolean(),
    canManageAccount: z.boolean(),
    mustChangePassword: z.boolean(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });
export type TMember = z.infer<typeof ZMember>;

export const ZMemberQuery = ZPageQuery.extend({
  /** Part of a name or e-mail address. */
  q: z.string().trim().max(200).optional(),
});
export type TMemberQuery = z.infer<typeof ZMemberQuery>;

export const ZMemberPage = z.object({ items: z.array(ZMember), nextCursor: z.string().nullable() }).meta({ id: 'MemberPage' });
export type TMemberPage = z.infer<typeof ZMemberPage>;

export const ZCreateMemberRequest = z
  .object({ email: z.email().max(254), name: ZPersonName, roles: ZRoles })
  .meta({ id: 'CreateMemberRequest' });
export type TCreateMemberRequest = z.infer<typeof ZCreateMemberRequest>;

/**
 * The new member. `oneTimePassword` is present only when a new user was created: it is shown once
 * and never stored in clear or logged.
 */
export const ZCreateMemberResponse = ZMember.extend({ oneTimePassword: z.string().optional() }).meta({ id: 'CreateMemberResponse' });
export type TCreateMemberResponse = z.infer<typeof ZCreateMemberResponse>;

export const ZUpdateMemberRequest = z
  .object({ roles: ZRoles, name: ZPersonName.optional() })
  .meta({ id: 'UpdateMemberRequest' });
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;

/** A new one-time password, shown once; the user must choose her own after logging in. */
export const ZResetPasswordResponse = ZMember.extend({ oneTimePassword: z.string() }).meta({ id: 'ResetPasswordResponse' });
export type TResetPasswordResponse = z.infer<typeof ZResetPasswordResponse>;

/** The domain part of an e-mail address in lower case: what decides the account's home organisation. */
export const emailDomainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** An e-mail domain the current organisation owns: its administrator creates accounts there. */
export const ZEmailDomain = z.object({ domain: z.string(), createdAt: z.iso.datetime() }).meta({ id: 'EmailDomain' });
export type TEmailDomain = z.infer<typeof ZEmailDomain>;
export const ZEmailDomainList = z.object({ items: z.array(ZEmailDomain) }).meta({ id: 'EmailDomainList' });
export type TEmailDomainList = z.infer<typeof ZEmailDomainList>;

/** `:id` of an invitation. */
export const ZInvitationParams = z.object({ id: z.uuid() });

/** Invites the person behind an address in a domain the organisation does not own. */
export const ZCreateInvitationRequest = z.object({ email: z.email().max(254), roles: ZRoles }).meta({ id: 'CreateInvitationRequest' });
export type TCreateInvitationRequest = z.infer<typeof ZCreateInvitationRequest>;

/**
 * A pending invitation as the inviting organisation's administrators see it: the address as
 * typed, the roles and the dates — never whether an account with the address exists.
 */
export const ZInvitation = z
  .object({ id: z.uuid(), email: z.string(), roles: z.array(ZRole), createdAt: z.iso.datetime(), expiresAt: z.iso.datetime() })
  .meta({ id: 'Invitation' });
export type TInvitation = z.infer<typeof ZInvitation>;
export const ZInvitationList = z.object({ items: z.array(ZInvitation) }).meta({ id: 'InvitationList' });
export type TInvitationList = z.infer<typeof ZInvitationList>;

/** An invitation as the invited person sees it: which organisation, which roles. */
export const ZMyInvitation = z
  .object({ id: z.uuid(), organizationName: z.string(), roles: z.array(ZRole), createdAt: z.iso.datetime(), expiresAt: z.iso.datetime() })
  .meta({ id: 'MyInvitation' });
export type TMyInvitation = z.infer<typeof ZMyInvitation>;
export const ZMyInvitationList = z.object({ items: z.array(ZMyInvitation) }).meta({ id: 'MyInvitationList' });
export type TMyInvitationList = z.infer<typeof ZMyInvitationList>;
