import type { TPortfolio, TPortfolioQuery, TPortfolioRow } from '@domain/process.contracts';
import type { InitiativeStatus } from '@domain/process';
import { missingForNextStage } from '@domain/gates';
import { authorize } from '@server/platform/auth/auth.plugin';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findPortfolioBase } from '@server/modules/initiative-process/portfolio.repository';
import { loadGateFacts } from '@server/modules/initiative-process/load-gate-facts';

/**
 * The portfolio rows in an open transaction. The owner shown is whoever is named as projektägare
 * or ansvarig, else the owner OLG named in the decision; the owner filter matches part of it.
 * The gate is evaluated per running initiative through loadGateFacts, so the portfolio lists the
 * same missing items as the initiative page (a municipality has tens, not thousands, of initiatives).
 */
export async function readPortfolio(tx: Tx, ctx: Ctx, query: TPortfolioQuery): Promise<TPortfolioRow[]> {
  const base = await findPortfolioBase(tx, ctx, query);
  const needle = query.owner?.toLocaleLowerCase('sv-SE');
  const rows: TPortfolioRow[] = [];
  for (const row of base) {
    const owner = row.namedOwners.length > 0 ? row.namedOwners.join(', ') : row.ownerName;
    if (needle && !owner.toLocaleLowerCase('sv-SE').includes(needle)) continue;
    const missing = row.status === 'active' ? missingForNextStage(await loadGateFacts(tx, ctx.organizationId, row.id)) : [];
    const { namedOwners: _named, ownerName: _ownerName, ...rest } = row;
    rows.push({ ...rest, status: row.status as InitiativeStatus, owner, missing });
  }
  return rows;
}

/** The organisation's initiatives with stage, form, owner, priority, focus area and what the next gate lacks. */
export async function findPortfolio(ctx: Ctx, query: TPortfolioQuery): Promise<TPortfolio> {
  authorize(ctx, 'initiative:read');
  return { items: await inTenantRead(ctx, (tx) => readPortfolio(tx, ctx, query)) };
}
