import type { TSaveSsoSettingsRequest, TSsoSettings } from '@domain/sso.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import type { SecretBox } from '@server/platform/crypto/secret-box';
import { AppError } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findOwnDomains, findSsoSettingsRow, insertSsoSettingsRow, updateSsoSettingsRow } from '@server/modules/sso/sso.repository';
import { auditedSsoSettings, presentSsoSettings } from '@server/modules/sso/sso.presenters';
import { isEntraMultiTenantIssuer, issuerProblem } from '@server/modules/sso/sso.options';

export type SaveSsoDeps = { box: SecretBox | undefined; allowInsecureLoopbackIssuers: boolean; redirectUri: string };

/** 409 when the installation has no SECRET_KEY: the client secret could not be stored safely. */
export const secretKeyMissing = () =>
  new AppError('invalid_state', 'The installation has no SECRET_KEY, so single sign-on cannot be set up. Ask the operator to set one.', [
    { path: '', code: 'secret_key_missing' },
  ]);

/**
 * Creates or replaces the organisation's single sign-on (If-Match: "0" the first time). The e-mail
 * domains must be the organisation's own (ADR 0004); the client secret is sealed under SECRET_KEY
 * and, left out, the stored one is kept. The audit log gets before and after, never the secret.
 */
export async function saveSsoSettings(ctx: Ctx, input: TSaveSsoSettingsRequest, expected: number, deps: SaveSsoDeps): Promise<TSsoSettings> {
  if (!deps.box) throw secretKeyMissing();
  const box = deps.box;
  const problem = isEntraMultiTenantIssuer(input.issuer)
    ? 'Använd katalogens egen adress (https://login.microsoftonline.com/<katalog-id>/v2.0), inte common eller organizations.'
    : issuerProblem(input.issuer, deps.allowInsecureLoopbackIssuers);
  if (problem) throw new AppError('validation_failed', problem, [{ path: 'body.issuer', code: 'issuer_invalid', message: problem }]);
  const emailDomains = [...new Set(input.emailDomains)].sort();
  return inTenant(ctx, async (tx) => {
    const current = await findSsoSettingsRow(tx, ctx, { lock: true });
    if ((current?.version ?? 0) !== expected) throw staleVersion();
    const own = new Set(await findOwnDomains(tx, ctx));
    const foreign = input.emailDomains.flatMap((domain, index) => (own.has(domain) ? [] : [{ path: `body.emailDomains.${index}`, code: 'domain_not_owned' }]));
    if (foreign.length > 0) throw new AppError('unprocessable', 'Single sign-on can only serve the organisation’s own e-mail domains.', foreign);
    let clientSecretSealed = current?.clientSecretSealed;
    if (input.clientSecret !== undefined) clientSecretSealed = box.seal(input.clientSecret, ctx.organizationId);
    if (!clientSecretSealed) throw new AppError('validation_failed', 'Enter the client secret.', [{ path: 'body.clientSecret', code: 'required' }]);
    const values = { issuer: input.issuer, clientId: input.clientId, clientSecretSealed, emailDomains, newUsers: input.newUsers, defaultRole: input.defaultRole };
    const row = current ? await updateSsoSettingsRow(tx, ctx, expected, values) : await insertSsoSettingsRow(tx, ctx, values);
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, {
      action: 'sso.settings_saved',
      entityType: 'organization',
      entityId: ctx.organizationId,
      before: current ? auditedSsoSettings(current) : null,
      after: { ...auditedSsoSettings(row), clientSecretChanged: input.clientSecret !== undefined },
    });
    return presentSsoSettings(row, deps.redirectUri, true);
  });
}
