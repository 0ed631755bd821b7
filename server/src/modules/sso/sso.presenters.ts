import type { TSsoSettings } from '@domain/sso.contracts';
import type { SsoSettingsRow } from '@server/modules/sso/sso.repository';

/** The settings as the administrator sees them: never the secret, sealed or not. */
export function presentSsoSettings(row: SsoSettingsRow | undefined, redirectUri: string, secretKeyConfigured: boolean): TSsoSettings {
  if (!row) {
    return {
      configured: false,
      issuer: '',
      clientId: '',
      hasClientSecret: false,
      emailDomains: [],
      newUsers: 'invite',
      defaultRole: 'staff',
      redirectUri,
      secretKeyConfigured,
      version: 0,
      updatedAt: null,
    };
  }
  return {
    configured: true,
    issuer: row.issuer,
    clientId: row.clientId,
    hasClientSecret: true,
    emailDomains: [...row.emailDomains],
    newUsers: row.newUsers as TSsoSettings['newUsers'],
    defaultRole: row.defaultRole as TSsoSettings['defaultRole'],
    redirectUri,
    secretKeyConfigured,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of the settings (no secret; whether it changed is said separately). */
export function auditedSsoSettings(row: SsoSettingsRow) {
  return { issuer: row.issuer, clientId: row.clientId, emailDomains: row.emailDomains, newUsers: row.newUsers, defaultRole: row.defaultRole, version: row.version };
}
