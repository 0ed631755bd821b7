import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';

const ZHealth = z.object({ status: z.literal('ok') });

/** Liveness (the process answers) and readiness (the database answers). Public. */
export function registerHealth(app: FastifyInstance, db: Db): void {
  app.get('/health/live', { config: { public: true }, schema: { hide: true, response: { 200: ZHealth } } }, async () => ({ status: 'ok' as const }));
  app.get('/health/ready', { config: { public: true }, schema: { hide: true, response: { 200: ZHealth } } }, async () => {
    try {
      await db.execute(sql`select 1`);
    } catch {
      throw new AppError('unavailable', 'The database does not answer.');
    }
    return { status: 'ok' as const };
  });
}
