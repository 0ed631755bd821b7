/**
 * Windows-1252 bytes 0x80–0x9F (the rest of the code page equals Latin-1). Node's TextDecoder
 * accepts the label 'windows-1252' even in builds without full ICU, but then decodes it as Latin-1:
 * "€" and "–" come out as invisible C1 control characters (checked on Node 20.20 with small ICU).
 * So the table is here. The five bytes Windows leaves undefined are null: such a file is not text.
 */
const CP1252_HIGH: ReadonlyArray<string | null> = [
  '€', null, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', null, 'Ž', null,
  null, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', null, 'ž', 'Ÿ',
];

/** Decodes Windows-1252 bytes; null when a byte is one the code page does not define. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk: string[] = [];
    for (const byte of bytes.subarray(i, i + 4096)) {
      if (byte >= 0x80 && byte <= 0x9f) {
        const char = CP1252_HIGH[byte - 0x80];
        if (char === null || char === undefined) return null;
        chunk.push(char);
      } else chunk.push(String.fromCharCode(byte));
    }
    text += chunk.join('');
  }
  return text;
}

export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Binary control characters (tab, CR and LF are text). */
// eslint-disable-next-line no-control-regex -- looking for binary control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * The text of an uploaded CSV as Excel and LibreOffice save it on Swedish Windows: UTF-8 (with or
 * without a BOM) when the bytes are valid UTF-8, else Windows-1252 ("CSV (semikolonavgränsad)" in
 * Excel). Null when the bytes are neither, or hold binary control characters: then it is not text.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  let decoded: { text: string; encoding: TextEncodingName } | null;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = decodeWindows1252(bytes);
    decoded = text === null ? null : { text, encoding: 'windows-1252' };
  }
  if (!decoded || BINARY.test(decoded.text)) return null;
  return { text: decoded.text.replace(/^\uFEFF/, ''), encoding: decoded.encoding };
}
