import type { TSsoSettings } from '@domain/sso.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findSsoSettingsRow } from '@server/modules/sso/sso.repository';
import { presentSsoSettings } from '@server/modules/sso/sso.presenters';

/** The organisation's single sign-on settings (version 0 and empty when there are none). */
export async function getSsoSettings(ctx: Ctx, redirectUri: string, secretKeyConfigured: boolean): Promise<TSsoSettings> {
  const row = await inTenantRead(ctx, (tx) => findSsoSettingsRow(tx, ctx));
  return presentSsoSettings(row, redirectUri, secretKeyConfigured);
}
