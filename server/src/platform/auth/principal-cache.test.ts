import { describe, expect, it } from 'vitest';
import { createPrincipalCache } from '@server/platform/auth/principal-cache';
import type { Principal } from '@server/platform/auth/sessions';

const principal = (name: string): Principal => ({
  tokenHash: 'hash', userId: 'u1', email: 'anna@example.invalid', name, locale: 'sv',
  mustChangePassword: false, organizationId: 'o1', roles: ['coordinator'], csrfToken: 'csrf', installationAdmin: false,
});

describe('the principal cache', () => {
  it('answers a user’s next requests from memory until the time is up, then asks the database again', async () => {
    let clock = 0;
    const cache = createPrincipalCache(5_000, () => clock);
    let lookups = 0;
    const find = async () => principal(`Anna ${++lookups}`);
    await cache.load('hash', find);
    clock = 4_999;
    expect(cache.get('hash')?.name).toBe('Anna 1');
    clock = 5_000;
    expect(cache.get('hash')).toBeUndefined();
    await cache.load('hash', find);
    expect(cache.get('hash')?.name).toBe('Anna 2');
  });

  it('forgets everyone when cleared, so a change made in this process applies to the very next request', async () => {
    const cache = createPrincipalCache(5_000);
    await cache.load('hash', async () => principal('Anna'));
    cache.clear();
    expect(cache.get('hash')).toBeUndefined();
  });

  it('does not keep a lookup that was under way while a change cleared the cache', async () => {
    const cache = createPrincipalCache(5_000);
    let answer!: (p: Principal) => void;
    const loading = cache.load('hash', () => new Promise<Principal>((resolve) => (answer = resolve)));
    cache.clear();
    answer(principal('Anna before the change'));
    expect((await loading)?.name).toBe('Anna before the change');
    expect(cache.get('hash')).toBeUndefined();
  });

  it('remembers nothing when the time is zero, and never remembers a missing session', async () => {
    const off = createPrincipalCache(0);
    await off.load('hash', async () => principal('Anna'));
    expect(off.get('hash')).toBeUndefined();
    const on = createPrincipalCache(5_000);
    await on.load('gone', async () => undefined);
    expect(on.get('gone')).toBeUndefined();
  });
});
