/**
 * npm run installation:admin -- --email anna@kommun.se – makes an existing account an installation
 * administrator (systemadministratör): she sees the page Installation, where the installation's
 * organisations are listed, created, disabled and deleted. Works on the embedded database (also
 * while Digiplan runs) and with DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { withDatabase } from '@server/ops/org-create-command';
import { GrantRefused, platformGrantInstallationAdmin } from '@server/modules/installation/grant-installation-admin';

const USAGE = 'Användning: npm run installation:admin -- --email administrator@kommun.se';

/** The command's arguments, checked; a Swedish sentence naming what is wrong otherwise. */
export function parseInstallationAdminArgs(args: string[]): { email: string } {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } }, strict: true });
  const email = values.email?.trim() ?? '';
  if (!z.email().safeParse(email).success) throw new Error(`Ange kontots e-postadress med --email. ${USAGE}`);
  return { email };
}

async function main(): Promise<void> {
  const { email } = parseInstallationAdminArgs(process.argv.slice(2));
  const result = await withDatabase((db) => platformGrantInstallationAdmin(db, email, { id: null, name: 'npm run installation:admin', requestId: null, ip: null }));
  process.stdout.write(result.already ? `${email} är redan systemadministratör.\n` : `${email} är nu systemadministratör för installationen (sidan Installation).\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    const message = error instanceof GrantRefused || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Kunde inte göra kontot till systemadministratör: ${message}\n`);
    process.exit(1);
  });
}
