import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { ZNeedStatus } from '@domain/needs.contracts';
import { ZAgreement, ZPriority, ZQuadrant } from '@domain/assessment.contracts';
import { ZDecisionOutcome, ZInitiativeForm } from '@domain/decisions.contracts';

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

/**
 * What an agenda item (dagordningspunkt) is about: a need to decide, an initiative's gate passage,
 * a plan to fix, a benefit report, or anything else the forum should hear.
 */
export const MEETING_ITEM_KINDS = ['need', 'gate', 'plan', 'benefit', 'other'] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];
export const ZMeetingItemKind = z.enum(MEETING_ITEM_KINDS);

/** A new meeting (sammanträde) of a forum; Digiplan proposes its agenda from the compilation rule. */
export const ZMeetingCreate = z.object({
  forumId: z.uuid(),
  meetingDate: ZIsoDate,
  /** Empty: "<forum> <date>". */
  title: text(200).default(''),
  place: text(200).default(''),
});
export type TMeetingCreate = z.infer<typeof ZMeetingCreate>;

/**
 * One agenda item as the coordinator saves it. An item with `id` is kept (its texts replaced), one
 * without is added; the array's order is the agenda's order and items left out are removed. A need
 * item names its need (its title is the need's); other items have a title and may name an initiative.
 */
export const ZAgendaItemInput = z.object({
  id: z.uuid().optional(),
  kind: ZMeetingItemKind,
  needId: z.uuid().nullable().default(null),
  initiativeId: z.uuid().nullable().default(null),
  title: text(300).default(''),
  /** Teknikenhetens analys. */
  analysis: text(8000).default(''),
  /** Förslag till beslut. */
  proposal: text(4000).default(''),
});
export type TAgendaItemInput = z.infer<typeof ZAgendaItemInput>;

/** The whole agenda with the meeting's heading, saved with If-Match = the meeting's version. */
export const ZAgendaInput = z.object({
  title: z.string().trim().min(1).max(200),
  place: text(200).default(''),
  meetingDate: ZIsoDate,
  items: z.array(ZAgendaItemInput).max(200),
});
export type TAgendaInput = z.infer<typeof ZAgendaInput>;

export const ZMeetingSummary = z
  .object({
    id: z.uuid(),
    forum: z.object({ id: z.uuid(), name: z.string() }),
    meetingDate: z.string(),
    title: z.string(),
    place: z.string(),
    itemCount: z.number().int(),
    /** When the kallelse was sent; null before. */
    agendaSentAt: z.string().nullable(),
    /** When the chair approved (justerade) the minutes; the meeting is frozen from then on. */
    minutesApprovedAt: z.string().nullable(),
    /** Who approved the minutes (the forum's chair then); null before. */
    minutesApprovedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });
export type TMeetingSummary = z.infer<typeof ZMeetingSummary>;
export const ZMeetingList = z.object({ items: z.array(ZMeetingSummary) });
export const ZMeetingListQuery = z.object({ forumId: z.uuid().optional() });

const ZAgendaNeed = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  /** The need's problem, shortened for the agenda. */
  summary: z.string(),
  status: ZNeedStatus,
  /** Send as If-Match when deciding the need from the meeting. */
  version: z.number().int(),
});

export const ZAgendaItem = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: ZMeetingItemKind,
  title: z.string(),
  analysis: z.string(),
  proposal: z.string(),
  need: ZAgendaNeed.nullable(),
  initiative: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  /** The agreed assessment: axes, overall, matrix quadrant and priority; null when not assessed. */
  assessment: z.object({ feasibility: z.number(), potential: z.number(), overall: z.number(), quadrant: ZQuadrant, priority: ZPriority }).nullable(),
  /** How well the raters of the agreed assessment agreed (samstämmighet); null with fewer than two. */
  agreement: z.object({ raterCount: z.number().int(), agreement: ZAgreement.nullable() }).nullable(),
  /** Earlier needs that look like this one, with their latest decision. */
  similar: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      status: ZNeedStatus,
      score: z.number(),
      decision: z.object({ outcome: ZDecisionOutcome, decisionDate: z.string() }).nullable(),
    }),
  ),
  /** The decision taken on the item's need at this meeting. */
  decision: z
    .object({
      id: z.uuid(),
      outcome: ZDecisionOutcome,
      form: ZInitiativeForm.nullable(),
      ownerName: z.string().nullable(),
      rationale: z.string(),
      decisionDate: z.string(),
      initiativeId: z.uuid().nullable(),
    })
    .nullable(),
});
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

export const ZMeeting = ZMeetingSummary.extend({
  forum: z.object({ id: z.uuid(), name: z.string(), chairId: z.uuid().nullable(), members: z.array(ZForumMember) }),
  items: z.array(ZAgendaItem),
}).meta({ id: 'Meeting' });
export type TMeeting = z.infer<typeof ZMeeting>;

/** Assessed, undecided needs not yet on the agenda, which the coordinator can add. */
export const ZAgendaCandidates = z.object({ items: z.array(z.object({ id: z.uuid(), number: z.number().int(), title: z.string() })) });
export type TAgendaCandidates = z.infer<typeof ZAgendaCandidates>;

/** What sending the kallelse did: the meeting as it is now, how many members were told, and whether it was sent before. */
export const ZMeetingSent = z
  .object({ meeting: ZMeeting, notified: z.number().int(), emailed: z.number().int(), resent: z.boolean() })
  .meta({ id: 'MeetingSent' });
export type TMeetingSent = z.infer<typeof ZMeetingSent>;
