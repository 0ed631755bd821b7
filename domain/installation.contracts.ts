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
