import { eq } from 'drizzle-orm';
import { emailDomainOf } from '@domain/members.contracts';
import type { TCreatedInstallationOrganization, TCreateInstallationOrganizationRequest } from '@domain/installation.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { OrganizationRefused, platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { recordInstallationAudit, type InstallationActor } from '@server/modules/installation/installation-audit';
import { listOrganizationsInPlatform } from '@server/modules/installation/list-organizations';

/**
 * An installation administrator creates an organisation: name, organisationsnummer, the e-mail
 * domain it owns (ADR 0004) and its first administrator, whose one-time password is returned this
 * once. The administrator's address must be in that domain. All in one transaction, audited in
 * the installation's log (and in the new organisation's own, by `platformCreateOrganization`).
 */
export async function createOrganizationAsInstallationAdmin(db: Db, actor: InstallationActor, input: TCreateInstallationOrganizationRequest): Promise<TCreatedInstallationOrganization> {
  if (emailDomainOf(input.adminEmail) !== input.emailDomain) {
    throw new AppError('unprocessable', `The first administrator's address must be in the organisation's domain ${input.emailDomain}.`, [
      { path: 'body.adminEmail', code: 'admin_outside_domain' },
    ]);
  }
  try {
    return await inPlatform(db, async (tx) => {
      const [sameNumber] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.organizationNumber, input.organizationNumber));
      if (sameNumber) throw new AppError('conflict', 'Another organisation has that organisation number.', [{ path: 'body.organizationNumber', code: 'number_taken' }]);
      const created = await platformCreateOrganization(
        db,
        { name: input.name, adminEmail: input.adminEmail, adminName: input.adminName, organizationNumber: input.organizationNumber },
        { id: actor.id, name: actor.name },
        tx,
      );
      await recordInstallationAudit(tx, actor, {
        action: 'installation.organization_created',
        organizationId: created.organizationId,
        organizationName: input.name.trim(),
        detail: { organizationNumber: input.organizationNumber, emailDomain: input.emailDomain, adminUserId: created.adminUserId },
      });
      const [organization] = await listOrganizationsInPlatform(tx, created.organizationId);
      return { organization: organization!, adminEmail: input.adminEmail.trim().toLowerCase(), oneTimePassword: created.oneTimePassword! };
    });
  } catch (error) {
    if (error instanceof OrganizationRefused) {
      const field = error.field === 'organizationName' ? 'name' : error.code === 'domain_owned' ? 'emailDomain' : 'adminEmail';
      throw new AppError('conflict', error.message, [{ path: `body.${field}`, code: error.code }]);
    }
    throw error;
  }
}
