import { v7 as uuidv7 } from 'uuid';
import { emailDomainOf } from '@domain/members.contracts';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@server/platform/db/database';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { generateOneTimePassword, hashPassword } from '@server/platform/auth/passwords';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { memberships, organizationEmailDomains, users } from '@server/modules/users/users.tables';

export type NewOrganization = {
  name: string;
  adminEmail: string;
  adminName: string;
  /** The administrator's own password (setup link); without it a one-time password is made. */
  adminPassword?: string;
  /** Organisationsnummer, when the installation administrator gives it. */
  organizationNumber?: string;
  /** Makes the administrator an installation administrator too (the installation's first one). */
  installationAdmin?: boolean;
};

export type CreatedOrganization = { organizationId: string; adminUserId: string; oneTimePassword?: string };

/** Why an organisation cannot be created as asked, in Swedish for the installer. */
export class OrganizationRefused extends Error {
  constructor(
    message: string,
    readonly field: 'adminEmail' | 'organizationName',
    readonly code: 'domain_owned' | 'account_exists' | 'name_taken',
  ) {
    super(message);
  }
}

/**
 * Creates an organisation with its first administrator, and gives it the administrator's e-mail
 * domain (ADR 0004: accounts belong to the organisation owning their domain). Refused when another
 * organisation owns that domain or the account exists, so no installer can take over anyone's
 * account. Deliberately cross-organisation (platform): used by the setup link and `npm run
 * org:create`, later by the installation administrator. Audited in the new organisation.
 */
export async function platformCreateOrganization(db: Db, input: NewOrganization, actor: { id: string | null; name: string }, tx?: Tx): Promise<CreatedOrganization> {
  const email = input.adminEmail.trim().toLowerCase();
  const domain = emailDomainOf(email);
  const oneTimePassword = input.adminPassword ? undefined : generateOneTimePassword();
  const passwordHash = await hashPassword(input.adminPassword ?? oneTimePassword!);
  const work = async (tx: Tx): Promise<CreatedOrganization> => {
    const [owner] = await tx.select({ organizationId: organizationEmailDomains.organizationId }).from(organizationEmailDomains).where(eq(organizationEmailDomains.domain, domain));
    if (owner) throw new OrganizationRefused(`E-postdomänen ${domain} hör redan till en annan organisation. Välj en administratör med en adress i den nya organisationens egen domän.`, 'adminEmail', 'domain_owned');
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
    if (existing) throw new OrganizationRefused(`Det finns redan ett konto med adressen ${email}. Välj en annan adress för den nya organisationens administratör.`, 'adminEmail', 'account_exists');
    const [sameName] = await tx.select({ id: organizations.id }).from(organizations).where(sql`lower(${organizations.name}) = ${input.name.trim().toLowerCase()}`);
    if (sameName) throw new OrganizationRefused(`Det finns redan en organisation som heter ${input.name.trim()}.`, 'organizationName', 'name_taken');
    const organizationId = uuidv7();
    const adminUserId = uuidv7();
    await tx.insert(organizations).values({ id: organizationId, name: input.name.trim(), organizationNumber: input.organizationNumber ?? '' });
    await tx.insert(organizationEmailDomains).values({ organizationId, domain });
    await tx.insert(users).values({ id: adminUserId, email, name: input.adminName.trim(), passwordHash, mustChangePassword: oneTimePassword !== undefined, installationAdmin: input.installationAdmin ?? false });
    await tx.insert(memberships).values({ organizationId, id: uuidv7(), userId: adminUserId, roles: ['admin'] });
    await tx.insert(auditEvents).values({
      organizationId,
      id: uuidv7(),
      actorId: actor.id,
      actorName: actor.name,
      action: 'organization.created',
      entityType: 'organization',
      entityId: organizationId,
      after: { name: input.name.trim(), domain, adminUserId, ...(input.organizationNumber ? { organizationNumber: input.organizationNumber } : {}) },
      requestId: null,
      ip: null,
    });
    return { organizationId, adminUserId, ...(oneTimePassword ? { oneTimePassword } : {}) };
  };
  return tx ? work(tx) : inPlatform(db, work);
}
