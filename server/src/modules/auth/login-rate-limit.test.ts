import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@server/app';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization } from '@test/factories';
import type { LoginLimits } from '@server/modules/auth/login-limits';

const limits: LoginLimits = {
  perAccount: { maxFailures: 3, windowMs: 60_000 },
  perAddress: { maxFailures: 5, windowMs: 120_000 },
};

describe('login rate limiting', () => {
  let t: TestApp;
  let secondNode: FastifyInstance;
  let nextAddress = 1;
  // Each test logs in from addresses of its own, so one test's failures never block another's.
  const freshAddress = () => `192.0.2.${nextAddress++}`;
  const attempt = (app: FastifyInstance, email: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });
  const member = async () => buildMember(t.db, (await buildOrganization(t.db)).id, ['staff']);

  beforeAll(async () => {
    t = await createTestApp({ loginLimits: limits });
    // A second app node on the same database, as behind a load balancer.
    secondNode = await buildApp({ db: t.db, loginLimits: limits });
    await secondNode.ready();
  });
  afterAll(async () => {
    await secondNode.close();
    await t.close();
  });

  it('stops someone guessing a password after a few failures with 429, Retry-After and problem+json, even with the right password', async () => {
    const staff = await member();
    const address = freshAddress();
    for (let i = 0; i < 3; i++) expect((await attempt(t.app, staff.email, 'fel-gissning', address)).statusCode).toBe(401);
    const blocked = await attempt(t.app, staff.email, staff.password, address);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json().code).toBe('too_many_requests');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(55);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('stops someone guessing one account’s password from many addresses, and answers the same for an e-mail nobody has', async () => {
    const staff = await member();
    for (const email of [staff.email, 'ingen.alls@example.invalid']) {
      for (let i = 0; i < 3; i++) expect((await attempt(t.app, email.toUpperCase(), 'fel-gissning', freshAddress())).statusCode).toBe(401);
      const blocked = await attempt(t.app, email, email === staff.email ? staff.password : 'fel-gissning', freshAddress());
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('stops password spraying: an address that has failed on many accounts is refused, also for an account it has not tried', async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) {
      expect((await attempt(t.app, `sprayad.${i}@example.invalid`, 'Sommar2026!', address)).statusCode).toBe(401);
    }
    const untried = await member();
    const blocked = await attempt(t.app, untried.email, untried.password, address);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(115);
    expect((await attempt(t.app, untried.email, untried.password, freshAddress())).statusCode).toBe(200);
  });

  it('never refuses a user who logs in successfully many times in a row', async () => {
    const staff = await member();
    const address = freshAddress();
    for (let i = 0; i < 8; i++) expect((await attempt(t.app, staff.email, staff.password, address)).statusCode).toBe(200);
  });

  it('does not lock out a colleague who logs in from the same address while another account is blocked', async () => {
    const address = freshAddress();
    const guessed = await member();
    for (let i = 0; i < 3; i++) await attempt(t.app, guessed.email, 'fel-gissning', address);
    expect((await attempt(t.app, guessed.email, guessed.password, address)).statusCode).toBe(429);
    const colleague = await member();
    expect((await attempt(t.app, colleague.email, colleague.password, address)).statusCode).toBe(200);
  });

  it('counts failures made on another app node, so a second node does not give a guesser fresh tries', async () => {
    const staff = await member();
    for (let i = 0; i < 3; i++) expect((await attempt(t.app, staff.email, 'fel-gissning', freshAddress())).statusCode).toBe(401);
    expect((await attempt(secondNode, staff.email, staff.password, freshAddress())).statusCode).toBe(429);
  });

  it('lets the user in again once her failures are older than the window', async () => {
    const quick = await buildApp({ db: t.db, loginLimits: { ...limits, perAccount: { maxFailures: 3, windowMs: 1_000 } } });
    try {
      const staff = await member();
      for (let i = 0; i < 3; i++) expect((await attempt(quick, staff.email, 'fel-gissning', freshAddress())).statusCode).toBe(401);
      const blocked = await attempt(quick, staff.email, staff.password, freshAddress());
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBe('1');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await attempt(quick, staff.email, staff.password, freshAddress())).statusCode).toBe(200);
    } finally {
      await quick.close();
    }
  });
});
