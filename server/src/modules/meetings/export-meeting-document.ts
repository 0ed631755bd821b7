import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { buildDocx } from '@server/platform/docx/docx-document';
import { fileNamePart } from '@server/platform/http/download';
import { notFound } from '@server/platform/errors';
import { inTenant, inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { getOrganization } from '@server/modules/organizations/get-organization';
import { findMeetingRow } from '@server/modules/meetings/meetings.repository';
import { loadMeeting } from '@server/modules/meetings/load-meeting';
import { agendaDocument, minutesDocument } from '@server/modules/meetings/meeting-documents';

export type MeetingDocumentKind = 'agenda' | 'minutes';

/**
 * The kallelse (`agenda`) or the protokoll (`minutes`) of a meeting as a Word file, for every member
 * who reads decisions (forum members read the papers before the meeting). The download is audited.
 */
export async function exportMeetingDocument(ctx: Ctx, id: string, kind: MeetingDocumentKind): Promise<{ body: Buffer; filename: string }> {
  const meeting = await inTenantRead(ctx, async (tx) => {
    const row = await findMeetingRow(tx, ctx, id);
    if (!row) throw notFound('meeting');
    authorize(ctx, 'decision:read');
    return loadMeeting(tx, ctx, row);
  });
  const organizationName = (await getOrganization(ctx)).name;
  const content = kind === 'agenda' ? agendaDocument(organizationName, meeting) : minutesDocument(organizationName, meeting);
  const body = await buildDocx(content);
  await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'meeting.document_downloaded', entityType: 'meeting', entityId: id, after: { kind, format: 'docx' } }));
  const prefix = kind === 'agenda' ? 'Kallelse' : 'Protokoll';
  return { body, filename: `${fileNamePart(`${prefix} ${meeting.title}`) || prefix}.docx` };
}
