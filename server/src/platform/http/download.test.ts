import { describe, expect, it } from 'vitest';
import { attachmentDisposition, fileNamePart } from '@server/platform/http/download';

describe('download file names', () => {
  it('keeps the Swedish name in filename* and folds it to ASCII in the fallback', () => {
    expect(attachmentDisposition('Projektdirektiv – Läkemedelsrobot.docx')).toBe(
      `attachment; filename="Projektdirektiv_Lakemedelsrobot.docx"; filename*=UTF-8''Projektdirektiv%20%E2%80%93%20L%C3%A4kemedelsrobot.docx`,
    );
  });

  it('never lets quotes, slashes or line breaks into the header', () => {
    const header = attachmentDisposition('../"evil"\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename=')[1]).toMatch(/^"[A-Za-z0-9._-]+";/);
    expect(header).not.toContain('/');
  });

  it('gives a name even when nothing printable is left', () => {
    expect(attachmentDisposition('""')).toContain('filename="fil"');
    expect(fileNamePart('???')).toBe('dokument');
  });

  it('makes a title into a short name part', () => {
    expect(fileNamePart('Tillsynskameror i ordinärt boende!')).toBe('Tillsynskameror-i-ordinärt-boende');
  });
});
