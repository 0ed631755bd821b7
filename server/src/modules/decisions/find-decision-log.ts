import type { TDecisionLogQuery, TDecisionPage } from '@domain/decisions.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { findInitiativeIdsByDecision } from '@server/modules/initiatives/initiatives.repository';
import { findDecisionLog, type DecisionLogCursor } from '@server/modules/decisions/decisions.repository';
import { presentDecision } from '@server/modules/decisions/present-decision';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isCursor(value: unknown): value is DecisionLogCursor {
  if (typeof value !== 'object' || value === null) return false;
  const { d, id } = value as Record<string, unknown>;
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && typeof id === 'string' && UUID.test(id);
}

/** The decision log (beslutslogg): every decision of the organisation, newest decision date first. */
export async function findDecisionLogPage(ctx: Ctx, query: TDecisionLogQuery): Promise<TDecisionPage> {
  authorize(ctx, 'decision:read');
  const cursor = decodeCursor(query.cursor, isCursor);
  return inTenantRead(ctx, async (tx) => {
    const rows = await findDecisionLog(tx, ctx, { outcome: query.outcome, year: query.year, cursor, limit: query.limit + 1 });
    const items = rows.slice(0, query.limit);
    const initiatives = await findInitiativeIdsByDecision(tx, ctx, items.map((r) => r.id));
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor({ d: last.decisionDate, id: last.id }) : null;
    return { items: items.map((r) => presentDecision(r, initiatives.get(r.id) ?? null)), nextCursor };
  });
}
