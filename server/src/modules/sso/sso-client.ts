import * as client from 'openid-client';
import type { TSsoRefusal } from '@domain/sso.contracts';
import { SsoRefused } from '@server/modules/sso/sso-refusal';
import { ssoSecretBox, type SsoOptions } from '@server/modules/sso/sso.options';

/** Seconds openid-client waits for the identity provider (discovery, token, keys). */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * The openid-client configuration for an organisation's provider, from its discovery document
 * (`{issuer}/.well-known/openid-configuration`; openid-client checks that the document names the
 * same issuer). The client secret is sent in the token request body (client_secret_post), which
 * Entra ID and every conforming provider accept. Looked up at every login: a provider's keys and
 * endpoints may change, and logins are few.
 */
export async function discoverProvider(settings: { issuer: string; clientId: string }, clientSecret: string, allowInsecureLoopback: boolean): Promise<client.Configuration> {
  return client.discovery(new URL(settings.issuer), settings.clientId, { client_secret: clientSecret }, client.ClientSecretPost(clientSecret), {
    // ID tokens from the token endpoint are trusted on TLS alone by default (OpenID Connect Core
    // 3.1.3.7); non-repudiation checks verify their signature against the provider's published keys too.
    execute: allowInsecureLoopback ? [client.allowInsecureRequests, client.enableNonRepudiationChecks] : [client.enableNonRepudiationChecks],
    timeout: PROVIDER_TIMEOUT_SECONDS,
  });
}

type Coded = { code?: unknown; message?: unknown; cause?: unknown; claim?: unknown; name?: unknown };

/** Every error in a chain of causes (openid-client wraps oauth4webapi's errors). */
function chain(error: unknown): Coded[] {
  const found: Coded[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && found.length < 5) {
    found.push(current as Coded);
    current = (current as Coded).cause;
  }
  return found;
}

/** What a failure of discovery or of the authorization code grant means for the person logging in. */
export function refusalOf(error: unknown): TSsoRefusal {
  if (error instanceof client.AuthorizationResponseError) return 'provider_error';
  const errors = chain(error);
  const codes = new Set(errors.map((e) => e.code));
  const claims = new Set(errors.map((e) => e.claim));
  const messages = errors.map((e) => (typeof e.message === 'string' ? e.message : '')).join(' | ');
  if (codes.has('OAUTH_JWT_CLAIM_COMPARISON_FAILED') && claims.has('nonce')) return 'nonce_mismatch';
  if (codes.has('OAUTH_JWT_CLAIM_COMPARISON_FAILED') && claims.has('iss')) return 'issuer_mismatch';
  if (codes.has('OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') || messages.includes('"iss" (issuer) response parameter')) return 'issuer_mismatch';
  if (codes.has('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) return 'token_expired';
  if (messages.includes('JWT signature verification failed') || codes.has('OAUTH_KEY_SELECTION_FAILED')) return 'bad_signature';
  if (codes.has('OAUTH_TIMEOUT') || codes.has('OAUTH_ABORT') || messages.includes('fetch failed') || codes.has('ECONNREFUSED')) return 'provider_unreachable';
  return 'provider_error';
}

/** A short, secret-free description of a failure for the security event. */
export function describeFailure(error: unknown): string {
  return chain(error)
    .map((e) => [typeof e.code === 'string' ? e.code : '', typeof e.message === 'string' ? e.message : ''].filter(Boolean).join(': '))
    .filter(Boolean)
    .join(' <- ')
    .slice(0, 500);
}

/** The organisation's client secret in clear, or a refusal when SECRET_KEY is missing or not the one it was sealed with. */
export function openClientSecret(options: Pick<SsoOptions, 'secretKey'>, settings: { clientSecretSealed: string; organizationId: string }, known: { organizationId: string; email?: string }): string {
  const box = ssoSecretBox(options);
  if (!box) throw new SsoRefused('not_configured', { ...known, failure: 'SECRET_KEY is not set' });
  try {
    return box.open(settings.clientSecretSealed, settings.organizationId);
  } catch {
    throw new SsoRefused('not_configured', { ...known, failure: 'the client secret cannot be opened with this SECRET_KEY' });
  }
}
