import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@server/platform/db/database';
import { inPlatform, type Ctx } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { organizationEmailDomains } from '@server/modules/users/users.tables';
import { organizationSsoSettings, ssoLoginRequests, userIdentities } from '@server/modules/sso/sso.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type SsoSettingsRow = typeof organizationSsoSettings.$inferSelect;
export type SsoSettingsValues = Pick<SsoSettingsRow, 'issuer' | 'clientId' | 'clientSecretSealed' | 'emailDomains' | 'newUsers' | 'defaultRole'>;

/** The organisation's single sign-on settings, optionally locked for an update. */
export async function findSsoSettingsRow(tx: Tx, ctx: Scope, options: { lock?: boolean } = {}) {
  const query = tx.select().from(organizationSsoSettings).where(eq(organizationSsoSettings.organizationId, ctx.organizationId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertSsoSettingsRow(tx: Tx, ctx: Scope, values: SsoSettingsValues) {
  const [row] = await tx.insert(organizationSsoSettings).values({ organizationId: ctx.organizationId, ...values }).returning();
  return row!;
}

/** Writes only if the row is still at `expected`; undefined means someone saved first. */
export async function updateSsoSettingsRow(tx: Tx, ctx: Scope, expected: number, values: SsoSettingsValues) {
  const [row] = await tx
    .update(organizationSsoSettings)
    .set({ ...values, version: sql`${organizationSsoSettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizationSsoSettings.organizationId, ctx.organizationId), eq(organizationSsoSettings.version, expected)))
    .returning();
  return row;
}

export async function deleteSsoSettingsRow(tx: Tx, ctx: Scope, expected: number) {
  const [row] = await tx
    .delete(organizationSsoSettings)
    .where(and(eq(organizationSsoSettings.organizationId, ctx.organizationId), eq(organizationSsoSettings.version, expected)))
    .returning();
  return row;
}

/** The e-mail domains the organisation owns (ADR 0004), lower case. */
export async function findOwnDomains(tx: Tx, ctx: Scope): Promise<string[]> {
  const rows = await tx
    .select({ domain: organizationEmailDomains.domain })
    .from(organizationEmailDomains)
    .where(eq(organizationEmailDomains.organizationId, ctx.organizationId));
  return rows.map((row) => row.domain);
}

/**
 * Who decides how an address in `domain` logs in: the organisation owning the domain, and its
 * single sign-on settings when those serve the domain. Crosses organisations on purpose: at login
 * nobody is known yet. `organizationDisabled` is read when the installation can disable organisations.
 */
export async function platformFindDomainOwner(db: Db, domain: string) {
  return inPlatform(db, async (tx) => {
    const [owner] = await tx
      .select({ organizationId: organizationEmailDomains.organizationId, organizationName: organizations.name })
      .from(organizationEmailDomains)
      .innerJoin(organizations, eq(organizations.id, organizationEmailDomains.organizationId))
      .where(eq(organizationEmailDomains.domain, domain.toLowerCase()));
    if (!owner) return undefined;
    const [settings] = await tx
      .select()
      .from(organizationSsoSettings)
      .where(and(eq(organizationSsoSettings.organizationId, owner.organizationId), sql`${domain.toLowerCase()} = any(${organizationSsoSettings.emailDomains})`));
    return { ...owner, settings };
  });
}

/** How many organisations use single sign-on: the start refuses to run without SECRET_KEY if any do. */
export async function platformCountSsoSettings(db: Db): Promise<number> {
  return inPlatform(db, async (tx) => {
    const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(organizationSsoSettings);
    return row?.count ?? 0;
  });
}

export type SsoLoginRequestRow = typeof ssoLoginRequests.$inferSelect;

/** Stores a started login; old rows (expired over an hour ago) are swept on the way. */
export async function insertLoginRequest(tx: Tx, ctx: Scope, values: Omit<typeof ssoLoginRequests.$inferInsert, 'organizationId'>) {
  await tx.delete(ssoLoginRequests).where(and(eq(ssoLoginRequests.organizationId, ctx.organizationId), sql`${ssoLoginRequests.expiresAt} < now() - interval '1 hour'`));
  await tx.insert(ssoLoginRequests).values({ organizationId: ctx.organizationId, ...values });
}

/** Logins started from one client address lately, whatever became of them (the start's rate limit). */
export async function platformCountRecentLoginRequests(db: Db, ip: string, windowMs: number): Promise<number> {
  return inPlatform(db, async (tx) => {
    const [row] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(ssoLoginRequests)
      .where(and(eq(ssoLoginRequests.ip, ip), sql`${ssoLoginRequests.createdAt} > now() - make_interval(secs => ${windowMs / 1000})`));
    return row?.count ?? 0;
  });
}

/**
 * Marks the login started with this state as used and returns it as it was before, so a second
 * use sees `usedAt` set (a replay) and an unknown state finds nothing. One statement: two callbacks
 * racing cannot both find it unused. Crosses organisations: the state is all the callback has.
 */
export async function platformConsumeLoginRequest(db: Db, stateHash: string): Promise<{ row: SsoLoginRequestRow; wasUsed: boolean; expired: boolean } | undefined> {
  return inPlatform(db, async (tx) => {
    const result = await tx.execute<{ organization_id: string; id: string; was_used: boolean; expired: boolean }>(sql`
      with before as (select organization_id, id, used_at from sso_login_requests where state_hash = ${stateHash} for update)
      update sso_login_requests r set used_at = coalesce(r.used_at, now())
      from before
      where r.organization_id = before.organization_id and r.id = before.id
      returning r.organization_id, r.id, before.used_at is not null as was_used, r.expires_at <= now() as expired`);
    const hit = result.rows[0];
    if (!hit) return undefined;
    const [row] = await tx.select().from(ssoLoginRequests).where(and(eq(ssoLoginRequests.organizationId, hit.organization_id), eq(ssoLoginRequests.id, hit.id)));
    return { row: row!, wasUsed: hit.was_used, expired: hit.expired };
  });
}

/** The user behind an (issuer, subject) pair, wherever it was linked. */
export async function platformFindIdentity(db: Db, issuer: string, subject: string) {
  return inPlatform(db, async (tx) => {
    const [row] = await tx.select().from(userIdentities).where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
    return row;
  });
}

/** A user's identity at one issuer (a different subject there means another person claims her address). */
export async function findIdentityOfUserAtIssuer(tx: Tx, ctx: Scope, userId: string, issuer: string) {
  const [row] = await tx
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.organizationId, ctx.organizationId), eq(userIdentities.userId, userId), eq(userIdentities.issuer, issuer)));
  return row;
}

export async function insertIdentity(tx: Tx, ctx: Scope, values: { issuer: string; subject: string; userId: string }) {
  await tx.insert(userIdentities).values({ organizationId: ctx.organizationId, ...values });
}

export async function touchIdentity(tx: Tx, ctx: Scope, issuer: string, subject: string) {
  await tx
    .update(userIdentities)
    .set({ lastLoginAt: new Date() })
    .where(and(eq(userIdentities.organizationId, ctx.organizationId), eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
}
