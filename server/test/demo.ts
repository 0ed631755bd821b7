import pino from 'pino';
import { sql } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';

/**
 * Seeds the demo organisation into a test database without printing its one-time password, and
 * returns the organisation's id — for tests that walk or render real, full data.
 */
export async function seedDemoQuietly(db: Db): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await seedDemoIfEmpty(db, pino({ level: 'silent' }));
  } finally {
    process.stdout.write = write;
  }
  const [org] = (await inPlatform(db, (tx) => tx.execute<{ id: string }>(sql`select id::text as id from organizations order by created_at limit 1`))).rows;
  return org!.id;
}
