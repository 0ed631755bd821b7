import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findSettingsRow, saveSettingsRow } from '@server/modules/maturity/maturity.repository';

/** Whether the organisation's results count in (and it sees) the installation's comparison; off until chosen. */
export async function getMaturitySettings(ctx: Ctx): Promise<{ compareOptIn: boolean; version: number }> {
  const row = await inTenantRead(ctx, (tx) => findSettingsRow(tx, ctx));
  return { compareOptIn: row.compareOptIn, version: row.version };
}

/** The administrator opts in or out of the comparison (If-Match; "0" before the first choice). */
export async function updateMaturitySettings(ctx: Ctx, compareOptIn: boolean, expected: number): Promise<{ compareOptIn: boolean; version: number }> {
  authorize(ctx, 'maturity:manage');
  return inTenant(ctx, async (tx) => {
    const before = await findSettingsRow(tx, ctx);
    const row = await saveSettingsRow(tx, ctx, expected, compareOptIn);
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'maturity_settings.updated', entityType: 'maturity_settings', before: { compareOptIn: before.compareOptIn }, after: { compareOptIn: row.compareOptIn } });
    return { compareOptIn: row.compareOptIn, version: row.version };
  });
}
