import type { TIntegration } from '@domain/integrations.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findIntegrationView, findIntegrationViews } from '@server/modules/systems/integrations.repository';
import { presentIntegration } from '@server/modules/systems/present-integration';

/** The integrations, optionally those touching one system. */
export async function findIntegrations(ctx: Ctx, options: { systemId?: string }): Promise<TIntegration[]> {
  return (await inTenantRead(ctx, (tx) => findIntegrationViews(tx, ctx, options))).map(presentIntegration);
}

/** One integration (404 for another organisation's). */
export async function getIntegration(ctx: Ctx, id: string): Promise<TIntegration> {
  const view = await inTenantRead(ctx, (tx) => findIntegrationView(tx, ctx, id));
  if (!view) throw notFound('integration');
  return presentIntegration(view);
}
