import type { TRecurringEventInput } from '@domain/governance-year.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { createRecurringEvent } from '@server/modules/governance-year/create-recurring-event';

/** The demo's recurring events (seeds 000–004: LIKA each spring, the plan each autumn, the quarter to OLG). */
export const DEMO_RECURRING_EVENTS: TRecurringEventInput[] = [
  { name: 'Kvartalssammanställning av behov till OLG', kind: 'quarterly_compilation', months: [3, 6, 9, 12], dayOfMonth: null, responsibleRole: 'coordinator', description: 'Behov som lämnats in eller ändrats sedan förra mötet sammanställs och bereds med teknikenheten.' },
  { name: 'LIKA – mognadsmätning', kind: 'maturity_assessment', months: [3], dayOfMonth: null, responsibleRole: 'coordinator', description: 'Årlig självskattning av digital mognad.' },
  { name: 'Uppföljning till socialnämnden', kind: 'board_report', months: [6, 12], dayOfMonth: null, responsibleRole: 'director', description: '' },
  { name: 'Fastställa digitaliseringsplanen', kind: 'plan_fix', months: [11], dayOfMonth: 30, responsibleRole: 'director', description: '' },
];

/** Adds the demo's recurring events through the real use case, so the årshjul has a year to show. */
export async function seedDemoGovernanceYear(ctx: Ctx): Promise<void> {
  for (const event of DEMO_RECURRING_EVENTS) await createRecurringEvent(ctx, event);
}
