/**
 * npm run org:create -- --name "Exempelkommun – Socialförvaltningen" --admin-email admin@exempel.se
 * [--admin-name "Anna Administratör"] – creates an organisation and its first administrator,
 * gives the organisation the administrator's e-mail domain, and prints the administrator's
 * one-time password once. Works on the embedded database (also while Digiplan runs) and with
 * DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readConfig } from '@server/config';
import { connect, DATABASE_NAME, openDatabase, type Db } from '@server/platform/db/database';
import { runningClusterUrl } from '@server/platform/db/embedded-postgres';
import { OrganizationRefused, platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { platformHasInstallationAdmin } from '@server/modules/installation/grant-installation-admin';

const USAGE = 'Användning: npm run org:create -- --name "Organisationens namn" --admin-email administrator@kommun.se [--admin-name "Förnamn Efternamn"]';

/** The command's arguments, checked; a Swedish sentence naming what is wrong otherwise. */
export function parseOrgCreateArgs(args: string[]): { name: string; adminEmail: string; adminName: string } {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } }, strict: true });
  const name = values.name?.trim() ?? '';
  const adminEmail = values['admin-email']?.trim() ?? '';
  if (!name) throw new Error(`Ange organisationens namn med --name. ${USAGE}`);
  if (!z.email().safeParse(adminEmail).success) throw new Error(`Ange administratörens e-postadress med --admin-email. ${USAGE}`);
  return { name, adminEmail, adminName: values['admin-name']?.trim() || 'Administratör' };
}

/** The database as `npm start` would open it: the running embedded cluster, a started one, or DATABASE_URL. */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = readConfig();
  const running = config.databaseUrl ? undefined : runningClusterUrl(config.dataDir, DATABASE_NAME);
  const database = running ? connect(running, 2) : await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: () => {} });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const input = parseOrgCreateArgs(process.argv.slice(2));
  // The installation's first administrator (no installation administrator yet) becomes its installation administrator too.
  const created = await withDatabase(async (db) => {
    const installationAdmin = !(await platformHasInstallationAdmin(db));
    return { ...(await platformCreateOrganization(db, { ...input, installationAdmin }, { id: null, name: 'npm run org:create' })), installationAdmin };
  });
  process.stdout.write(
    [
      `Organisationen "${input.name}" är skapad och äger e-postdomänen ${input.adminEmail.split('@')[1]!.toLowerCase()}.`,
      `Logga in som ${input.adminEmail.toLowerCase()} med engångslösenordet: ${created.oneTimePassword}`,
      'Lösenordet visas bara denna gång och måste bytas vid första inloggningen.',
      ...(created.installationAdmin ? ['Kontot är också installationens systemadministratör (sidan Installation).'] : []),
    ].join('\n') + '\n',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    const message = error instanceof OrganizationRefused || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Organisationen kunde inte skapas: ${message}\n`);
    process.exit(1);
  });
}
