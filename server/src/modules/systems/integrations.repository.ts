import { aliasedTable, and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { systemIntegrations, systems } from '@server/modules/systems/systems.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type IntegrationValues = Pick<typeof systemIntegrations.$inferInsert, 'fromSystemId' | 'toSystemId' | 'direction' | 'information' | 'method' | 'doubleEntry'>;

const source = aliasedTable(systems, 'source');
const target = aliasedTable(systems, 'target');
const inOrg = (ctx: Scope) => eq(systemIntegrations.organizationId, ctx.organizationId);

function selectViews(tx: Tx, where: SQL) {
  return tx
    .select({
      id: systemIntegrations.id,
      fromSystemId: systemIntegrations.fromSystemId,
      fromSystemName: source.name,
      toSystemId: systemIntegrations.toSystemId,
      toSystemName: target.name,
      direction: systemIntegrations.direction,
      information: systemIntegrations.information,
      method: systemIntegrations.method,
      doubleEntry: systemIntegrations.doubleEntry,
      version: systemIntegrations.version,
    })
    .from(systemIntegrations)
    .innerJoin(source, and(eq(source.organizationId, systemIntegrations.organizationId), eq(source.id, systemIntegrations.fromSystemId)))
    .innerJoin(target, and(eq(target.organizationId, systemIntegrations.organizationId), eq(target.id, systemIntegrations.toSystemId)))
    .where(where);
}
export type IntegrationView = Awaited<ReturnType<typeof selectViews>>[number];

/** The organisation's integrations (optionally those touching one system), by system names. */
export async function findIntegrationViews(tx: Tx, ctx: Scope, options: { systemId?: string } = {}) {
  const where = options.systemId
    ? and(inOrg(ctx), or(eq(systemIntegrations.fromSystemId, options.systemId), eq(systemIntegrations.toSystemId, options.systemId)))!
    : inOrg(ctx);
  return selectViews(tx, where).orderBy(asc(source.name), asc(target.name), asc(systemIntegrations.id));
}

export async function findIntegrationView(tx: Tx, ctx: Scope, id: string) {
  const [row] = await selectViews(tx, and(inOrg(ctx), eq(systemIntegrations.id, id))!);
  return row;
}

export async function lockIntegrationRow(tx: Tx, ctx: Scope, id: string) {
  const [row] = await tx.select({ version: systemIntegrations.version }).from(systemIntegrations).where(and(inOrg(ctx), eq(systemIntegrations.id, id))).for('update');
  return row;
}

export async function insertIntegrationRow(tx: Tx, ctx: Scope, id: string, values: IntegrationValues) {
  await tx.insert(systemIntegrations).values({ organizationId: ctx.organizationId, id, ...values });
}

export async function updateIntegrationRow(tx: Tx, ctx: Scope, id: string, expected: number, values: IntegrationValues): Promise<boolean> {
  const rows = await tx
    .update(systemIntegrations)
    .set({ ...values, version: sql`${systemIntegrations.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(systemIntegrations.id, id), eq(systemIntegrations.version, expected)))
    .returning({ id: systemIntegrations.id });
  return rows.length > 0;
}

export async function deleteIntegrationRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(systemIntegrations).where(and(inOrg(ctx), eq(systemIntegrations.id, id)));
}
