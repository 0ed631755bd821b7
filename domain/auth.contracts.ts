import { z } from 'zod';
import { PERMISSIONS, ROLES } from '@domain/roles';

export const ZRole = z.enum(ROLES);
export const ZPermission = z.enum(PERMISSIONS);

export const ZLoginRequest = z
  .object({
    email: z.string().trim().min(3).max(254),
    password: z.string().min(1).max(256),
  })
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

/**
 * New passwords: long rather than complicated (NIST 800-63B): 12–256 characters of any kind, no
 * composition rules; the server also refuses one on the breached-password list.
 */
export const ZNewPassword = z.string().min(12).max(256);

export const ZChangePasswordRequest = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: ZNewPassword })
  .meta({ id: 'ChangePasswordRequest' });
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZSwitchOrganizationRequest = z
  .object({ organizationId: z.uuid() })
  .meta({ id: 'SwitchOrganizationRequest' });

export const ZMembershipSummary = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  roles: z.array(ZRole),
});

/** Who is logged in, in which organisation, and what they may do there. */
export const ZSessionResponse = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale: z.string() }),
    mustChangePassword: z.boolean(),
    csrfToken: z.string(),
    organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    roles: z.array(ZRole),
    permissions: z.array(ZPermission),
    memberships: z.array(ZMembershipSummary),
    /** An installation administrator (systemadministratör) sees the installation page. */
    installationAdmin: z.boolean(),
  })
  .meta({ id: 'Session' });
export type TSessionResponse = z.infer<typeof ZSessionResponse>;
