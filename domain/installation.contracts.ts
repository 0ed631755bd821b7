import { z } from 'zod';
import { ZNewPassword } from '@domain/auth.contracts';

const ZText = (max: number) => z.string().trim().max(max);

/** The first organisation and its administrator, created through the one-time setup link. */
export const ZInstallationSetupRequest = z.object({
  token: z.string().min(20).max(100),
  organizationName: ZText(200).min(1),
  adminName: ZText(200).min(1),
  adminEmail: z.email().max(254),
  password: ZNewPassword,
});
export type TInstallationSetupRequest = z.infer<typeof ZInstallationSetupRequest>;

export const ZInstallationSetupResponse = z.object({ organizationId: z.uuid(), adminEmail: z.string() }).meta({ id: 'InstallationSetupResponse' });
export type TInstallationSetupResponse = z.infer<typeof ZInstallationSetupResponse>;

// ── Installation administration (systemadministratör) ─────────────────────────

/** Organisationsnummer: six digits, a hyphen, four digits (e.g. 212000-0142). */
export const ZOrganizationNumber = z.string().trim().regex(/^\d{6}-\d{4}$/, 'Skriv organisationsnumret som NNNNNN-NNNN.');

/** An e-mail domain such as kommun.se, in lower case. */
export const ZEmailDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Skriv en e-postdomän, till exempel kommun.se.');

/** One organisation of the installation, as its installation administrator sees it (no content). */
export const ZInstallationOrganization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organizationNumber: z.string(),
    emailDomains: z.array(z.string()),
    usersCount: z.number().int(),
    /** Rows the organisation has in all tenant tables together. */
    size: z.number().int(),
    /** The time of its latest audit event; null if none. */
    lastActivityAt: z.iso.datetime().nullable(),
    disabled: z.boolean(),
    disabledAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'InstallationOrganization' });
export type TInstallationOrganization = z.infer<typeof ZInstallationOrganization>;

export const ZInstallationOrganizationList = z.object({ items: z.array(ZInstallationOrganization) }).meta({ id: 'InstallationOrganizationList' });
export type TInstallationOrganizationList = z.infer<typeof ZInstallationOrganizationList>;

export const ZCreateInstallationOrganizationRequest = z
  .object({
    name: ZText(200).min(1),
    organizationNumber: ZOrganizationNumber,
    emailDomain: ZEmailDomainName,
    adminName: ZText(200).min(1),
    adminEmail: z.email().max(254),
  })
  .meta({ id: 'CreateInstallationOrganizationRequest' });
export type TCreateInstallationOrganizationRequest = z.infer<typeof ZCreateInstallationOrganizationRequest>;

/** The new organisation and its administrator's one-time password, shown this once. */
export const ZCreatedInstallationOrganization = z
  .object({ organization: ZInstallationOrganization, adminEmail: z.string(), oneTimePassword: z.string() })
  .meta({ id: 'CreatedInstallationOrganization' });
export type TCreatedInstallationOrganization = z.infer<typeof ZCreatedInstallationOrganization>;

export const ZInstallationOrganizationParams = z.object({ id: z.uuid() });

/** Deleting an organisation: its name typed again, so nobody deletes the wrong one by a slip. */
export const ZDeleteOrganizationRequest = z.object({ confirmName: z.string().max(200) }).meta({ id: 'DeleteOrganizationRequest' });
export type TDeleteOrganizationRequest = z.infer<typeof ZDeleteOrganizationRequest>;

export const INSTALLATION_AUDIT_ACTIONS = [
  'installation.organization_created',
  'installation.organization_disabled',
  'installation.organization_enabled',
  'installation.organization_deleted',
  'installation.admin_granted',
] as const;

export const ZInstallationAuditEvent = z
  .object({
    id: z.uuid(),
    occurredAt: z.iso.datetime(),
    actorName: z.string(),
    action: z.string(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
  })
  .meta({ id: 'InstallationAuditEvent' });
export type TInstallationAuditEvent = z.infer<typeof ZInstallationAuditEvent>;

export const ZInstallationAuditList = z.object({ items: z.array(ZInstallationAuditEvent) }).meta({ id: 'InstallationAuditList' });
export type TInstallationAuditList = z.infer<typeof ZInstallationAuditList>;

/** What deleting an organisation removed: rows per table (audit log included) and accounts. */
export const ZDeletedOrganization = z
  .object({ rows: z.record(z.string(), z.number().int()), deletedUsers: z.number().int() })
  .meta({ id: 'DeletedOrganization' });
export type TDeletedOrganization = z.infer<typeof ZDeletedOrganization>;
