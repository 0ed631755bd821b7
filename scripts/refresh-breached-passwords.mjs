// Writes server/src/platform/auth/breached-passwords.txt: the list of common and breached passwords
// new passwords are checked against (NIST 800-63B 5.1.1.2). The source is the "passwords-common"
// dictionary of @zxcvbn-ts/language-common (a dev dependency, pinned), built from leaked password
// sets. Entries shorter than 8 characters (NIST's floor) are left out: no password that short is
// ever accepted, so they could never match. Lower-cased, deduplicated, sorted, one a line; the
// server compares case-insensitively. Run with `npm run passwords:refresh` and commit the file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dictionary } from '@zxcvbn-ts/language-common';

const MIN_LENGTH = 8;
const target = fileURLToPath(new URL('../server/src/platform/auth/breached-passwords.txt', import.meta.url));

const entries = [...new Set(dictionary['passwords-common'].map((p) => p.trim().toLowerCase()))]
  .filter((p) => p.length >= MIN_LENGTH && !/[\r\n]/.test(p))
  .sort();
writeFileSync(target, `${entries.join('\n')}\n`);
console.log(`${entries.length} lösenord skrivna till ${target}`);
