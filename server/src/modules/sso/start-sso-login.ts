import { createHash, randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { v7 as uuidv7 } from 'uuid';
import { emailDomainOf } from '@domain/members.contracts';
import type { TLoginMethodResponse } from '@domain/sso.contracts';
import { inTenant } from '@server/platform/tenancy/context';
import { assertLoginAllowed, LoginLimitReached } from '@server/modules/auth/login-limits';
import { insertLoginRequest, platformCountRecentLoginRequests, platformFindDomainOwner } from '@server/modules/sso/sso.repository';
import { discoverProvider, describeFailure, openClientSecret, refusalOf } from '@server/modules/sso/sso-client';
import { recordSsoRefusal, SsoRefused, type RequestInfo } from '@server/modules/sso/sso-refusal';
import type { SsoOptions } from '@server/modules/sso/sso.options';

/** A started login may come back within this long. */
export const SSO_LOGIN_TTL_MS = 10 * 60_000;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/** Where the login page shows a refusal in Swedish. */
export const refusalPage = (reason: string) => `/logga-in?sso=${encodeURIComponent(reason)}`;

const PASSWORD: TLoginMethodResponse = { method: 'password', redirectUrl: null };

/**
 * The login page's first step: how does this address log in? Decided by the e-mail domain only
 * (the organisation owning it and whether its single sign-on serves it), so the answer is the same
 * whether or not the address has an account. For single sign-on it starts the login: state,
 * nonce and PKCE verifier are made here and stored server-side (only the state's hash is
 * findable), bound to this browser by `browserToken` (a cookie the route sets), and the browser is
 * sent to the provider's authorization endpoint. Limited like password logins (429).
 */
export async function decideLoginMethod(
  options: SsoOptions,
  email: string,
  redirectUri: string,
  info: RequestInfo,
): Promise<{ answer: TLoginMethodResponse; browserToken?: string }> {
  const { db, loginLimits } = options;
  await assertLoginAllowed(db, email, info.ip, loginLimits);
  if (!email.includes('@')) return { answer: PASSWORD };
  const owner = await platformFindDomainOwner(db, emailDomainOf(email));
  if (!owner?.settings) return { answer: PASSWORD };
  const settings = owner.settings;
  if ((await platformCountRecentLoginRequests(db, info.ip, loginLimits.perAddress.windowMs)) >= loginLimits.perAddress.maxFailures) {
    throw new LoginLimitReached(Math.ceil(loginLimits.perAddress.windowMs / 1000));
  }
  try {
    const secret = openClientSecret(options, settings, { organizationId: owner.organizationId, email });
    let config: client.Configuration;
    try {
      config = await discoverProvider(settings, secret, options.allowInsecureLoopbackIssuers === true);
    } catch (error) {
      throw new SsoRefused(refusalOf(error), { organizationId: owner.organizationId, email, failure: describeFailure(error) });
    }
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const browserToken = randomBytes(32).toString('base64url');
    await inTenant({ db, organizationId: owner.organizationId }, (tx) =>
      insertLoginRequest(tx, owner, {
        id: uuidv7(),
        stateHash: sha256(state),
        browserHash: sha256(browserToken),
        codeVerifier,
        nonce,
        redirectUri,
        ip: info.ip,
        expiresAt: new Date(Date.now() + SSO_LOGIN_TTL_MS),
      }),
    );
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile email',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      // Entra ID fills in the address the person already typed.
      login_hint: email,
    });
    return { answer: { method: 'sso', redirectUrl: url.href }, browserToken };
  } catch (error) {
    if (!(error instanceof SsoRefused)) throw error;
    await recordSsoRefusal(db, error, info);
    return { answer: { method: 'sso', redirectUrl: refusalPage(error.reason) } };
  }
}
