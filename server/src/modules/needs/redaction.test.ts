import type { Role } from '@domain/roles';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTION_MARKER } from '@domain/needs.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { buildOrganization, logInNewMember } from '@test/factories';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { inTenant } from '@server/platform/tenancy/context';
import { auditOf, needForm, submitThroughApi } from '@server/modules/needs/needs.test-support';
import { placesHolding } from '@test/whole-database';

/** The database's own message of a failed query (Drizzle wraps it in "Failed query: …"). */
async function databaseError(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
  return 'no error';
}

describe('masking personal data that slipped into a need or a comment', () => {
  let t: TestApp;
  let orgId: string;
  let coordinator: ApiClient;
  let submitter: ApiClient;
  let colleague: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const otherOrg = await buildOrganization(t.db);
    orgId = org.id;
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    coordinator = await as(org.id, ['coordinator']);
    submitter = await as(org.id, ['staff']);
    colleague = await as(org.id, ['staff']);
    outsider = await as(otherOrg.id, ['coordinator']);
  });
  afterAll(async () => t.close());

  it('lets a coordinator mask a title and a comment so that the erased texts are nowhere in the database, the audit log included', async () => {
    const title = 'Larm för Fiktiva Qwertysson på Solrosen';
    const body = 'Brukaren Påhittade Zxcvbnsson i rum 999 har samma behov.';
    const need = await submitThroughApi(submitter, { title });
    const edited = await coordinator.patch(`/api/v1/needs/${need.id}`, { problem: 'Nattpatrullen stör sömnen hos flera brukare.' }, { ifMatch: need.version });
    expect(edited.statusCode).toBe(200);
    // The comment's notification to the submitter copies the title; the comment's audit copies the body.
    const comment = (await colleague.post(`/api/v1/needs/${need.id}/comments`, { body })).json<{ id: string }>();
    expect(await placesHolding(t.adminUrl, title)).toEqual(expect.arrayContaining(['"public"."needs"."title"', '"public"."audit_events"."after"', '"public"."notifications"."params"']));
    expect(await placesHolding(t.adminUrl, body)).toEqual(expect.arrayContaining(['"public"."need_comments"."body"', '"public"."audit_events"."after"']));

    const redacted = await coordinator.post(`/api/v1/needs/${need.id}/redact`, { field: 'title', reason: 'Namn på en brukare' });
    expect(redacted.statusCode).toBe(200);
    expect(redacted.json()).toMatchObject({ title: REDACTION_MARKER });
    expect(redacted.headers.etag).toBe(`"${edited.json().version + 1}"`);
    const redactedComment = await coordinator.post(`/api/v1/needs/${need.id}/comments/${comment.id}/redact`, { reason: 'Namn och rum' });
    expect(redactedComment.statusCode).toBe(200);
    expect(redactedComment.json()).toMatchObject({ id: comment.id, body: REDACTION_MARKER });

    expect(await placesHolding(t.adminUrl, title)).toEqual([]);
    expect(await placesHolding(t.adminUrl, body)).toEqual([]);
    expect(await placesHolding(t.adminUrl, 'Qwertysson')).toEqual([]);
    expect(await placesHolding(t.adminUrl, 'Zxcvbnsson')).toEqual([]);
    const comments = (await submitter.get(`/api/v1/needs/${need.id}/comments`)).json();
    expect(comments.items[0].body).toBe(REDACTION_MARKER);
    const audit = await auditOf(t.db, need.id);
    expect(audit.find((event) => event.action === 'need.submitted')?.after).toMatchObject({ title: REDACTION_MARKER });
    expect(audit.filter((event) => event.action === 'need.redacted' || event.action === 'need.comment_redacted')).toEqual([
      expect.objectContaining({ action: 'need.redacted', actorId: coordinator.userId, after: { field: 'title', reason: 'Namn på en brukare' } }),
      expect.objectContaining({ action: 'need.comment_redacted', actorId: coordinator.userId, after: { commentId: comment.id, reason: 'Namn och rum' } }),
    ]);
  });

  it('masks a decided need’s title in its decision snapshot, the submitter’s notifications and her e-mail too', async () => {
    const title = 'Beslutat behov om Rtyuisson';
    const need = await submitThroughApi(submitter, { title });
    const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<{ version: number }>();
    const ones = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };
    expect((await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: ones }, { ifMatch: round.version })).statusCode).toBe(200);
    const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
    const decided = await coordinator.post(`/api/v1/needs/${need.id}/decisions`, { outcome: 'reject', reason: 'Nej.', decisionDate: todayInSweden() }, { ifMatch: etag });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(await placesHolding(t.adminUrl, title)).toEqual(expect.arrayContaining(['"public"."decisions"."snapshot"', '"public"."notifications"."params"', '"public"."email_outbox"."subject"', '"public"."email_outbox"."body"']));
    expect((await coordinator.post(`/api/v1/needs/${need.id}/redact`, { field: 'title', reason: 'Namn' })).statusCode).toBe(200);
    expect(await placesHolding(t.adminUrl, title)).toEqual([]);
  });

  it('replaces the text per JSON string value, so quotes and backslashes in the erased text leave the audit log whole', async () => {
    const problem = 'Hon sa "Påhitt\\Asdfgsson" vid dörren, och resten av texten står kvar.';
    const need = await submitThroughApi(submitter, { problem });
    const redacted = await coordinator.post(`/api/v1/needs/${need.id}/redact`, { field: 'problem', reason: 'Namn' });
    expect(redacted.statusCode).toBe(200);
    expect(await placesHolding(t.adminUrl, 'Asdfgsson')).toEqual([]);
    const submitted = (await auditOf(t.db, need.id)).find((event) => event.action === 'need.submitted');
    expect(submitted?.after).toMatchObject({ problem: REDACTION_MARKER, title: need.title, affectedGroups: ['care_recipients', 'staff'] });
  });

  it('masks only whole copies of a short comment, so other texts and ids that merely contain it stay intact', async () => {
    const need = await submitThroughApi(submitter, { title: 'Okänd väg till boendet' });
    const short = (await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'ok' })).json<{ id: string }>();
    const longer = (await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'Det är ok för oss.' })).json<{ id: string }>();
    expect((await coordinator.post(`/api/v1/needs/${need.id}/comments/${short.id}/redact`, { reason: 'Test' })).statusCode).toBe(200);
    const audit = await auditOf(t.db, need.id);
    expect(audit.filter((event) => event.action === 'need.commented').map((event) => event.after)).toEqual([
      { commentId: short.id, body: REDACTION_MARKER },
      { commentId: longer.id, body: 'Det är ok för oss.' },
    ]);
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json().title).toBe('Okänd väg till boendet');
  });

  it('leaves the same text in another organisation’s audit log alone', async () => {
    const title = 'Samma Hjklsson i två kommuner';
    const ours = await submitThroughApi(submitter, { title });
    const theirs = await submitThroughApi(outsider, { title });
    expect((await coordinator.post(`/api/v1/needs/${ours.id}/redact`, { field: 'title', reason: 'Namn' })).statusCode).toBe(200);
    expect((await auditOf(t.db, theirs.id))[0]?.after).toMatchObject({ title });
    expect((await outsider.get(`/api/v1/needs/${theirs.id}`)).json().title).toBe(title);
  });

  it('answers 404 when a coordinator of another organisation tries to mask a need’s text or a comment', async () => {
    const need = await submitThroughApi(submitter);
    const comment = (await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'En kommentar.' })).json<{ id: string }>();
    const onNeed = await outsider.post(`/api/v1/needs/${need.id}/redact`, { field: 'problem', reason: 'Namn' });
    expect(onNeed.statusCode).toBe(404);
    const onComment = await outsider.post(`/api/v1/needs/${need.id}/comments/${comment.id}/redact`, { reason: 'Namn' });
    expect(onComment.statusCode).toBe(404);
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json().problem).toBe(needForm().problem);
  });

  it('answers 404 for a comment that belongs to another need', async () => {
    const need = await submitThroughApi(submitter);
    const other = await submitThroughApi(submitter);
    const comment = (await colleague.post(`/api/v1/needs/${other.id}/comments`, { body: 'En kommentar.' })).json<{ id: string }>();
    expect((await coordinator.post(`/api/v1/needs/${need.id}/comments/${comment.id}/redact`, { reason: 'Namn' })).statusCode).toBe(404);
  });

  it('answers 403 when a staff member tries to mask a text, even her own', async () => {
    const need = await submitThroughApi(submitter);
    const response = await submitter.post(`/api/v1/needs/${need.id}/redact`, { field: 'title', reason: 'Namn' });
    expect(response.statusCode).toBe(403);
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json().title).toBe(need.title);
  });

  it('still refuses the app role any other change to the audit log, even with the redaction setting switched on', async () => {
    const need = await submitThroughApi(submitter);
    const attempts = [
      sql`update audit_events set action = 'forged' where entity_id = ${need.id}::uuid`,
      sql`delete from audit_events where entity_id = ${need.id}::uuid`,
    ];
    for (const statement of attempts) {
      expect(await databaseError(inTenant({ db: t.db, organizationId: orgId }, (tx) => tx.execute(statement)))).toMatch(/permission denied/);
      const withSetting = inTenant({ db: t.db, organizationId: orgId }, async (tx) => {
        await tx.execute(sql`select set_config('app.audit_redaction', 'on', true)`);
        await tx.execute(statement);
      });
      expect(await databaseError(withSetting)).toMatch(/permission denied/);
    }
    // The owner (the migrating role) is refused by the trigger unless the function switched it on.
    const owner = new pg.Client({ connectionString: t.adminUrl });
    await owner.connect();
    try {
      await expect(owner.query(`update audit_events set action = 'forged' where entity_id = $1`, [need.id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`delete from audit_events where entity_id = $1`, [need.id])).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
    expect((await auditOf(t.db, need.id)).map((event) => event.action)).toEqual(['need.submitted']);
  });

  it('lets the redaction function change only the current organisation’s rows, and nothing without one', async () => {
    const theirs = await submitThroughApi(outsider, { title: 'Uiopsson i den andra kommunen' });
    // Called with our organisation's setting, the function cannot reach the other organisation's row.
    const changed = await inTenant({ db: t.db, organizationId: orgId }, (tx) =>
      tx.execute<{ n: number }>(sql`select redact_audit_text(${theirs.id}::uuid, 'Uiopsson i den andra kommunen', ${REDACTION_MARKER}) as n`),
    );
    expect(Number(changed.rows[0]?.n)).toBe(0);
    expect(await databaseError(t.db.execute(sql`select redact_audit_text(${theirs.id}::uuid, 'Uiopsson i den andra kommunen', ${REDACTION_MARKER})`))).toMatch(/organisation/);
    expect((await auditOf(t.db, theirs.id))[0]?.after).toMatchObject({ title: 'Uiopsson i den andra kommunen' });
  });
});
