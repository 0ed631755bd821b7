import { describe, expect, it } from 'vitest';
import { secretBox, secretKeyProblem } from '@server/platform/crypto/secret-box';

const KEY = 'test-only-secret-key-0123456789abcdef';

describe('sealing an SSO client secret for the database', () => {
  it('gives the administrator’s secret back only with the same key and organisation', () => {
    const box = secretBox(KEY);
    const sealed = box.seal('klienthemlighet-123', 'org-a');
    expect(sealed).not.toContain('klienthemlighet');
    expect(box.open(sealed, 'org-a')).toBe('klienthemlighet-123');
    expect(() => box.open(sealed, 'org-b')).toThrow();
    expect(() => secretBox(`${KEY}-other`).open(sealed, 'org-a')).toThrow();
  });

  it('seals the same secret differently every time and notices a changed byte', () => {
    const box = secretBox(KEY);
    const first = box.seal('samma', 'org');
    expect(box.seal('samma', 'org')).not.toBe(first);
    const parts = first.split('.');
    const ciphertext = Buffer.from(parts[3]!, 'base64url');
    ciphertext[0] = ciphertext[0]! ^ 1;
    expect(() => box.open([parts[0], parts[1], parts[2], ciphertext.toString('base64url')].join('.'), 'org')).toThrow();
  });

  it('refuses a missing or short SECRET_KEY with a message saying what to fix', () => {
    expect(secretKeyProblem(undefined)).toBe('SECRET_KEY is not set.');
    expect(secretKeyProblem('kort')).toMatch(/at least 32 characters/);
    expect(secretKeyProblem(KEY)).toBeUndefined();
    expect(() => secretBox('kort')).toThrow(/at least 32/);
  });
});
