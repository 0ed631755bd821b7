import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlan, TPlanSummary } from '@domain/plans.contracts';
import { seedDemoQuietly } from '@test/demo';
import { buildMember } from '@test/factories';
import { convertWithLibreOffice, pdfText } from '@test/libreoffice';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';

describe('the plan document in LibreOffice', () => {
  let t: TestApp;
  let reader: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    const organizationId = await seedDemoQuietly(t.db);
    const member = await buildMember(t.db, organizationId, ['viewer'], 'Lena Läsare');
    reader = await logInAs(t.app, member.email, member.password);
  }, 180_000);
  afterAll(async () => t.close());

  it('opens the demo plan as a PDF with the table of changes and a heading for every year', async () => {
    const summary = (await reader.get('/api/v1/plans')).json<{ items: TPlanSummary[] }>().items[0]!;
    const plan = (await reader.get(`/api/v1/plans/${summary.id}`)).json<TPlan>();
    const docx = await reader.get(`/api/v1/plans/${plan.id}/docx`);
    expect(docx.statusCode).toBe(200);
    const text = (await pdfText(await convertWithLibreOffice(docx.rawPayload, 'docx', 'pdf'))).replace(/\u00a0/g, ' ');
    // Table cells wrap their text over lines: compare without white space.
    const squeezed = text.replace(/\s+/g, '');
    const squeeze = (s: string) => s.replace(/\s+/g, '');

    expect(text).toContain(plan.title);
    for (const header of ['Möjlighet/förändring', 'Införandeår', 'Önskad nyttoeffekt', 'Prioritet', 'Kostnad, uppskattad']) expect(squeezed).toContain(squeeze(header));
    for (const item of plan.items) expect(squeezed, item.title).toContain(squeeze(item.title));
    const headings = text.split('\n').map((line) => line.trim());
    expect(plan.items.length).toBeGreaterThan(15);
    for (let year = plan.startYear; year <= plan.endYear; year++) expect(headings).toContain(String(year));
    for (const heading of ['Handlings- och tidsplan', 'Resurser per år', 'Löpande under perioden', 'På sikt', 'Prioriteringsmodell', 'Nuläge']) expect(headings).toContain(heading);
    expect(text).toMatch(/Sida 2 av \d+/);
  });
});
