import { createHash } from 'node:crypto';

/**
 * The prepared-statement name for a SQL text: the same text always gets the same name, so every
 * connection parses and plans it once (ADR 0001). The benchmark's baseline names statements the same way.
 */
export function statementName(text: string): string {
  return `d${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
}
