import { z } from 'zod';
import { ZRole } from '@domain/auth.contracts';
import { ZPageQuery } from '@domain/paging';

/** `:id` of a member: the membership's id (a user has one membership per organisation). */
export const ZMemberParams = z.object({ id: z.uuid() });
export type TMemberParams = z.infer<typeof ZMemberParams>;

/** At least one role; a role named twice counts once (the server folds duplicates). */
const ZRoles = z.array(ZRole).min(1).max(12);

const ZPersonName = z.string().trim().min(1).max(200);

/** A user as a member of the current organisation. `isDisabled` is the user's, so it holds everywhere. */
export const ZMember = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(ZRole),
    isDisabled: z.boolean(),
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
