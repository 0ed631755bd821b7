import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganization, FAKE_PERSONNUMMER, type TestOrganization } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, needForm, submitThroughApi } from '@server/modules/needs/needs.test-support';

const CONFIRM = { headers: { 'digiplan-confirm-personal-data': 'yes' } };
/** Skatteverket's test number with its last digit changed: no valid number, but shaped like one. */
const WRONG_CHECK_DIGIT = '19121212-1213'; // fake test-personnummer with a broken check digit

describe('the personal-data warning a user must confirm', () => {
  let t: TestApp;
  let org: TestOrganization;
  let staff: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, ['staff'], 'Siv Medarbetare');
    staff = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  const needCount = async () => (await staff.get('/api/v1/needs')).json<{ items: unknown[] }>().items.length;

  it('asks before saving a need that names a person with a room, saves nothing, and saves once she confirms', async () => {
    const before = await needCount();
    const form = needForm({ problem: 'Anna Svensson rum 12 vill ha hjälp med larmet på natten.' });
    const warned = await staff.post('/api/v1/needs', form);
    expect(warned.statusCode).toBe(422);
    expect(warned.headers['content-type']).toContain('application/problem+json');
    expect(warned.json()).toMatchObject({ code: 'personal_data_warning', warnings: [{ path: 'body.problem', reason: 'name_with_room', text: 'Anna Svensson' }] });
    expect(await needCount()).toBe(before);

    const saved = await staff.post('/api/v1/needs', form, CONFIRM);
    expect(saved.statusCode).toBe(201);
    const events = await auditOf(t.db, saved.json<{ id: string }>().id);
    expect(events.map((e) => e.action)).toEqual(['need.submitted', 'personal_data_warning.confirmed']);
    expect(events[1]).toMatchObject({ actorId: staff.userId, after: { warnings: [{ path: 'body.problem', reason: 'name_with_room' }] } });
    expect(JSON.stringify(events[1]!.after)).not.toContain('Svensson');
  });

  it('asks about a number with a wrong check digit in a comment, and an address or a diagnosis on an edit', async () => {
    const need = await submitThroughApi(staff);
    const comment = { body: `Gäller ${WRONG_CHECK_DIGIT}, se journalen.` };
    const warned = await staff.post(`/api/v1/needs/${need.id}/comments`, comment);
    expect([warned.statusCode, warned.json().warnings]).toEqual([422, [{ path: 'body.body', reason: 'personal_number_check_digit', text: WRONG_CHECK_DIGIT }]]);
    expect((await staff.post(`/api/v1/needs/${need.id}/comments`, comment, CONFIRM)).statusCode).toBe(201);

    const current = await staff.get(`/api/v1/needs/${need.id}`);
    const edit = { expectedBenefit: 'Karl Berg, Storgatan 5, som har diabetes slipper vänta.' };
    const editWarned = await staff.patch(`/api/v1/needs/${need.id}`, edit, { ifMatch: current.headers.etag });
    expect(editWarned.statusCode).toBe(422);
    expect(editWarned.json().warnings).toEqual([{ path: 'body.expectedBenefit', reason: 'name_with_address', text: 'Karl Berg' }]);
    const edited = await staff.patch(`/api/v1/needs/${need.id}`, edit, { ifMatch: current.headers.etag, ...CONFIRM });
    expect(edited.statusCode).toBe(200);
    const actions = (await auditOf(t.db, need.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'personal_data_warning.confirmed')).toHaveLength(2);
  });

  it('still refuses a valid personnummer, even when the user confirms', async () => {
    const refused = await staff.post('/api/v1/needs', needForm({ problem: `Brukaren ${FAKE_PERSONNUMMER} behöver larm.` }), CONFIRM);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.problem', code: 'personal_number' }] });
  });

  it('does not ask about text without such hints, nor record a confirmation nobody needed', async () => {
    const saved = await staff.post('/api/v1/needs', needForm({ problem: 'Projektledare Anna Svensson vill digitalisera schemaläggningen.' }), CONFIRM);
    expect(saved.statusCode).toBe(201);
    expect((await auditOf(t.db, saved.json<{ id: string }>().id)).map((e) => e.action)).toEqual(['need.submitted']);
  });
});
