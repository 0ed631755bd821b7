import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { v7 as uuidv7 } from 'uuid';
import { emailDomainOf } from '@domain/members.contracts';
import type { Role } from '@domain/roles';
import type { Tx } from '@server/platform/db/database';
import { recordAudit } from '@server/platform/audit/audit';
import { hashPassword } from '@server/platform/auth/passwords';
import { createSession } from '@server/platform/auth/sessions';
import { inTenant } from '@server/platform/tenancy/context';
import { assertAddressAllowed } from '@server/modules/auth/login-limits';
import {
  platformCreateUser,
  platformFindMembershipsOfUser,
  platformFindUserByEmailInTx,
  platformFindUserByIdInTx,
  platformSetUserPassword,
} from '@server/modules/users/users.platform';
import { hasMembership, insertMembershipRow } from '@server/modules/members/members.repository';
import {
  findIdentityOfUserAtIssuer,
  findSsoSettingsRow,
  insertIdentity,
  platformConsumeLoginRequest,
  platformFindDomainOwner,
  platformFindIdentity,
  touchIdentity,
  type SsoSettingsRow,
} from '@server/modules/sso/sso.repository';
import { describeFailure, discoverProvider, openClientSecret, refusalOf } from '@server/modules/sso/sso-client';
import { recordSsoRefusal, SsoRefused, type RequestInfo } from '@server/modules/sso/sso-refusal';
import { sha256 } from '@server/modules/sso/start-sso-login';
import type { SsoOptions } from '@server/modules/sso/sso.options';

/** What the identity provider said about the person, read from the validated ID token. */
type Claims = { issuer: string; subject: string; email: string | undefined; name: string | undefined };

/**
 * Who the person is at the provider. Entra ID's `sub` is pairwise (different for every application
 * registration), its `oid` is the person's id in the directory (`tid`), the same for every
 * application: with `tid` and `oid` present, `oid` is the subject, so re-registering Digiplan
 * in Entra ID keeps everyone's identity. Elsewhere the standard `sub`. The address is `email`, or
 * Entra ID's `preferred_username` (the UPN, an address) when `email` is missing.
 */
function claimsOf(idToken: client.IDToken, settings: SsoSettingsRow): Claims {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const tid = text(idToken.tid);
  const oid = text(idToken.oid);
  if (tid && /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(settings.issuer) && !settings.issuer.toLowerCase().includes(tid.toLowerCase())) {
    throw new SsoRefused('issuer_mismatch', { organizationId: settings.organizationId, failure: 'the ID token’s tid is not the directory in the issuer' });
  }
  const candidates = [text(idToken.email), text(idToken.preferred_username), text(idToken.upn)];
  const email = candidates.find((value) => value !== undefined && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value));
  return { issuer: idToken.iss, subject: tid && oid ? oid : idToken.sub, email, name: text(idToken.name) };
}

type Person = { userId: string; userName: string; mustChangePassword: boolean };
type Identity = Awaited<ReturnType<typeof platformFindIdentity>>;

export type SsoCallbackResult = { token: string } | { refused: SsoRefused };

/**
 * The provider's answer comes back: the state must be one this installation issued, unused,
 * unexpired and started in this browser; openid-client then exchanges the code (with the PKCE
 * verifier) and validates the ID token (signature against the provider's published keys, issuer,
 * audience, expiry, nonce). The person is found by (issuer, subject), must be active in the
 * organisation, and gets a fresh session. Every refusal is recorded and creates no session.
 */
export async function completeSsoLogin(
  options: SsoOptions,
  callbackUrl: URL,
  browserToken: string | undefined,
  info: RequestInfo,
): Promise<SsoCallbackResult> {
  const { db } = options;
  try {
    await assertAddressAllowed(db, info.ip, options.loginLimits);
    const state = callbackUrl.searchParams.get('state');
    if (!state) throw new SsoRefused('state_unknown');
    const consumed = await platformConsumeLoginRequest(db, sha256(state));
    if (!consumed) throw new SsoRefused('state_unknown');
    const { row: started } = consumed;
    const organizationId = started.organizationId;
    if (consumed.wasUsed) throw new SsoRefused('state_used', { organizationId });
    if (consumed.expired) throw new SsoRefused('state_expired', { organizationId });
    if (!browserToken || sha256(browserToken) !== started.browserHash) throw new SsoRefused('browser_mismatch', { organizationId });

    const settings = await inTenant({ db, organizationId }, (tx) => findSsoSettingsRow(tx, { organizationId }));
    if (!settings) throw new SsoRefused('not_configured', { organizationId });
    const secret = openClientSecret(options, settings, { organizationId });
    let idToken: client.IDToken;
    try {
      const config = await discoverProvider(settings, secret, options.allowInsecureLoopbackIssuers === true);
      // The URL the provider sent the browser to, on the redirect URI the login started with.
      const current = new URL(started.redirectUri);
      current.search = callbackUrl.search;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: started.codeVerifier,
        expectedState: state,
        expectedNonce: started.nonce,
        idTokenExpected: true,
      });
      idToken = tokens.claims()!;
    } catch (error) {
      if (error instanceof SsoRefused) throw error;
      throw new SsoRefused(refusalOf(error), { organizationId, failure: describeFailure(error) });
    }

    const claims = claimsOf(idToken, settings);
    if (!claims.email) throw new SsoRefused('no_email', { organizationId });
    const domain = emailDomainOf(claims.email);
    const owner = await platformFindDomainOwner(db, domain);
    if (owner && owner.organizationId !== organizationId) throw new SsoRefused('domain_elsewhere', { organizationId, email: claims.email });
    if (!owner || !settings.emailDomains.includes(domain)) throw new SsoRefused('domain_not_served', { organizationId, email: claims.email });

    const scope = { db, organizationId, ...info };
    const identity = await platformFindIdentity(db, claims.issuer, claims.subject);
    const person = await inTenant(scope, (tx) => linkPerson(tx, scope, settings, { ...claims, email: claims.email! }, identity));
    // Disabled memberships (and organisations) are left out: she may not act here.
    const membership = (await platformFindMembershipsOfUser(db, person.userId)).find((m) => m.organizationId === organizationId);
    if (!membership) throw new SsoRefused('user_disabled', { organizationId, email: claims.email, userId: person.userId, userName: person.userName });
    const session = await createSession(db, person.userId, organizationId);
    const ctx = { db, organizationId, actor: { id: person.userId, name: person.userName, email: claims.email }, ...info };
    await inTenant(ctx, async (tx) => {
      await touchIdentity(tx, ctx, claims.issuer, claims.subject);
      // A one-time password of someone who logs in through her provider is never needed (password
      // login is refused in her domain); it would only make her choose a password. Administrators
      // keep theirs: they are the way in when the provider fails.
      if (person.mustChangePassword && !membership.roles.includes('admin')) {
        await platformSetUserPassword(tx, person.userId, await hashPassword(randomBytes(32).toString('base64url')), false);
      }
      await recordAudit(tx, ctx, { action: 'auth.login', entityType: 'user', entityId: person.userId, after: { method: 'sso', issuer: claims.issuer } });
    });
    return { token: session.token };
  } catch (error) {
    if (!(error instanceof SsoRefused)) throw error;
    await recordSsoRefusal(db, error, info);
    return { refused: error };
  }
}

async function linkPerson(tx: Tx, scope: { organizationId: string } & RequestInfo, settings: SsoSettingsRow, claims: Claims & { email: string }, identity: Identity): Promise<Person> {
  const refuse = (reason: ConstructorParameters<typeof SsoRefused>[0], more: { userId?: string; userName?: string } = {}) =>
    new SsoRefused(reason, { organizationId: scope.organizationId, email: claims.email, ...more });
  const actorOf = (userId: string, name: string) => ({ ...scope, actor: { id: userId, name, email: claims.email } });

  const linked = identity && (await platformFindUserByIdInTx(tx, identity.userId));
  if (linked) {
    if (linked.isDisabled) throw refuse('user_disabled', { userId: linked.id, userName: linked.name });
    return { userId: linked.id, userName: linked.name, mustChangePassword: linked.mustChangePassword };
  }

  const existing = await platformFindUserByEmailInTx(tx, claims.email);
  if (existing) {
    if (existing.isDisabled) throw refuse('user_disabled', { userId: existing.id, userName: existing.name });
    // Someone else already holds this account's identity at this provider: the address alone does not make her the same person.
    if (await findIdentityOfUserAtIssuer(tx, scope, existing.id, claims.issuer)) throw refuse('identity_conflict', { userId: existing.id, userName: existing.name });
    const member = await hasMembership(tx, scope, existing.id);
    if (!member && settings.newUsers !== 'create') throw refuse('not_invited', { userId: existing.id, userName: existing.name });
    if (!member) await insertMembershipRow(tx, scope, { id: uuidv7(), userId: existing.id, roles: [settings.defaultRole as Role] });
    await insertIdentity(tx, scope, { issuer: claims.issuer, subject: claims.subject, userId: existing.id });
    await recordAudit(tx, actorOf(existing.id, existing.name), {
      action: 'sso.identity_linked',
      entityType: 'user',
      entityId: existing.id,
      after: { email: existing.email, issuer: claims.issuer, membershipCreated: !member },
    });
    return { userId: existing.id, userName: existing.name, mustChangePassword: existing.mustChangePassword };
  }

  if (settings.newUsers !== 'create') throw refuse('not_invited');
  const userId = uuidv7();
  const name = (claims.name ?? claims.email.slice(0, claims.email.indexOf('@'))).slice(0, 200);
  // No password anyone knows: she logs in through her organisation's provider.
  await platformCreateUser(tx, { id: userId, email: claims.email, name, passwordHash: await hashPassword(randomBytes(32).toString('base64url')), mustChangePassword: false });
  await insertMembershipRow(tx, scope, { id: uuidv7(), userId, roles: [settings.defaultRole as Role] });
  await insertIdentity(tx, scope, { issuer: claims.issuer, subject: claims.subject, userId });
  await recordAudit(tx, actorOf(userId, name), {
    action: 'sso.user_created',
    entityType: 'user',
    entityId: userId,
    after: { email: claims.email, name, roles: [settings.defaultRole], issuer: claims.issuer },
  });
  return { userId, userName: name, mustChangePassword: false };
}
