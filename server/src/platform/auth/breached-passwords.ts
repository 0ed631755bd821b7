import { readFileSync } from 'node:fs';
import { AppError } from '@server/platform/errors';

/**
 * The list of common and breached passwords shipped with Digiplan (`breached-passwords.txt`,
 * written by `npm run passwords:refresh` from @zxcvbn-ts/language-common). NIST 800-63B asks new
 * passwords to be checked against such a list instead of composition rules. Read once, on first use.
 */
let breached: Set<string> | undefined;

function breachedPasswords(): Set<string> {
  breached ??= new Set(
    readFileSync(new URL('./breached-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0),
  );
  return breached;
}

/** Whether `password` is on the list, in any case ("Password1234" is "password1234"). */
export function isBreachedPassword(password: string): boolean {
  return breachedPasswords().has(password.trim().toLowerCase());
}

/**
 * Refuses a new password that is on the breached list (422 `validation_failed` with the field issue
 * `breached_password` at `path`). Length is the contract's (`ZNewPassword`); there are no
 * composition rules. Call it wherever a person chooses a password.
 */
export function assertPasswordNotBreached(password: string, path: string): void {
  if (!isBreachedPassword(password)) return;
  throw new AppError('validation_failed', 'The password is on the list of common or breached passwords; choose another.', [{ path, code: 'breached_password' }]);
}
