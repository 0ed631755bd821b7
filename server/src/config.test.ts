import { describe, expect, it } from 'vitest';
import { readConfig } from '@server/config';

describe('the configuration', () => {
  it('listens only on this machine unless the operator sets HOST, as a container needs', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses a SECRET_KEY shorter than 32 characters at start and keeps a long one', () => {
    expect(() => readConfig({ SECRET_KEY: 'for-kort' })).toThrow(/SECRET_KEY must be at least 32 characters/);
    expect(readConfig({ SECRET_KEY: 'x'.repeat(32) }).secretKey).toBe('x'.repeat(32));
    expect(readConfig({}).secretKey).toBeUndefined();
  });

  it('takes PUBLIC_URL as an origin and refuses what is not an address', () => {
    expect(readConfig({ PUBLIC_URL: 'https://digiplan.exempel.se/' }).publicUrl).toBe('https://digiplan.exempel.se');
    expect(() => readConfig({ PUBLIC_URL: 'digiplan' })).toThrow(/PUBLIC_URL/);
  });
});
