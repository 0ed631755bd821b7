import type { Principal } from '@server/platform/auth/sessions';

/**
 * The principals behind recently seen session cookies, kept for a few seconds so a page's burst of
 * reads costs one session lookup instead of one each (ADR 0003, docs/PERFORMANCE.md).
 *
 * Staleness is bounded two ways: within this process, every state-changing request empties the
 * cache before its answer is sent (logout, role changes, disabling a user, switching organisation
 * all go through one), and a lookup that raced such a request is not stored (`generation`). Changes
 * made by another instance or directly in the database show after at most `ttlMs`.
 */
export type PrincipalCache = {
  get(tokenHash: string): Principal | undefined;
  /** Looks up through `find` and remembers the answer unless the cache was emptied meanwhile. */
  load(tokenHash: string, find: () => Promise<Principal | undefined>): Promise<Principal | undefined>;
  clear(): void;
};

/** Enough for every session active within a few seconds; the oldest entries go first beyond it. */
const MAX_ENTRIES = 10_000;

export function createPrincipalCache(ttlMs: number, now: () => number = Date.now): PrincipalCache {
  const entries = new Map<string, { principal: Principal; until: number }>();
  let generation = 0;
  return {
    get(tokenHash) {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (entry.until > now()) return entry.principal;
      entries.delete(tokenHash);
      return undefined;
    },
    async load(tokenHash, find) {
      const before = generation;
      const principal = await find();
      if (principal && ttlMs > 0 && generation === before) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(tokenHash, { principal, until: now() + ttlMs });
      }
      return principal;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}
