/**
 * The plan document at scale (issue 12): a plan with PLAN_ITEMS items (the organisation's needs
 * first, then free items) is built through the API, then the .docx is generated PLAN_RUNS times.
 * Reports each generation's time and the server's resident memory around it.
 */
import { peakRssMb, rssMb } from './measure';

const PLAN_ITEMS = Number(process.env.BENCH_PLAN_ITEMS ?? 500);
const PLAN_RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 5);

type Client = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; data: T; etag: string | null; bytes: number }>;

/** A client with the session cookie and CSRF header of a user logged in over HTTP. */
export async function benchClient(appUrl: string, email: string, password: string): Promise<Client> {
  const login = await fetch(`${appUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${appUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const buffer = Buffer.from(await response.arrayBuffer());
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, data: (isJson && buffer.length > 0 ? JSON.parse(buffer.toString('utf8')) : null) as never, etag: response.headers.get('etag'), bytes: buffer.length };
  };
}

export type PlanDocumentResult = { items: number; runsMs: number[]; medianMs: number; maxMs: number; bytes: number; rssBeforeMb: number; peakBeforeMb: number; rssAfterMb: number; peakRssMb: number };

/** Builds the big plan and times the Word document. */
export async function measurePlanDocument(request: Client, serverPid: number, needIds: readonly string[]): Promise<PlanDocumentResult> {
  const plan = await request<{ id: string }>('POST', '/plans', { title: 'Digitaliseringsplan 2026–2028 (bench)', startYear: 2026, endYear: 2028 });
  if (plan.status !== 201) throw new Error(`create plan: ${plan.status}`);
  const kinds = [{ kind: 'year', year: 2026 }, { kind: 'years', fromYear: 2026, toYear: 2028 }, { kind: 'quarter', year: 2027, quarter: 2 }, { kind: 'ongoing' }, { kind: 'eventually' }];
  for (let i = 0; i < PLAN_ITEMS; i++) {
    const needId = needIds[i] ?? null;
    const body = {
      needId,
      title: `Förändring ${i + 1}`,
      what: 'Införa ett digitalt arbetssätt i en verksamhet, stegvis med utbildning och uppföljning.',
      why: 'Tid och resurser behövs för det som kräver människor.',
      how: 'Pilot i en enhet, sedan breddinförande.',
      expectedBenefit: 'Mindre administration och tryggare brukare.',
      timing: kinds[i % kinds.length],
      horizon: (['short', 'medium', 'long'] as const)[i % 3],
      cost: { low: String((10_000 + i * 100) * 100), high: i % 2 === 0 ? String((20_000 + i * 100) * 100) : null, recurrence: i % 3 === 0 ? 'per_year' : 'one_off', note: '' },
      staffHours: [{ year: 2026, hours: 10 + (i % 40) }],
    };
    const added = await request('POST', `/plans/${plan.data.id}/items`, body);
    if (added.status !== 201) throw new Error(`add item ${i}: ${added.status} ${JSON.stringify(added.data)}`);
  }
  const rssBeforeMb = rssMb(serverPid);
  const peakBeforeMb = peakRssMb(serverPid);
  const runsMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < PLAN_RUNS; run++) {
    const started = performance.now();
    const docx = await request('GET', `/plans/${plan.data.id}/docx`);
    runsMs.push(Math.round(performance.now() - started));
    if (docx.status !== 200) throw new Error(`docx: ${docx.status}`);
    bytes = docx.bytes;
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { items: PLAN_ITEMS, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)!, bytes, rssBeforeMb, peakBeforeMb, rssAfterMb: rssMb(serverPid), peakRssMb: peakRssMb(serverPid) };
}
