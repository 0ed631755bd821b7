import type { TEmailPreferences } from '@domain/email.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findMyEmailPreferences } from '@server/modules/email/email-preferences.repository';

/** "Mina e-postinställningar": which kinds of e-mail the current user gets in this organisation. */
export async function getMyEmailPreferences(ctx: Ctx): Promise<TEmailPreferences> {
  return { items: await inTenantRead(ctx, (tx) => findMyEmailPreferences(tx, ctx)) };
}
