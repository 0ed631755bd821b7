import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '@test/test-app';
import { seedDemoIfEmpty, DEMO_ADMIN_EMAIL } from '@server/seed/seed-demo';
import { inPlatform } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { users } from '@server/modules/users/users.tables';
import { systemIntegrations, systems } from '@server/modules/systems/systems.tables';
import { welfareTechItems } from '@server/modules/welfare-tech/welfare-tech.tables';
import { supplierDemoNeeds } from '@server/modules/supplier-demos/supplier-demos.tables';

describe('the demo organisation on an empty database', () => {
  let t: TestApp;
  let printed = '';
  beforeAll(async () => {
    t = await createTestApp();
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
    try {
      await seedDemoIfEmpty(t.db, pino({ level: 'silent' }));
    } finally {
      process.stdout.write = write;
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('has at least 15 needs, some scored and some decided, for a new user to explore', async () => {
    const all = await inPlatform(t.db, (tx) => tx.select().from(needs));
    const decided = await inPlatform(t.db, (tx) => tx.select().from(decisions));
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.filter((n) => n.quadrant !== null).length).toBeGreaterThanOrEqual(8);
    expect(decided.length).toBeGreaterThanOrEqual(4);
    expect(all.map((n) => n.title)).toContain('Läkemedelsrobotar i hemtjänsten');
  });

  it('fills the registers: systems with an integration, two inventories to compare and a supplier demo linked to a need', async () => {
    const systemRows = await inPlatform(t.db, (tx) => tx.select().from(systems));
    expect(systemRows.map((s) => s.name).sort()).toEqual(['Alfa E', 'Combine', 'Evondos', 'Phoniro', 'Viva']);
    const tech = await inPlatform(t.db, (tx) => tx.select().from(welfareTechItems));
    expect(new Set(tech.map((row) => row.asOf))).toEqual(new Set(['2021-12-31', '2023-12-31']));
    expect((await inPlatform(t.db, (tx) => tx.select().from(systemIntegrations))).some((row) => row.doubleEntry)).toBe(true);
    expect(await inPlatform(t.db, (tx) => tx.select().from(supplierDemoNeeds))).toHaveLength(1);
  });

  it('prints a one-time password once that lets the administrator log in and must be changed', async () => {
    const password = /engångslösenordet: (\S+)/.exec(printed)?.[1];
    expect(password).toBeTruthy();
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: DEMO_ADMIN_EMAIL, password } });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    const [admin] = await t.db.select().from(users).where(eq(users.email, DEMO_ADMIN_EMAIL));
    expect(admin?.passwordHash).not.toContain(password!);
  });

  it('does nothing on a second start, reusing the data', async () => {
    const before = await inPlatform(t.db, (tx) => tx.select().from(needs));
    await seedDemoIfEmpty(t.db, pino({ level: 'silent' }));
    const after = await inPlatform(t.db, (tx) => tx.select().from(needs));
    expect(after.length).toBe(before.length);
  });
});
