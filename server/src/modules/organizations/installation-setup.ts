import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { TInstallationSetupRequest, TInstallationSetupResponse } from '@domain/installation.contracts';
import type { Db } from '@server/platform/db/database';
import { hashToken } from '@server/platform/auth/sessions';
import { assertPasswordNotBreached } from '@server/platform/auth/breached-passwords';
import { AppError } from '@server/platform/errors';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { installationSetupTokens } from '@server/modules/organizations/installation.tables';
import { OrganizationRefused, platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';

/** How long a setup link printed at start works. */
export const SETUP_LINK_TTL_MS = 60 * 60_000;

/**
 * On an installation without any organisation (first start with SEED_DEMO=false), makes a
 * one-time setup token and returns it, to be printed on the console as a link; undefined when an
 * organisation exists. Only the token's hash is stored; each start makes a new one.
 */
export async function platformIssueSetupToken(db: Db, now = new Date()): Promise<string | undefined> {
  return inPlatform(db, async (tx) => {
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(organizations);
    if (n > 0) return undefined;
    const token = randomBytes(32).toString('base64url');
    await tx.insert(installationSetupTokens).values({ id: uuidv7(), tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + SETUP_LINK_TTL_MS) });
    return token;
  });
}

const invalidLink = () =>
  new AppError('not_found', 'The setup link is not valid: it has been used, has expired, or was never issued. Restart Digiplan to get a new one.', [{ path: 'body.token', code: 'setup_link_invalid' }]);

/**
 * Creates the installation's first organisation and its administrator (with the password the
 * installer chose) through a valid, unused setup link, and uses the link up — in one transaction,
 * so a link never creates two. Refused once any organisation exists.
 */
export async function platformCompleteSetup(db: Db, input: TInstallationSetupRequest): Promise<TInstallationSetupResponse> {
  assertPasswordNotBreached(input.password, 'body.password');
  try {
    return await inPlatform(db, async (tx) => {
      const [link] = await tx
        .update(installationSetupTokens)
        .set({ usedAt: new Date() })
        .where(and(eq(installationSetupTokens.tokenHash, hashToken(input.token)), isNull(installationSetupTokens.usedAt), gt(installationSetupTokens.expiresAt, new Date())))
        .returning({ id: installationSetupTokens.id });
      if (!link) throw invalidLink();
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(organizations);
      if (n > 0) throw new AppError('invalid_state', 'The installation already has an organisation; log in as its administrator instead.', [{ path: 'body.token', code: 'already_set_up' }]);
      const created = await platformCreateOrganization(db, { name: input.organizationName, adminEmail: input.adminEmail, adminName: input.adminName, adminPassword: input.password, installationAdmin: true }, { id: null, name: 'Installationen (första start)' }, tx);
      return { organizationId: created.organizationId, adminEmail: input.adminEmail.trim().toLowerCase() };
    });
  } catch (error) {
    if (error instanceof OrganizationRefused) throw new AppError('conflict', error.message, [{ path: `body.${error.field}`, code: error.code }]);
    throw error;
  }
}
