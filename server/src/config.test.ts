import { describe, expect, it } from 'vitest';
import { readConfig } from '@server/config';

describe('the configuration', () => {
  it('listens only on this machine unless the operator sets HOST, as a container needs', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
