import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type AuditEvent = { id: string; occurredAt: string; actorId: string | null; action: string; entityId: string | null; before: unknown; after: unknown };
type Page = { items: AuditEvent[]; nextCursor: string | null };

describe('reading the audit log', () => {
  let t: TestApp;
  let s: AdminScene;
  let unitId: string;
  const read = async (query = '') => {
    const response = await s.clients.admin.get(`/api/v1/audit-events${query}`);
    if (response.statusCode !== 200) throw new Error(`audit read failed: ${response.statusCode} ${response.body}`);
    return response.json<Page>();
  };
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    // A failed login, a denied request and a change, all in our organisation.
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: s.members.staff.email, password: 'fel-losenord-helt' } });
    await s.clients.staff.post('/api/v1/units', { name: 'Obehörig' });
    const unit = (await s.clients.admin.post('/api/v1/units', { name: 'Larmcentral' })).json<{ id: string }>();
    unitId = unit.id;
    await s.clients.admin.patch(`/api/v1/units/${unitId}`, { name: 'Trygghetslarm' }, { ifMatch: 1 });
  });
  afterAll(async () => t.close());

  it('shows the administrator logins, failed logins, denied requests and changes with before and after, newest first', async () => {
    const { items } = await read('?limit=100');
    const actions = items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'request.denied', 'unit.created', 'unit.updated']));
    expect(items.find((e) => e.action === 'auth.login_failed')).toMatchObject({ actorId: s.members.staff.id });
    expect(items.find((e) => e.action === 'request.denied')).toMatchObject({ actorId: s.members.staff.id, after: { method: 'POST', code: 'forbidden' } });
    expect(items.find((e) => e.action === 'unit.updated')).toMatchObject({ before: { name: 'Larmcentral' }, after: { name: 'Trygghetslarm' } });
    const times = items.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by action prefix, object, actor and time', async () => {
    expect((await read('?action=unit.')).items.map((e) => e.action).sort()).toEqual(['unit.created', 'unit.updated']);
    expect((await read(`?entityId=${unitId}`)).items).toHaveLength(2);
    const byStaff = (await read(`?actorId=${s.members.staff.id}`)).items;
    expect(byStaff.length).toBeGreaterThan(0);
    expect(byStaff.every((e) => e.actorId === s.members.staff.id)).toBe(true);
    expect((await read('?to=2000-01-01')).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await read(`?from=${today}&to=${today}&action=unit.created`)).items).toHaveLength(1);
    expect((await read(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).items).toEqual([]);
  });

  it('pages through the log with a cursor without repeating or skipping events', async () => {
    const all = (await read('?limit=100')).items.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await read(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.slice(0, all.length)).toEqual(all);
  });

  it('refuses an invalid cursor and filter with 400', async () => {
    expect((await s.clients.admin.get('/api/v1/audit-events?cursor=nonsens')).json().code).toBe('validation_failed');
    expect((await s.clients.admin.get('/api/v1/audit-events?from=igår')).statusCode).toBe(400);
    expect((await s.clients.admin.get('/api/v1/audit-events?entityId=42')).statusCode).toBe(400);
  });

  it('never shows another organisation’s events', async () => {
    const theirs = (await s.clients.otherAdmin.get('/api/v1/audit-events?limit=100')).json<Page>().items;
    expect(theirs.some((e) => e.entityId === unitId)).toBe(false);
    expect(theirs.some((e) => e.actorId === s.members.admin.id)).toBe(false);
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s tries to read or export the audit log', async (role) => {
    expect((await s.clients[role].get('/api/v1/audit-events')).statusCode).toBe(403);
    expect((await s.clients[role].get('/api/v1/audit-events/export?format=csv')).statusCode).toBe(403);
  });

  it('has no route that changes or deletes an audit event', async () => {
    const [event] = (await read('?limit=1')).items;
    expect((await s.clients.admin.patch(`/api/v1/audit-events/${event!.id}`, { action: 'x' })).statusCode).toBe(404);
    expect((await s.clients.admin.delete(`/api/v1/audit-events/${event!.id}`)).statusCode).toBe(404);
    expect((await s.clients.admin.delete('/api/v1/audit-events')).statusCode).toBe(404);
  });

  it('refuses UPDATE and DELETE of audit events even to the database owner', async () => {
    const client = new pg.Client({ connectionString: t.adminUrl });
    await client.connect();
    try {
      await expect(client.query(`update audit_events set action = 'forged' where entity_id = $1`, [unitId])).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_events where entity_id = $1', [unitId])).rejects.toThrow(/append-only/);
      await expect(client.query('truncate audit_events')).rejects.toThrow(/append-only/);
      const { rows } = await client.query('select count(*)::int as n from audit_events where entity_id = $1', [unitId]);
      expect(rows[0].n).toBe(2);
    } finally {
      await client.end();
    }
  });

  it('exports the filtered log as semicolon CSV with BOM and a header row, and audits the export', async () => {
    const response = await s.clients.admin.get('/api/v1/audit-events/export?format=csv&action=unit.');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="granskningslogg-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = response.body.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Tidpunkt (UTC);Utförd av;Användar-id;Händelse;Objekttyp;Objekt-id;Före;Efter;Begäran-id;IP-adress');
    expect(lines.slice(1).map((line) => line.split(';')[3])).toEqual(['unit.updated', 'unit.created']);
    expect(lines[1]).toContain('"{""id"":');
    const [exported] = (await read('?action=audit.exported')).items;
    expect(exported).toMatchObject({ actorId: s.members.admin.id, after: { format: 'csv', filter: { action: 'unit.' } } });
  });

  it('exports a log longer than one read page completely, without repeats, even when events share a timestamp', async () => {
    const client = new pg.Client({ connectionString: t.adminUrl });
    await client.connect();
    await client.query(
      `insert into audit_events (organization_id, id, occurred_at, action, entity_id)
       select $1, gen_random_uuid(), now() - interval '1 day', 'bulk.imported', gen_random_uuid() from generate_series(1, 1005)`,
      [s.org.id],
    );
    await client.end();
    const body = (await s.clients.admin.get('/api/v1/audit-events/export?action=bulk.')).body;
    const rows = body.slice(1).split('\r\n').filter(Boolean).slice(1);
    expect(rows).toHaveLength(1005);
    const entityIds = rows.map((line) => line.split(';')[5]);
    expect(new Set(entityIds).size).toBe(1005);
  });
});
