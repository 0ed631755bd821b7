import JSZip from 'jszip';

/** What a generated Word file holds, read the way Word does: the ZIP, then word/document.xml. */
export type DocxOutline = { headings: { style: string; text: string }[]; tables: string[][][]; text: string };

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join('');

/** Opens a .docx and returns its headings (paragraph style + text), its tables (rows of cell texts) and all text. */
export async function readDocx(content: Buffer): Promise<DocxOutline> {
  const zip = await JSZip.loadAsync(content);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('Not a Word document: word/document.xml is missing.');
  const xml = await file.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const headings = paragraphs
    .map((p) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '', text: textOf(p) }))
    .filter((p) => /^(Title|Heading\d)$/.test(p.style));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0]))),
  );
  return { headings, tables, text: textOf(xml) };
}
