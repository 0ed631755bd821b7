import { and, eq, sql } from 'drizzle-orm';
import type { ParsedCalculation } from '@domain/cost-benefit.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { benefitCalculations, benefitSettings } from '@server/modules/benefits/benefits.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** The stored form of a calculation: the same shape with öre as strings (JSON has no bigint). */
type StoredCalculation = {
  startYear: number;
  years: number;
  discountRateBp: number;
  costs: (Omit<ParsedCalculation['costs'][number], 'unitAmount'> & { unitAmount: string })[];
  benefits: (Omit<ParsedCalculation['benefits'][number], 'low' | 'high'> & { low: { quantity: number; unitAmount: string }; high: { quantity: number; unitAmount: string } })[];
  outcome: { year: number; cost: string; benefit: string }[];
};

export function toStored(calc: ParsedCalculation): StoredCalculation {
  return {
    ...calc,
    costs: calc.costs.map((l) => ({ ...l, unitAmount: l.unitAmount.toString() })),
    benefits: calc.benefits.map((l) => ({
      ...l,
      low: { quantity: l.low.quantity, unitAmount: l.low.unitAmount.toString() },
      high: { quantity: l.high.quantity, unitAmount: l.high.unitAmount.toString() },
    })),
    outcome: calc.outcome.map((o) => ({ year: o.year, cost: o.cost.toString(), benefit: o.benefit.toString() })),
  };
}

export function fromStored(doc: StoredCalculation): ParsedCalculation {
  return {
    ...doc,
    costs: doc.costs.map((l) => ({ ...l, unitAmount: BigInt(l.unitAmount) })),
    benefits: doc.benefits.map((l) => ({
      ...l,
      low: { quantity: l.low.quantity, unitAmount: BigInt(l.low.unitAmount) },
      high: { quantity: l.high.quantity, unitAmount: BigInt(l.high.unitAmount) },
    })),
    outcome: doc.outcome.map((o) => ({ year: o.year, cost: BigInt(o.cost), benefit: BigInt(o.benefit) })),
  };
}

export type CalculationRow = { initiativeId: string; calculation: ParsedCalculation; version: number };

export async function findCalculation(tx: Tx, ctx: Scope, initiativeId: string, options: { forUpdate?: boolean } = {}): Promise<CalculationRow | undefined> {
  const query = tx
    .select()
    .from(benefitCalculations)
    .where(and(eq(benefitCalculations.organizationId, ctx.organizationId), eq(benefitCalculations.initiativeId, initiativeId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? { initiativeId: row.initiativeId, calculation: fromStored(row.document as StoredCalculation), version: row.version } : undefined;
}

/** Every calculation of the organisation (portfolio). */
export async function findAllCalculations(tx: Tx, ctx: Scope): Promise<CalculationRow[]> {
  const rows = await tx.select().from(benefitCalculations).where(eq(benefitCalculations.organizationId, ctx.organizationId));
  return rows.map((row) => ({ initiativeId: row.initiativeId, calculation: fromStored(row.document as StoredCalculation), version: row.version }));
}

/**
 * Saves a calculation if the stored version is still `expectedVersion` (0 = none stored yet);
 * returns the new version, or null when someone saved first.
 */
export async function saveCalculationVersioned(tx: Tx, ctx: Scope, initiativeId: string, expectedVersion: number, calc: ParsedCalculation): Promise<number | null> {
  const document = toStored(calc);
  if (expectedVersion === 0) {
    const rows = await tx
      .insert(benefitCalculations)
      .values({ organizationId: ctx.organizationId, initiativeId, document, version: 1 })
      .onConflictDoNothing()
      .returning({ version: benefitCalculations.version });
    return rows[0]?.version ?? null;
  }
  const rows = await tx
    .update(benefitCalculations)
    .set({ document, version: sql`${benefitCalculations.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(benefitCalculations.organizationId, ctx.organizationId), eq(benefitCalculations.initiativeId, initiativeId), eq(benefitCalculations.version, expectedVersion)))
    .returning({ version: benefitCalculations.version });
  return rows[0]?.version ?? null;
}

export type SettingsRow = { hourlyRateOre: bigint; visitCostOre: bigint; discountRateBp: number; version: number };

/** Defaults when the organisation has not set its own: 450 kr/h, 350 kr per visit, 3 %. */
export const DEFAULT_SETTINGS: SettingsRow = { hourlyRateOre: 45_000n, visitCostOre: 35_000n, discountRateBp: 300, version: 0 };

export async function findSettings(tx: Tx, ctx: Scope): Promise<SettingsRow> {
  const [row] = await tx.select().from(benefitSettings).where(eq(benefitSettings.organizationId, ctx.organizationId));
  return row ? { hourlyRateOre: row.hourlyRateOre, visitCostOre: row.visitCostOre, discountRateBp: row.discountRateBp, version: row.version } : DEFAULT_SETTINGS;
}

export async function saveSettingsVersioned(tx: Tx, ctx: Scope, expectedVersion: number, values: Omit<SettingsRow, 'version'>): Promise<number | null> {
  if (expectedVersion === 0) {
    const rows = await tx
      .insert(benefitSettings)
      .values({ organizationId: ctx.organizationId, ...values, version: 1 })
      .onConflictDoNothing()
      .returning({ version: benefitSettings.version });
    return rows[0]?.version ?? null;
  }
  const rows = await tx
    .update(benefitSettings)
    .set({ ...values, version: sql`${benefitSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(benefitSettings.organizationId, ctx.organizationId), eq(benefitSettings.version, expectedVersion)))
    .returning({ version: benefitSettings.version });
  return rows[0]?.version ?? null;
}
