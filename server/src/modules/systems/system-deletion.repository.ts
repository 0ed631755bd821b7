import { and, eq, or } from 'drizzle-orm';
import type { TFieldIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { welfareTechItems } from '@server/modules/welfare-tech/welfare-tech.tables';
import { systemInitiatives, systemIntegrations, systems } from '@server/modules/systems/systems.tables';
import { findIntegrationViews } from '@server/modules/systems/integrations.repository';
import { findSystemInitiativeLinks } from '@server/modules/systems/systems.repository';

type Scope = Pick<Ctx, 'organizationId'>;

/**
 * What depends on a system and forbids deleting it, one field issue per kind, naming them:
 * integrations to or from other systems, welfare technology rows that use it, initiatives linked
 * to it. Empty when the system may go (its units and förvaltning tasks go with it).
 */
export async function systemDependants(tx: Tx, ctx: Scope, systemId: string): Promise<TFieldIssue[]> {
  const integrations = await findIntegrationViews(tx, ctx, { systemId });
  const welfare = await tx
    .select({ technology: welfareTechItems.technology, product: welfareTechItems.product })
    .from(welfareTechItems)
    .where(and(eq(welfareTechItems.organizationId, ctx.organizationId), eq(welfareTechItems.systemId, systemId)));
  const initiatives = await findSystemInitiativeLinks(tx, ctx, systemId);
  const issues: TFieldIssue[] = [];
  const named = (path: string, names: string[]) => issues.push({ path, code: 'has_dependants', message: `${names.length}: ${names.join('; ')}` });
  if (integrations.length > 0) named('integrations', integrations.map((row) => `${row.fromSystemName} → ${row.toSystemName}`));
  if (welfare.length > 0) named('welfareTech', welfare.map((row) => [row.technology, row.product].filter(Boolean).join(' ')));
  if (initiatives.length > 0) named('initiatives', initiatives.map((link) => link.title));
  return issues;
}

/** Deletes a system with its units and förvaltning tasks (cascade); the caller checked `systemDependants`. */
export async function deleteSystemRow(tx: Tx, ctx: Scope, systemId: string): Promise<void> {
  const org = ctx.organizationId;
  await tx.delete(systemIntegrations).where(and(eq(systemIntegrations.organizationId, org), or(eq(systemIntegrations.fromSystemId, systemId), eq(systemIntegrations.toSystemId, systemId))));
  await tx.delete(systemInitiatives).where(and(eq(systemInitiatives.organizationId, org), eq(systemInitiatives.systemId, systemId)));
  await tx.delete(systems).where(and(eq(systems.organizationId, org), eq(systems.id, systemId)));
}
