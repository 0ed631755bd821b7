import { z } from 'zod';
import { ZRole } from '@domain/auth.contracts';

/** What happens when someone the identity provider knows logs in for the first time. */
export const SSO_NEW_USER_MODES = ['create', 'invite'] as const;
export type TSsoNewUserMode = (typeof SSO_NEW_USER_MODES)[number];

/** Roles a person created at first login may get: never administrator (that is given by a person). */
export const ZSsoDefaultRole = ZRole.exclude(['admin']);
export const SSO_DEFAULT_ROLES = ZSsoDefaultRole.options;

const ZDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(253)
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, { error: 'Skriv en domän som exempelkommun.se.' });

/**
 * The organisation's single sign-on as the administrator sees it. The client secret is never sent
 * back: `hasClientSecret` only says one is stored. Not configured yet: `configured` false, empty
 * values and version 0 (send `If-Match: "0"` to create).
 */
export const ZSsoSettings = z
  .object({
    configured: z.boolean(),
    issuer: z.string(),
    clientId: z.string(),
    hasClientSecret: z.boolean(),
    emailDomains: z.array(z.string()),
    newUsers: z.enum(SSO_NEW_USER_MODES),
    defaultRole: ZSsoDefaultRole,
    /** The address to register at the identity provider as redirect URI. */
    redirectUri: z.string(),
    /** False when the installation has no SECRET_KEY: nothing can be saved until it has. */
    secretKeyConfigured: z.boolean(),
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'SsoSettings' });
export type TSsoSettings = z.infer<typeof ZSsoSettings>;

/** Saving the settings; `clientSecret` may be left out to keep the stored one (required the first time). */
export const ZSaveSsoSettingsRequest = z
  .object({
    issuer: z.string().trim().min(1).max(500),
    clientId: z.string().trim().min(1).max(200),
    clientSecret: z.string().min(1).max(1000).optional(),
    emailDomains: z.array(ZDomainName).min(1).max(50),
    newUsers: z.enum(SSO_NEW_USER_MODES),
    defaultRole: ZSsoDefaultRole,
  })
  .meta({ id: 'SaveSsoSettingsRequest' });
export type TSaveSsoSettingsRequest = z.infer<typeof ZSaveSsoSettingsRequest>;

/** The login page's first question: how does this address log in? */
export const ZLoginMethodRequest = z.object({ email: z.string().trim().min(3).max(254) }).meta({ id: 'LoginMethodRequest' });
export type TLoginMethodRequest = z.infer<typeof ZLoginMethodRequest>;

/**
 * `password`: ask for the password. `sso`: send the browser to `redirectUrl` (the identity provider,
 * or the login page with a refusal). The same shape whether or not the address has an account.
 */
export const ZLoginMethodResponse = z
  .object({ method: z.enum(['password', 'sso']), redirectUrl: z.string().nullable() })
  .meta({ id: 'LoginMethodResponse' });
export type TLoginMethodResponse = z.infer<typeof ZLoginMethodResponse>;

/**
 * Why a single sign-on was refused; the login page shows each in Swedish (`/logga-in?sso=<reason>`).
 * Stable: add, never rename.
 */
export const SSO_REFUSALS = [
  'state_unknown',
  'state_used',
  'state_expired',
  'browser_mismatch',
  'nonce_mismatch',
  'issuer_mismatch',
  'token_expired',
  'bad_signature',
  'provider_error',
  'provider_unreachable',
  'no_email',
  'domain_not_served',
  'domain_elsewhere',
  'identity_conflict',
  'not_invited',
  'user_disabled',
  'organization_disabled',
  'not_configured',
  'too_many',
] as const;
export type TSsoRefusal = (typeof SSO_REFUSALS)[number];
