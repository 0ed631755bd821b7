import { z } from 'zod';

/** How information moves between two systems (seed 002 §7.5). */
export const INTEGRATION_DIRECTIONS = ['one_way', 'two_way'] as const;
export const INTEGRATION_DIRECTION_LABELS_SV = { one_way: 'Envägs', two_way: 'Tvåvägs' } as const;
export const INTEGRATION_METHODS = ['api', 'file', 'manual', 'other'] as const;
export const INTEGRATION_METHOD_LABELS_SV = { api: 'API', file: 'Fil', manual: 'Manuell', other: 'Annat' } as const;

export const ZIntegrationInput = z
  .object({
    fromSystemId: z.uuid(),
    toSystemId: z.uuid(),
    direction: z.enum(INTEGRATION_DIRECTIONS),
    information: z.string().trim().min(1).max(500),
    method: z.enum(INTEGRATION_METHODS),
    /** The same information is typed into both systems by hand (dubbelregistrering). */
    doubleEntry: z.boolean().default(false),
  })
  .refine((value) => value.fromSystemId !== value.toSystemId, { message: 'A system does not integrate with itself.', path: ['toSystemId'] });
export type TIntegrationInput = z.infer<typeof ZIntegrationInput>;

export const ZIntegration = z
  .object({
    id: z.uuid(),
    fromSystemId: z.uuid(),
    fromSystemName: z.string(),
    toSystemId: z.uuid(),
    toSystemName: z.string(),
    direction: z.enum(INTEGRATION_DIRECTIONS),
    information: z.string(),
    method: z.enum(INTEGRATION_METHODS),
    doubleEntry: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Integration' });
export type TIntegration = z.infer<typeof ZIntegration>;
export const ZIntegrationList = z.object({ items: z.array(ZIntegration) });
export const ZIntegrationListQuery = z.object({ systemId: z.uuid().optional() });
