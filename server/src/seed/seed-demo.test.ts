import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '@test/test-app';
import { seedDemoIfEmpty, DEMO_ADMIN_EMAIL } from '@server/seed/seed-demo';
import { inPlatform, inTenant } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { loadRiskAndEthicsFacts } from '@server/modules/risks/load-risk-and-ethics-facts';
import { loadClassificationFacts } from '@server/modules/classification/load-classification-facts';
import { loadDocumentFacts } from '@server/modules/documents/load-document-facts';
import { needs } from '@server/modules/needs/needs.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { users } from '@server/modules/users/users.tables';
import { initiativeEvents, initiativeRoles } from '@server/modules/initiative-process/process.tables';
import { benefitCalculations, benefitMeasurements, benefits } from '@server/modules/benefits/benefits.tables';
import { systemIntegrations, systems } from '@server/modules/systems/systems.tables';
import { welfareTechItems } from '@server/modules/welfare-tech/welfare-tech.tables';
import { supplierDemoNeeds } from '@server/modules/supplier-demos/supplier-demos.tables';
import { libraryEntries } from '@server/modules/library/library.tables';

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

  it('shows initiatives spread over the process: running at different stages, one closed, one stopped, with people and timelines', async () => {
    const all = await inPlatform(t.db, (tx) => tx.select().from(initiatives));
    expect(all.filter((i) => i.status === 'closed')).toHaveLength(1);
    expect(all.filter((i) => i.status === 'stopped').map((i) => i.stopReason)).toEqual([expect.stringContaining('regionens')]);
    expect(new Set(all.filter((i) => i.status === 'active').map((i) => i.stage)).size).toBeGreaterThanOrEqual(2);
    const roles = await inPlatform(t.db, (tx) => tx.select().from(initiativeRoles));
    expect(new Set(roles.map((r) => r.initiativeId)).size).toBe(all.length);
    const events = await inPlatform(t.db, (tx) => tx.select().from(initiativeEvents));
    expect(events.filter((e) => e.kind === 'stage.advanced' && (e.payload as { override?: unknown }).override).length).toBeGreaterThan(0);
  });

  it('shows benefit plans, measurements and a Västerås-like e-hemtjänst calculation on the demo initiatives', async () => {
    const plans = await inPlatform(t.db, (tx) => tx.select().from(benefits));
    const measured = await inPlatform(t.db, (tx) => tx.select().from(benefitMeasurements));
    const calculations = await inPlatform(t.db, (tx) => tx.select().from(benefitCalculations));
    expect(plans.length).toBeGreaterThanOrEqual(5);
    expect(measured.length).toBeGreaterThanOrEqual(4);
    expect(calculations).toHaveLength(3);
    expect(plans.some((b) => b.decision === 'realised')).toBe(true);
  });

  it('publishes the e-hemtjänst in the shared library with its calculation, measured outcome and lesson, naming only a contact the coordinator gave', async () => {
    const entries = await inPlatform(t.db, (tx) => tx.select().from(libraryEntries));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title: 'E-hemtjänst med bildtelefoni och nattillsyn', status: 'published', hasOutcome: true });
    expect(entries[0]!.technologies).toContain('Digital nattillsyn');
    expect(JSON.stringify(entries[0]!.snapshot)).toContain('Kartlägg wifi');
  });

  it('gives the camera initiative risks, an ethics assessment with the nämnd’s decision, a classification and a completed projektdirektiv', async () => {
    const [initiative] = await inPlatform(t.db, (tx) => tx.select().from(initiatives).where(eq(initiatives.title, 'Tillsynskameror i ordinärt boende, breddinförande')));
    expect(initiative).toBeDefined();
    const facts = await inTenant({ db: t.db, organizationId: initiative!.organizationId }, async (tx) => ({
      ...(await loadRiskAndEthicsFacts(tx, initiative!.organizationId, initiative!.id)),
      ...(await loadClassificationFacts(tx, initiative!.organizationId, initiative!.id)),
      ...(await loadDocumentFacts(tx, initiative!.organizationId, initiative!.id)),
    }));
    expect(facts.risk.riskCount).toBeGreaterThanOrEqual(5);
    expect(facts.risk.unionConsultedOn).not.toBeNull();
    expect(facts.ethics).toEqual({ assessed: true, problematic: true, councilDecisionRecorded: true });
    expect(facts.classificationComplete).toBe(true);
    expect(facts.documents.project_directive).toEqual({ count: 1, completed: 1 });
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
