import type { FastifyReply } from 'fastify';

/** Whether a character is a C0 control character or DEL (never wanted in names or headers). */
const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;

/** The text without control characters (line breaks included). */
export function withoutControlCharacters(text: string): string {
  return [...text].filter((char) => !isControl(char)).join('');
}

/**
 * A Content-Disposition value that every browser reads safely: an ASCII fallback name (letters,
 * digits, dot, dash, underscore; å/ä/ö folded) plus the exact UTF-8 name as `filename*` (RFC 6266,
 * RFC 8187). Quotes, slashes, control characters and header-breaking characters never get through.
 */
export function attachmentDisposition(fileName: string): string {
  const cleaned = withoutControlCharacters(fileName).replace(/["\\/]/g, '').trim() || 'fil';
  const ascii =
    cleaned
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 150) || 'fil';
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file name part made from free text (a title): safe characters only, at most 60 of them. */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'dokument'
  );
}

/** Sends a file as a download that is never cached nor sniffed as another type. */
export function sendDownload(reply: FastifyReply, content: Buffer, mediaType: string, fileName: string): FastifyReply {
  return reply
    .header('content-type', mediaType)
    .header('content-disposition', attachmentDisposition(fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(content);
}
