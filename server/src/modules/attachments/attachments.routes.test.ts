import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import type { TAttachment, TAttachmentList } from '@domain/attachments.contracts';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { buildDocx } from '@server/platform/docx/docx-document';
import { auditActions, buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function upload(client: ApiClient, url: string, name: string, content: Buffer, contentType = 'application/octet-stream') {
  return client.request('POST', `${url}?name=${encodeURIComponent(name)}`, undefined, {
    rawBody: content as unknown as string,
    headers: { 'content-type': contentType },
  });
}

describe('files attached to an initiative', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
    url = `/api/v1/initiatives/${w.initiativeId}/attachments`;
  });
  afterAll(async () => t.close());

  it('lets a coordinator attach a PDF that anyone in the organisation downloads under its own name', async () => {
    const response = await upload(w.coordinator, url, 'Offert från leverantör – kamera.pdf', PDF);
    expect(response.statusCode).toBe(201);
    const attachment = response.json<TAttachment>();
    expect(attachment).toMatchObject({ fileName: 'Offert från leverantör – kamera.pdf', type: 'pdf', mediaType: 'application/pdf', sizeBytes: PDF.length });
    const list = (await w.viewer.get(url)).json<TAttachmentList>();
    expect(list.items.map((a) => a.id)).toEqual([attachment.id]);
    const download = await w.viewer.get(`${url}/${attachment.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Offert_fran_leverantor_kamera.pdf"; filename*=UTF-8''Offert%20fr%C3%A5n%20leverant%C3%B6r%20%E2%80%93%20kamera.pdf`,
    );
    expect(await auditActions(w.admin, attachment.id)).toEqual(expect.arrayContaining(['attachment.uploaded', 'attachment.downloaded']));
  });

  it('accepts a real Word file and a CSV, telling them by content', async () => {
    const docx = await buildDocx({ organizationName: 'Testkommun', title: 'Mötesanteckningar', sections: [] });
    expect((await upload(w.coordinator, url, 'anteckningar.docx', docx)).json<TAttachment>().type).toBe('docx');
    expect((await upload(w.coordinator, url, 'larm.csv', Buffer.from('typ;antal\nfall;3\n'))).json<TAttachment>().type).toBe('csv');
  });

  it('refuses a program renamed .pdf, a PDF named .docx and a JSON body, saving nothing', async () => {
    const before = (await w.viewer.get(url)).json<TAttachmentList>().items.length;
    expect((await upload(w.coordinator, url, 'rapport.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]))).statusCode).toBe(415);
    expect((await upload(w.coordinator, url, 'rapport.docx', PDF)).statusCode).toBe(415);
    expect((await w.coordinator.post(`${url}?name=a.pdf`, { file: 'x' })).statusCode).toBe(415);
    expect((await upload(w.coordinator, url, `Brukare ${FAKE_PERSONNUMMER} (testnummer).pdf`, PDF)).statusCode).toBe(400);
    expect((await w.viewer.get(url)).json<TAttachmentList>().items.length).toBe(before);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(w.coordinator, url, 'stor.pdf', big)).statusCode).toBe(413);
  });

  it('refuses staff (403) and another organisation (404) for upload, download and removal', async () => {
    const attachment = (await w.viewer.get(url)).json<TAttachmentList>().items[0]!;
    expect((await upload(w.staff, url, 'a.pdf', PDF)).statusCode).toBe(403);
    expect((await w.viewer.delete(`${url}/${attachment.id}`)).statusCode).toBe(403);
    expect((await upload(w.outsider, url, 'a.pdf', PDF)).statusCode).toBe(404);
    expect((await w.outsider.get(url)).statusCode).toBe(404);
    expect((await w.outsider.get(`${url}/${attachment.id}/content`)).statusCode).toBe(404);
    expect((await w.outsider.delete(`${url}/${attachment.id}`)).statusCode).toBe(404);
  });

  it('lets a coordinator remove an attachment, audited', async () => {
    const attachment = (await upload(w.coordinator, url, 'bort.txt', Buffer.from('tas bort'))).json<TAttachment>();
    expect((await w.coordinator.delete(`${url}/${attachment.id}`)).statusCode).toBe(204);
    expect((await w.coordinator.delete(`${url}/${attachment.id}`)).statusCode).toBe(404);
    expect((await w.viewer.get(`${url}/${attachment.id}/content`)).statusCode).toBe(404);
    expect(await auditActions(w.admin, attachment.id)).toContain('attachment.deleted');
  });
});
