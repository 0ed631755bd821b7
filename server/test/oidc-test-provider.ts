import { createHash, generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test identity provider, shaped like a Microsoft Entra ID user. */
export type TestIdentity = {
  /** What she types in the provider's login form. */
  login: string;
  /** Entra ID's object id: the same for every application in the tenant. */
  oid: string;
  name: string;
  /** Entra ID sends `email` only when the optional claim is configured and the user has a mailbox. */
  email?: string;
  /** Entra ID's user principal name, usually the address. */
  preferredUsername: string;
};

export type OidcTestProvider = {
  /** `http://127.0.0.1:<port>/<tenant id>/v2.0`, Entra ID's issuer form. */
  issuer: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /**
   * Another tenant's address on the same server: discovery there answers with `issuer` (as a
   * mistyped or foreign directory would), so a client configured with it sees an issuer mismatch.
   */
  foreignIssuer: string;
  addIdentity: (identity: TestIdentity) => void;
  /** The lifetime of ID tokens issued from now on; negative gives tokens that expired before they were issued. */
  setIdTokenTtlSeconds: (seconds: number) => void;
  /** Publishes a different key under the signing key's id, so every ID token's signature fails to verify. */
  publishForeignKey: (on: boolean) => void;
  /**
   * Signs in through the provider's own login form over HTTP (GET the authorization URL, follow to
   * the form, POST login and password, follow back) and returns the URL the provider sends the
   * browser back to (the client's redirect URI with `code`, `state` and `iss`).
   */
  signIn: (authorizationUrl: string, login: string) => Promise<URL>;
  close: () => Promise<void>;
};

const subjectFor = (oid: string, clientId: string) => createHash('sha256').update(`${oid}:${clientId}`).digest('base64url');

/**
 * A real OpenID Connect provider (oidc-provider, certified) on a loopback port, configured like
 * Microsoft Entra ID: issuer `…/{tenant id}/v2.0`, client secret sent in the token request body,
 * PKCE required, ID tokens carrying `oid`, `tid`, `preferred_username`, `name` and (when the person
 * has one) `email`, and a pairwise `sub`. Consent is granted in advance, as an Entra administrator
 * does for an organisation's application, so signing in is the login form only.
 */
export async function startOidcTestProvider(options: { redirectUris: string[]; tenantId?: string }): Promise<OidcTestProvider> {
  const tenantId = options.tenantId ?? randomUUID();
  const clientId = randomUUID();
  const clientSecret = `test-only-client-secret-${randomUUID()}`;
  const identities = new Map<string, TestIdentity>();
  let idTokenTtl = 3600;
  let foreignKey = false;

  const kid = randomUUID();
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateJwk = { ...(signing.privateKey.export({ format: 'jwk' }) as JsonWebKey), kid, alg: 'RS256', use: 'sig' };
  const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const impostorJwk = { ...(impostor.publicKey.export({ format: 'jwk' }) as JsonWebKey), kid, alg: 'RS256', use: 'sig' };

  // The issuer contains the port, so the provider is made once the server listens.
  const routing: { handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void } = {};
  const server = http.createServer((req, res) => (routing.handler ? routing.handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const mountPath = `/${tenantId}/v2.0`;
  const foreignPath = `/${randomUUID()}/v2.0`;
  const issuer = `${origin}${mountPath}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [privateJwk] },
    cookies: { keys: ['test-only-oidc-cookie-key'] },
    pkce: { methods: ['S256'], required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'oid', 'tid'], email: ['email'] },
    // Entra ID puts the profile claims in the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    ttl: { IdToken: () => idTokenTtl, AccessToken: 3600, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: (_ctx: unknown, accountId: string) => {
      const identity = identities.get(accountId);
      if (!identity) return undefined;
      return {
        accountId,
        claims: () => ({
          sub: subjectFor(identity.oid, clientId),
          oid: identity.oid,
          tid: tenantId,
          name: identity.name,
          preferred_username: identity.preferredUsername,
          ...(identity.email ? { email: identity.email } : {}),
        }),
      };
    },
    loadExistingGrant: async (ctx: {
      oidc: { client: { clientId: string }; session: { accountId: string; grantIdFor: (clientId: string) => string | undefined }; result?: { consent?: { grantId?: string } } };
    }) => {
      const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      const Grant = provider.Grant as unknown as { find: (id: string) => Promise<unknown> } & (new (input: { clientId: string; accountId: string }) => { addOIDCScope: (s: string) => void; save: () => Promise<string> });
      if (existing) return Grant.find(existing);
      const grant = new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
  const serve = provider.callback();
  routing.handler = (req, res) => {
    const url = req.url ?? '/';
    const prefix = [mountPath, foreignPath].find((path) => url === path || url.startsWith(`${path}/`) || url.startsWith(`${path}?`));
    if (!prefix) return void res.writeHead(404).end();
    if (foreignKey && url.split('?')[0] === `${prefix}/jwks`) {
      return void res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(JSON.stringify({ keys: [impostorJwk] }));
    }
    // Mounted under the issuer's path: the provider reads the mount point from originalUrl.
    (req as http.IncomingMessage & { originalUrl?: string }).originalUrl = url;
    req.url = url.slice(prefix.length) || '/';
    serve(req, res);
  };

  const signIn = async (authorizationUrl: string, login: string): Promise<URL> => {
    const jar = new Map<string, string>();
    const send = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair!.indexOf('=');
        jar.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      return response;
    };
    let response = await send(authorizationUrl);
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, origin);
        if (next.origin !== origin) return next;
        response = await send(next.href);
        continue;
      }
      const page = await response.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>[\s\S]*?name="prompt" value="login"/.exec(page);
      if (!form) throw new Error(`the provider showed no login form (${response.status}): ${page.slice(0, 300)}`);
      response = await send(new URL(form[1]!, origin).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'vilket-lösenord-som-helst' }).toString(),
      });
    }
    throw new Error('the provider did not send the browser back');
  };

  return {
    issuer,
    tenantId,
    clientId,
    clientSecret,
    foreignIssuer: `${origin}${foreignPath}`,
    addIdentity: (identity) => void identities.set(identity.login, identity),
    setIdTokenTtlSeconds: (seconds) => void (idTokenTtl = seconds),
    publishForeignKey: (on) => void (foreignKey = on),
    signIn,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
