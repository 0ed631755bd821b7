import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** `SECRET_KEY` must be at least this long (characters); a shorter one is refused at start. */
export const MIN_SECRET_KEY_LENGTH = 32;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals and opens small secrets (an SSO client secret) for storage in the database. */
export type SecretBox = {
  /** AES-256-GCM with a fresh 96-bit IV; `context` (e.g. the organisation id) is bound as associated data. */
  seal: (plaintext: string, context: string) => string;
  /** Opens what `seal` made with the same key and context; throws on any tampering or another key. */
  open: (sealed: string, context: string) => string;
};

/** Says what is wrong with a `SECRET_KEY`, or undefined when it will do. */
export function secretKeyProblem(secretKey: string | undefined): string | undefined {
  if (secretKey === undefined || secretKey === '') return 'SECRET_KEY is not set.';
  if (secretKey.length < MIN_SECRET_KEY_LENGTH) return `SECRET_KEY must be at least ${MIN_SECRET_KEY_LENGTH} characters long, got ${secretKey.length}.`;
  return undefined;
}

/**
 * A secret box under a 256-bit key derived from `SECRET_KEY` with HKDF-SHA-256 (fixed salt and a
 * purpose label, so the same SECRET_KEY can later give other keys for other purposes). Sealed form:
 * `v1.<iv>.<tag>.<ciphertext>`, base64url.
 */
export function secretBox(secretKey: string, purpose = 'sso-client-secret'): SecretBox {
  const problem = secretKeyProblem(secretKey);
  if (problem) throw new Error(problem);
  const key = Buffer.from(hkdfSync('sha256', Buffer.from(secretKey, 'utf8'), Buffer.from('digiplan-secret-box'), Buffer.from(`digiplan ${purpose} ${VERSION}`), 32));
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) throw new Error('Not a sealed secret of this version.');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
