import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { todayInSweden } from '@domain/decisions.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { startTestSmtp, type TestSmtp } from '@test/smtp';
import { inPlatform } from '@server/platform/tenancy/context';
import { emailOutbox } from '@server/modules/email/email.tables';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Digiplan started exactly as `npm start` starts it (its own process, its own e-mail worker), on the
 * test's database and SMTP server, and ready when /health/ready answers.
 */
async function startDigiplan(databaseUrl: string, smtpUrl: string, workerIntervalSeconds: number): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SEED_DEMO: 'false', SMTP_URL: smtpUrl, EMAIL_WORKER_INTERVAL_SECONDS: String(workerIntervalSeconds), LOG_LEVEL: 'error', PUBLIC_URL: 'https://digiplan.exempel.se' },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Digiplan exited (${child.exitCode ?? child.signalCode})`);
    const ready = await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false);
    if (ready) return { child, baseUrl };
    if (Date.now() > until) throw new Error('Digiplan did not start within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** kill -9: no shutdown hook, no pass of the worker, open transactions cut off. */
async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Logs in over HTTP and rejects the need, as an OLG member does from the need page. */
async function rejectOverHttp(baseUrl: string, member: TestMember, needId: string): Promise<number> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: member.email, password: member.password }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const decided = await fetch(`${baseUrl}/api/v1/needs/${needId}/decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, 'if-match': '"1"' },
    body: JSON.stringify({ outcome: 'reject', reason: 'Ryms inte i år.', decisionDate: todayInSweden(), forum: 'OLG' }),
  });
  return decided.status;
}

describe('e-mail when Digiplan is killed with kill -9', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let org: TestOrganization;
  let submitter: TestMember;
  let olg: TestMember;
  const running: ChildProcess[] = [];
  const start = async (intervalSeconds: number) => {
    const started = await startDigiplan(t.adminUrl, smtp.url, intervalSeconds);
    running.push(started.child);
    return started;
  };
  const messageAbout = async (needId: string) => {
    const rows = await inPlatform(t.db, (tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.link, `/behov/${needId}`)));
    return rows;
  };

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startTestSmtp();
    org = await buildOrganization(t.db);
    submitter = await buildMember(t.db, org.id, ['staff'], 'Stina Personal');
    olg = await buildMember(t.db, org.id, ['steering_member'], 'Olle OLG');
  });
  afterEach(async () => {
    for (const child of running.splice(0)) await killHard(child);
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });

  it('sends the submitter’s e-mail after a restart when the app was killed between her need’s decision and the send', async () => {
    const need = await buildNeed(t.db, org, submitter.id, { title: 'Digitala lås i hemtjänsten' });
    // The worker looks once at start, then not for an hour: the decision's e-mail waits in the outbox.
    const first = await start(3600);
    expect(await rejectOverHttp(first.baseUrl, olg, need.id)).toBe(201);
    await killHard(first.child);
    expect((await messageAbout(need.id)).map((m) => m.status)).toEqual(['queued']);
    expect(smtp.received).toHaveLength(0);

    await start(1);
    const [mail] = await smtp.waitFor(1, 30_000);
    expect(mail!.to_).toEqual([submitter.email]);
    expect(mail!.subject).toContain('Digitala lås i hemtjänsten');
    await expect.poll(async () => (await messageAbout(need.id)).map((m) => m.status), { timeout: 10_000 }).toEqual(['sent']);
    // Exactly once: later passes send nothing more.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(smtp.received).toHaveLength(1);
  }, 120_000);

  it('keeps the e-mail queued and sends it after a restart when the app was killed while the mail server had it half-way', async () => {
    smtp.received.length = 0;
    const need = await buildNeed(t.db, org, submitter.id, { title: 'Nattkamera på boendet' });
    smtp.holding = true;
    const first = await start(1);
    expect(await rejectOverHttp(first.baseUrl, olg, need.id)).toBe(201);
    // The worker has claimed the message and sent its text; the server has not yet answered.
    await expect.poll(() => smtp.heldCount(), { timeout: 20_000 }).toBeGreaterThan(0);
    await killHard(first.child);
    smtp.holding = false;
    // The claim died with the connection: the message is still queued, not lost and not "sent".
    await expect.poll(async () => (await messageAbout(need.id)).map((m) => m.status), { timeout: 10_000 }).toEqual(['queued']);

    await start(1);
    const [mail] = await smtp.waitFor(1, 30_000);
    expect(mail!.subject).toContain('Nattkamera på boendet');
    await expect.poll(async () => (await messageAbout(need.id)).map((m) => m.status), { timeout: 10_000 }).toEqual(['sent']);
  }, 120_000);
});
