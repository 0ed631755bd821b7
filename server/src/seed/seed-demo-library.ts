import { and, eq } from 'drizzle-orm';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import { buildCtx, inPlatform } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { memberships, users } from '@server/modules/users/users.tables';
import { publishLibraryEntry } from '@server/modules/library/publish-library-entry';

const COORDINATOR_EMAIL = 'utvecklingsledare@exempelkommun.se';

/**
 * One published library entry: the demo e-hemtjänst with its nyttokalkyl, benefit plan, measured
 * outcome and lesson, published by the coordinator through the real use case. Other organisations
 * of an installation started with the demo find it in /bibliotek, and the cross-organisation walk
 * has a real entry to aim at.
 */
export async function seedDemoLibrary(db: Db, organizationId: string): Promise<void> {
  const [person] = await inPlatform(db, (tx) =>
    tx
      .select({ id: users.id, name: users.name, roles: memberships.roles })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(users.email, COORDINATOR_EMAIL), eq(memberships.organizationId, organizationId))),
  );
  const [initiative] = await inPlatform(db, (tx) =>
    tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.title, 'E-hemtjänst med bildtelefoni och nattillsyn'))),
  );
  if (!person || !initiative) return;
  const ctx = buildCtx({ actor: { id: person.id, name: person.name, email: COORDINATOR_EMAIL }, organizationId, roles: person.roles as Role[], requestId: 'demo-seed', ip: '127.0.0.1', db });
  await publishLibraryEntry(ctx, {
    initiativeId: initiative.id,
    includeCalculation: true,
    includeBenefits: true,
    includeLessons: true,
    documentIds: [],
    technologies: ['Bildtelefoni', 'Digital nattillsyn'],
    contact: { name: 'Utvecklingsenheten, socialförvaltningen', email: 'utveckling@exempelkommun.se', role: 'Utvecklingsledare' },
  });
}
