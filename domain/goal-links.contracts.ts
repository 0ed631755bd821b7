import { z } from 'zod';
import { NEED_STATUSES } from '@domain/needs.contracts';

/**
 * Links between needs and strategic goals: a need serves goals (the "måluppfyllelse" criterion);
 * an initiative serves the goals of its need; each goal shows what contributes to it.
 */
export const ZLinkedGoal = z.object({ id: z.uuid(), title: z.string(), focusAreaId: z.uuid().nullable(), isArchived: z.boolean() });
export const ZNeedGoals = z.object({ items: z.array(ZLinkedGoal) }).meta({ id: 'NeedGoals' });
export type TNeedGoals = z.infer<typeof ZNeedGoals>;

export const ZSetNeedGoalsRequest = z.object({ goalIds: z.array(z.uuid()).max(30) });
export type TSetNeedGoalsRequest = z.infer<typeof ZSetNeedGoalsRequest>;

export const ZGoalContributions = z
  .object({
    goal: z.object({ id: z.uuid(), title: z.string() }),
    needs: z.array(z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), status: z.enum(NEED_STATUSES) })),
    initiatives: z.array(z.object({ id: z.uuid(), title: z.string(), stage: z.number().int(), status: z.string() })),
  })
  .meta({ id: 'GoalContributions' });
export type TGoalContributions = z.infer<typeof ZGoalContributions>;
