import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { benefitMeasurements, benefits } from '@server/modules/benefits/benefits.tables';
import { memberships, users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type BenefitRow = typeof benefits.$inferSelect;
export type BenefitValues = Omit<BenefitRow, 'organizationId' | 'id' | 'initiativeId' | 'decision' | 'decisionNote' | 'version' | 'createdAt' | 'updatedAt'>;
export type BenefitWithOwner = BenefitRow & { ownerName: string };
export type MeasurementRow = typeof benefitMeasurements.$inferSelect & { recordedByName: string };

const withOwner = { benefit: benefits, ownerName: users.name };

/** The benefits of an initiative, oldest first, with their owner's name. */
export async function findBenefitsOfInitiative(tx: Tx, ctx: Scope, initiativeId: string): Promise<BenefitWithOwner[]> {
  const rows = await tx
    .select(withOwner)
    .from(benefits)
    .innerJoin(users, eq(users.id, benefits.ownerId))
    .where(and(eq(benefits.organizationId, ctx.organizationId), eq(benefits.initiativeId, initiativeId)))
    .orderBy(asc(benefits.createdAt), asc(benefits.id));
  return rows.map((r) => ({ ...r.benefit, ownerName: r.ownerName }));
}

/** Every benefit of the organisation (portfolio, due list). */
export async function findAllBenefits(tx: Tx, ctx: Scope): Promise<BenefitWithOwner[]> {
  const rows = await tx.select(withOwner).from(benefits).innerJoin(users, eq(users.id, benefits.ownerId)).where(eq(benefits.organizationId, ctx.organizationId));
  return rows.map((r) => ({ ...r.benefit, ownerName: r.ownerName }));
}

/** One benefit of an initiative, or undefined (also when it belongs to another initiative). */
export async function findBenefit(tx: Tx, ctx: Scope, initiativeId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<BenefitWithOwner | undefined> {
  const query = tx
    .select(withOwner)
    .from(benefits)
    .innerJoin(users, eq(users.id, benefits.ownerId))
    .where(and(eq(benefits.organizationId, ctx.organizationId), eq(benefits.initiativeId, initiativeId), eq(benefits.id, id)));
  const [row] = options.forUpdate ? await query.for('update', { of: benefits }) : await query;
  return row ? { ...row.benefit, ownerName: row.ownerName } : undefined;
}

export async function insertBenefit(tx: Tx, ctx: Scope, initiativeId: string, values: BenefitValues): Promise<string> {
  const id = uuidv7();
  await tx.insert(benefits).values({ organizationId: ctx.organizationId, id, initiativeId, ...values });
  return id;
}

/** Writes only if nobody saved since `expectedVersion`; false when stale. */
export async function updateBenefitVersioned(tx: Tx, ctx: Scope, id: string, expectedVersion: number, values: Partial<BenefitValues> & Pick<Partial<BenefitRow>, 'decision' | 'decisionNote'>): Promise<boolean> {
  const rows = await tx
    .update(benefits)
    .set({ ...values, version: sql`${benefits.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(benefits.organizationId, ctx.organizationId), eq(benefits.id, id), eq(benefits.version, expectedVersion)))
    .returning({ id: benefits.id });
  return rows.length === 1;
}

export async function deleteBenefitVersioned(tx: Tx, ctx: Scope, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await tx
    .delete(benefits)
    .where(and(eq(benefits.organizationId, ctx.organizationId), eq(benefits.id, id), eq(benefits.version, expectedVersion)))
    .returning({ id: benefits.id });
  return rows.length === 1;
}

/** Measurements of the given benefits, oldest first. */
export async function findMeasurements(tx: Tx, ctx: Scope, benefitIds: string[]): Promise<MeasurementRow[]> {
  if (benefitIds.length === 0) return [];
  const rows = await tx
    .select({ m: benefitMeasurements, recordedByName: users.name })
    .from(benefitMeasurements)
    .innerJoin(users, eq(users.id, benefitMeasurements.recordedBy))
    .where(and(eq(benefitMeasurements.organizationId, ctx.organizationId), inArray(benefitMeasurements.benefitId, benefitIds)))
    .orderBy(asc(benefitMeasurements.measuredOn), asc(benefitMeasurements.createdAt));
  return rows.map((r) => ({ ...r.m, recordedByName: r.recordedByName }));
}

/** Latest measurement per benefit of the organisation: date and value. */
export async function findLatestMeasurements(tx: Tx, ctx: Scope): Promise<Map<string, { measuredOn: string; value: string | null }>> {
  const rows = await tx
    .selectDistinctOn([benefitMeasurements.benefitId], { benefitId: benefitMeasurements.benefitId, measuredOn: benefitMeasurements.measuredOn, value: benefitMeasurements.value })
    .from(benefitMeasurements)
    .where(eq(benefitMeasurements.organizationId, ctx.organizationId))
    .orderBy(benefitMeasurements.benefitId, sql`${benefitMeasurements.measuredOn} desc`, sql`${benefitMeasurements.createdAt} desc`);
  return new Map(rows.map((r) => [r.benefitId, { measuredOn: r.measuredOn, value: r.value }]));
}

export async function insertMeasurement(
  tx: Tx,
  ctx: Scope,
  input: { benefitId: string; measuredOn: string; value: string | null; comment: string; recordedBy: string },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(benefitMeasurements).values({ organizationId: ctx.organizationId, id, ...input });
  return id;
}

export async function deleteMeasurement(tx: Tx, ctx: Scope, benefitId: string, id: string): Promise<typeof benefitMeasurements.$inferSelect | undefined> {
  const [row] = await tx
    .delete(benefitMeasurements)
    .where(and(eq(benefitMeasurements.organizationId, ctx.organizationId), eq(benefitMeasurements.benefitId, benefitId), eq(benefitMeasurements.id, id)))
    .returning();
  return row;
}

/** Whether the user is a member of the organisation (an owner must be). */
export async function isMember(tx: Tx, ctx: Scope, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  return row !== undefined;
}
