import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 once it is gone.
 * With `reapedChildren`, also the CPU of its children that have exited (cutime + cstime).
 */
function cpuSeconds(pid: number, reapedChildren = false): number {
  try {
    // Fields after the command name: utime, stime, cutime, cstime are the 12th–15th, in clock ticks (100/s).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return (fields[11]! + fields[12]! + (reapedChildren ? fields[13]! + fields[14]! : 0)) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of every PostgreSQL process (postmaster, backends, background workers), including
 * backends that have exited since (the postmaster reaps them): a pool closing idle connections
 * must not make the sum go down.
 */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) total += cpuSeconds(Number(entry), true);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Milliseconds of CPU per request, by process: where the two shared cores went. */
export type CpuSplit = { server: number; postgres: number; loadGenerator: number };

/**
 * Starts counting CPU for the server under test, PostgreSQL and this process (the load generator);
 * `perRequest(n)` gives each one's CPU per request over the `n` requests since. This is how the
 * list's bottleneck turned out to be PostgreSQL rather than Node (docs/PERFORMANCE.md).
 */
export function startCpuSplit(serverPid: number): { perRequest: (requests: number) => CpuSplit } {
  const start = { server: cpuSeconds(serverPid), postgres: postgresCpuSeconds(), loadGenerator: cpuSeconds(process.pid) };
  const ms = (seconds: number, requests: number) => Math.round((seconds * 1000 * 1000) / Math.max(requests, 1)) / 1000;
  return {
    perRequest: (requests) => ({
      server: ms(cpuSeconds(serverPid) - start.server, requests),
      postgres: ms(postgresCpuSeconds() - start.postgres, requests),
      loadGenerator: ms(cpuSeconds(process.pid) - start.loadGenerator, requests),
    }),
  };
}
