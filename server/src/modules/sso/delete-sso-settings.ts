import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteSsoSettingsRow, findSsoSettingsRow } from '@server/modules/sso/sso.repository';
import { auditedSsoSettings } from '@server/modules/sso/sso.presenters';

/**
 * Turns single sign-on off (If-Match). Its users then log in with passwords again, which their
 * administrator gives them (one-time passwords); their identities stay, for a later return.
 */
export async function deleteSsoSettings(ctx: Ctx, expected: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const current = await findSsoSettingsRow(tx, ctx, { lock: true });
    if (!current) throw notFound('single sign-on');
    if (current.version !== expected) throw staleVersion();
    const row = await deleteSsoSettingsRow(tx, ctx, expected);
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'sso.settings_deleted', entityType: 'organization', entityId: ctx.organizationId, before: auditedSsoSettings(current) });
  });
}
