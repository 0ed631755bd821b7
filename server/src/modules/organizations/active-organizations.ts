import { asc, isNull } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';

/** The ids of every organisation that is turned on (platform work: jobs that run for each, e.g. reminders). */
export async function platformFindActiveOrganizationIds(db: Db): Promise<string[]> {
  const rows = await inPlatform(db, (tx) => tx.select({ id: organizations.id }).from(organizations).where(isNull(organizations.disabledAt)).orderBy(asc(organizations.id)));
  return rows.map((row) => row.id);
}
