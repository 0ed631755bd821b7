import type { FastifyRequest } from 'fastify';
import type { Db } from '@server/platform/db/database';
import { secretBox, type SecretBox } from '@server/platform/crypto/secret-box';
import type { LoginLimits } from '@server/modules/auth/login-limits';

/** What the single sign-on routes need from the installation's configuration. */
export type SsoOptions = {
  db: Db;
  secureCookies: boolean;
  loginLimits: LoginLimits;
  /** `SECRET_KEY`; without it nothing can be saved and no single sign-on runs. */
  secretKey?: string;
  /** `PUBLIC_URL`; else the redirect URI is built from the request's Host. */
  publicUrl?: string;
  /**
   * Tests only: accept `http://127.0.0.1…`/`http://localhost…` issuers (the in-process provider) and
   * let openid-client talk plain HTTP to them. Never set in production: issuers must be https.
   */
  allowInsecureLoopbackIssuers?: boolean;
};

export const CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** The address the identity provider sends the browser back to; registered there by the administrator. */
export function redirectUriFor(request: FastifyRequest, options: Pick<SsoOptions, 'publicUrl' | 'secureCookies'>): string {
  const origin = options.publicUrl ?? `${options.secureCookies ? 'https' : request.protocol}://${request.headers.host ?? 'localhost'}`;
  return `${origin}${CALLBACK_PATH}`;
}

const boxes = new Map<string, SecretBox>();
/** The secret box under `SECRET_KEY`, or undefined when the installation has none. */
export function ssoSecretBox(options: Pick<SsoOptions, 'secretKey'>): SecretBox | undefined {
  if (!options.secretKey) return undefined;
  let box = boxes.get(options.secretKey);
  if (!box) boxes.set(options.secretKey, (box = secretBox(options.secretKey)));
  return box;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Says what is wrong with an issuer address, or undefined. An issuer is an https URL without query
 * or fragment (OpenID Connect Discovery §2); Entra ID's is `https://login.microsoftonline.com/{tenant id}/v2.0`.
 */
export function issuerProblem(issuer: string, allowInsecureLoopback: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'Skriv utfärdarens adress, till exempel https://login.microsoftonline.com/<katalog-id>/v2.0.';
  }
  if (url.username || url.password || url.search || url.hash) return 'Adressen får inte innehålla användarnamn, frågor (?) eller fragment (#).';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && allowInsecureLoopback && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return 'Utfärdarens adress måste börja med https://.';
}

/** Entra ID's multi-tenant addresses (`common`, `organizations`) name no directory: a login could come from any tenant. */
export function isEntraMultiTenantIssuer(issuer: string): boolean {
  return /^https:\/\/login\.microsoftonline\.com\/(common|organizations|consumers)(\/|$)/i.test(issuer);
}
