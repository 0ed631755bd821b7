import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startCpuSplit, type CpuSplit } from './cpu-split';

/** Figures reported for one endpoint. */
export type Measurement = { name: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number; cpuMsPerRequest?: CpuSplit };

/**
 * Loads `url` with `connections` concurrent connections for `seconds`, cycling through `paths`
 * (so detail requests hit different rows), and returns throughput and latency percentiles.
 */
export async function measure(options: { name: string; baseUrl: string; paths: string[]; headers?: Record<string, string>; connections: number; seconds: number; serverPid?: number }): Promise<Measurement> {
  let next = 0;
  const cpu = options.serverPid === undefined ? undefined : startCpuSplit(options.serverPid);
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          request.path = options.paths[next++ % options.paths.length]!;
          return request;
        },
      },
    ],
  });
  return {
    name: options.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    ...(cpu ? { cpuMsPerRequest: cpu.perRequest(result.requests.total) } : {}),
  };
}

/** Peak resident memory (VmHWM) of a process in MB, from /proc (Linux). */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Current resident memory (VmRSS) of a process in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * One figure per endpoint from several rounds: the median of each measure (this VM's speed drifts
 * by more than half between minutes, for every process alike), failures summed.
 */
export function medianOf(rounds: Measurement[]): Measurement {
  const of = (pick: (m: Measurement) => number) => Math.round(median(rounds.map(pick)) * 1000) / 1000;
  const withCpu = rounds.filter((m) => m.cpuMsPerRequest);
  return {
    name: rounds[0]!.name,
    requestsPerSecond: Math.round(median(rounds.map((m) => m.requestsPerSecond))),
    p50: of((m) => m.p50),
    p99: of((m) => m.p99),
    non2xx: rounds.reduce((sum, m) => sum + m.non2xx, 0),
    errors: rounds.reduce((sum, m) => sum + m.errors, 0),
    ...(withCpu.length === rounds.length
      ? {
          cpuMsPerRequest: {
            server: of((m) => m.cpuMsPerRequest!.server),
            postgres: of((m) => m.cpuMsPerRequest!.postgres),
            loadGenerator: of((m) => m.cpuMsPerRequest!.loadGenerator),
          },
        }
      : {}),
  };
}
