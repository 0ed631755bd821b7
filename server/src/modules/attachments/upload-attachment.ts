import { ATTACHMENT_MAX_BYTES, type TAttachment } from '@domain/attachments.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { withoutControlCharacters } from '@server/platform/http/download';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { EXTENSIONS, MEDIA_TYPES, detectFileType, extensionOf } from '@server/modules/attachments/detect-file-type';
import { insertAttachment } from '@server/modules/attachments/attachments.repository';
import { presentAttachment } from '@server/modules/attachments/present-attachment';

/** A file name safe to keep and show: no path, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return withoutControlCharacters(base).trim().slice(0, 200);
}

/**
 * Attaches a file to the initiative. Its type is told by its content; the name's ending must
 * agree with it, so a program renamed "rapport.pdf" is refused (415). At most 10 MB (413).
 */
export async function uploadAttachment(ctx: Ctx, initiativeId: string, rawName: string, content: Buffer): Promise<TAttachment> {
  return inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    if (content.length > ATTACHMENT_MAX_BYTES) throw new AppError('payload_too_large', 'Attachments may be at most 10 MB.');
    const fileName = cleanFileName(rawName);
    if (fileName === '' || fileName.startsWith('.')) throw new AppError('validation_failed', 'Give the file a name.', [{ path: 'querystring.name', code: 'invalid' }]);
    assertNoPersonalData({ name: fileName });
    const type = detectFileType(content, fileName);
    if (!type || !EXTENSIONS[type].includes(extensionOf(fileName))) {
      throw new AppError('unsupported_media_type', 'Attach PDF, Word, Excel, PowerPoint, PNG, JPEG, text or CSV files, named by their type.');
    }
    const attachment = presentAttachment(await insertAttachment(tx, ctx, { initiativeId, fileName, type, mediaType: MEDIA_TYPES[type], content }));
    await recordAudit(tx, ctx, { action: 'attachment.uploaded', entityType: 'initiative_attachment', entityId: attachment.id, after: { initiativeId, ...attachment } });
    return attachment;
  });
}
