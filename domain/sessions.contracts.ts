import { z } from 'zod';

/** One of the logged-in person's own sessions ("Mina inloggningar"); never its token. */
export const ZMySession = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    /** "Firefox 133, Windows"; null when the browser is not recognised. */
    browser: z.string().nullable(),
    /** The session this request was made in. */
    isCurrent: z.boolean(),
  })
  .meta({ id: 'MySession' });
export type TMySession = z.infer<typeof ZMySession>;

export const ZMySessionList = z.object({ items: z.array(ZMySession) }).meta({ id: 'MySessionList' });
export type TMySessionList = z.infer<typeof ZMySessionList>;

export const ZMySessionParams = z.object({ id: z.uuid() });

export const ZOtherSessionsEnded = z.object({ ended: z.number().int().min(0) }).meta({ id: 'OtherSessionsEnded' });
export type TOtherSessionsEnded = z.infer<typeof ZOtherSessionsEnded>;
