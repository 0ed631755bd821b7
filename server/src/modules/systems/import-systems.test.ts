import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { systemBody } from '@server/modules/systems/registers.test-support';

const upload = (text: string, fileName = 'systemlista.csv') => ({ fileName, contentBase64: Buffer.from('\uFEFF' + text, 'utf8').toString('base64') });
const HEADER = 'System;Leverantör;Avtal från;Avtal till;Uppsägningstid (månader);Årlig kostnad (kr);Konfidentialitet;Riktighet;Tillgänglighet;Spårbarhet;Livscykel';

describe('importing the system list', () => {
  let t: TestApp;
  let s: AdminScene;
  const names = async () => (await s.clients.viewer.get('/api/v1/systems')).json<{ items: Array<{ name: string }> }>().items.map((i) => i.name);

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    await s.clients.admin.post('/api/v1/systems', systemBody({ name: 'Viva' }));
  });
  afterAll(async () => t.close());

  it('adds every system of a valid file with exact costs in öre and its classification', async () => {
    const file = upload([HEADER, 'Combine;Combine AB;2023-01-01;2027-12-31;6;123 456,50;3;3;4;2;I drift', 'Evondos;Evondos Oy;;;;150000;;;;;Införande'].join('\r\n'));
    const preview = (await s.clients.coordinator.post('/api/v1/systems/import/preview', file)).json();
    expect(preview).toMatchObject({ rowCount: 2, errorCount: 0 });
    expect(preview.rows[0].cells).toMatchObject({ System: 'Combine', 'Årlig kostnad (kr)': '123456,50', Klassning: '3/3/4/2' });
    expect((await s.clients.coordinator.post('/api/v1/systems/import', file)).json()).toEqual({ created: 2 });
    const combine = (await s.clients.viewer.get('/api/v1/systems')).json().items.find((i: { name: string }) => i.name === 'Combine');
    expect(combine).toMatchObject({ yearlyCostOre: 12_345_650, classification: { availability: 4 }, noticeDate: '2027-06-30', lifecycle: 'in_operation' });
  });

  it('saves nothing from a file where some rows are wrong, and says which row and column', async () => {
    const before = await names();
    const file = upload([HEADER, 'Alfa E;Alfa;;;;10;;;;;I drift', 'viva;X;;;;;;;;;', 'Nytt;X;2027-01-01;2026-01-01;;12,345;1;2;;;Kanske'].join('\r\n'));
    const preview = (await s.clients.coordinator.post('/api/v1/systems/import/preview', file)).json();
    expect(preview.rows[0].errors).toEqual([]);
    expect(preview.rows[1].errors).toEqual([{ column: 'System', message: 'Systemet "viva" finns redan.' }]);
    expect(preview.rows[2].errors.map((e: { column: string }) => e.column).sort()).toEqual(['Avtal till', 'Konfidentialitet', 'Livscykel', 'Årlig kostnad (kr)'].sort());
    const refused = await s.clients.coordinator.post('/api/v1/systems/import', file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toBe('Rad 3, kolumn System: Systemet "viva" finns redan.');
    expect(await names()).toEqual(before);
  });

  it('offers a template that previews cleanly, and refuses other organisations nothing but their own list', async () => {
    const template = await s.clients.viewer.get('/api/v1/systems/import/template');
    expect(template.statusCode).toBe(200);
    const preview = await s.clients.coordinator.post('/api/v1/systems/import/preview', { fileName: 'mall.xlsx', contentBase64: template.rawPayload.toString('base64') });
    expect(preview.json()).toMatchObject({ rowCount: 1, errorCount: 0, rows: [{ cells: { 'Engångskostnad (kr)': '25000,50' } }] });
    expect((await s.clients.staff.post('/api/v1/systems/import', upload(HEADER))).statusCode).toBe(403);
    const other = await s.clients.otherAdmin.post('/api/v1/systems/import/preview', upload([HEADER, 'Viva;X;;;;;;;;;'].join('\r\n')));
    expect(other.json().errorCount).toBe(0);
  });

  it('links the units a row names under Enheter in any case, refuses a name the organisation tree lacks, and exports them the same way', async () => {
    for (const name of ['Hemtjänst Norr', 'Korttidsboende Solgläntan']) expect((await s.clients.admin.post('/api/v1/units', { name })).statusCode).toBe(201);
    const header = `${HEADER};Enheter`;
    const wrong = upload([header, 'Lifecare;Tieto;;;;;;;;;I drift;"hemtjänst norr; Korttidsboende Solgläntan"', 'Okänt;X;;;;;;;;;;Enhet som saknas'].join('\r\n'));
    const preview = (await s.clients.coordinator.post('/api/v1/systems/import/preview', wrong)).json();
    expect(preview.rows[0]).toMatchObject({ errors: [], cells: { Enheter: 'hemtjänst norr; Korttidsboende Solgläntan' } });
    expect(preview.rows[1].errors).toEqual([
      { column: 'Enheter', message: 'Enheten "Enhet som saknas" finns inte i organisationsträdet. Skriv enheternas namn som där, åtskilda med semikolon.' },
    ]);
    expect((await s.clients.coordinator.post('/api/v1/systems/import', wrong)).statusCode).toBe(400);

    const right = upload([header, 'Lifecare;Tieto;;;;;;;;;I drift;"hemtjänst norr\nKorttidsboende Solgläntan"'].join('\r\n'));
    expect((await s.clients.coordinator.post('/api/v1/systems/import', right)).json()).toEqual({ created: 1 });
    const id = (await s.clients.viewer.get('/api/v1/systems')).json().items.find((i: { name: string }) => i.name === 'Lifecare').id;
    const units = (await s.clients.viewer.get(`/api/v1/systems/${id}`)).json().units.map((u: { name: string }) => u.name);
    expect(units).toEqual(['Hemtjänst Norr', 'Korttidsboende Solgläntan']);
    const exported = (await s.clients.viewer.get('/api/v1/systems/export?format=csv')).rawPayload.toString('utf8');
    expect(exported.split('\r\n')[0]).toContain(';Livscykel;Enheter;');
    // Quoted, since the CSV's own separator is the semicolon as well.
    expect(exported).toMatch(/^Lifecare;.*;I drift;"Hemtjänst Norr; Korttidsboende Solgläntan";0\r$/m);
  });
});
