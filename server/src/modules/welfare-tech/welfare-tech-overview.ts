import { DEFAULT_PLACEMENTS, DEFAULT_TECHNOLOGIES, type WelfareTechState } from '@domain/welfare-tech.contracts';
import { inUseOverTime, inventoryChange, summarise } from '@domain/welfare-tech-summary';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findUsedNames, findWelfareTechViews } from '@server/modules/welfare-tech/welfare-tech.repository';

const counted = async (ctx: Ctx, asOf: string) =>
  (await inTenantRead(ctx, (tx) => findWelfareTechViews(tx, ctx, { asOf }))).map((row) => ({ ...row, state: row.state as WelfareTechState }));

/** The summary table (teknik, antal, placering) of the inventory as of one date. */
export async function summariseWelfareTech(ctx: Ctx, asOf: string) {
  return { asOf, rows: summarise(await counted(ctx, asOf)) };
}

/** What changed between the inventories of two dates. */
export async function compareWelfareTech(ctx: Ctx, from: string, to: string) {
  return { from, to, rows: inventoryChange(await counted(ctx, from), await counted(ctx, to)) };
}

/** Units in use per technology at every inventory date (the chart "Välfärdsteknik i drift över tid"). */
export async function welfareTechInUseOverTime(ctx: Ctx) {
  const rows = await inTenantRead(ctx, (tx) => findWelfareTechViews(tx, ctx));
  return inUseOverTime(rows.map((row) => ({ ...row, state: row.state as WelfareTechState })));
}

const merged = (defaults: readonly string[], used: readonly string[]) =>
  [...new Map([...defaults, ...used].filter(Boolean).map((name) => [name.toLowerCase(), name])).values()].sort((a, b) => a.localeCompare(b, 'sv'));

/** The suggestions for the form (defaults plus the organisation's own names) and the as-of dates. */
export async function welfareTechOptions(ctx: Ctx) {
  const used = await inTenantRead(ctx, (tx) => findUsedNames(tx, ctx));
  return { technologies: merged(DEFAULT_TECHNOLOGIES, used.technologies), placements: merged(DEFAULT_PLACEMENTS, used.placements), asOfDates: used.asOfDates };
}
