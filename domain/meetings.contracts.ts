import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

/**
 * A beslutsforum as the administrator or coordinator defines it: a name, what it decides, its
 * members (existing members of the organisation) and its chair (ordförande, one of the members).
 */
export const ZForumInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: text(2000).default(''),
    memberIds: z.array(z.uuid()).max(100).default([]),
    chairId: z.uuid().nullable().default(null),
  })
  ;
export type TForumInput = z.infer<typeof ZForumInput>;

export const ZForumMember = z.object({ userId: z.uuid(), name: z.string(), isChair: z.boolean() });
export type TForumMember = z.infer<typeof ZForumMember>;

export const ZForum = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    /** Members by name; the chair among them. */
    members: z.array(ZForumMember),
    chairId: z.uuid().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Forum' });
export type TForum = z.infer<typeof ZForum>;
export const ZForumList = z.object({ items: z.array(ZForum) });

/** The organisation's active members who can sit in a forum. */
export const ZForumMemberCandidates = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });
