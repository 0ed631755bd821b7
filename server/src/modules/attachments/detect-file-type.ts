import type { AttachmentType } from '@domain/attachments.contracts';

/** The media type each accepted kind of file is stored and served as. */
export const MEDIA_TYPES: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The file-name endings that may go with each kind: a name must agree with the content. */
export const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  txt: ['txt'],
  csv: ['csv'],
};

const startsWith = (content: Buffer, bytes: number[]) => bytes.every((byte, i) => content[i] === byte);

/**
 * The names of the entries of a ZIP file, read from its central directory (the end-of-central-
 * directory record, then each header). Returns null when the structure is not a valid ZIP.
 */
export function zipEntryNames(content: Buffer): string[] | null {
  const minEocd = 22;
  if (content.length < minEocd) return null;
  // The EOCD is the last 22 bytes plus an optional comment of up to 65 535 bytes.
  const searchFrom = Math.max(0, content.length - minEocd - 0xffff);
  let eocd = -1;
  for (let i = content.length - minEocd; i >= searchFrom; i--) {
    if (content.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = content.readUInt16LE(eocd + 10);
  let offset = content.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > content.length) return null;
    names.push(content.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Office Open XML files are ZIPs with a content-types part and the main part of their kind. */
function officeType(content: Buffer): AttachmentType | null {
  const names = zipEntryNames(content);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('ppt/presentation.xml')) return 'pptx';
  return null;
}

/** UTF-8 text without NUL or other binary control characters (tab, line breaks allowed). */
function isPlainText(content: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    // Tab, line feed, form feed and carriage return occur in text; other control characters mean binary.
    return ![...text].some((char) => {
      const code = char.charCodeAt(0);
      return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
    });
  } catch {
    return false;
  }
}

/**
 * What a file is, told by its content (magic bytes, ZIP structure, valid UTF-8), never by its
 * name. Text is one kind; its name's ending (.txt or .csv) tells which. Null = not accepted.
 */
export function detectFileType(content: Buffer, fileName: string): AttachmentType | null {
  if (content.length === 0) return null;
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return officeType(content);
  if (isPlainText(content)) return extensionOf(fileName) === 'csv' ? 'csv' : 'txt';
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
