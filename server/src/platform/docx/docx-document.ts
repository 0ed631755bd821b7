import { xmlSafeDeep } from '@server/platform/http/xml-text';
/** One section of a generated Word document: a heading, then paragraphs and/or a table. */
export type DocxSection = {
  heading: string;
  /** 1 (default), 2 or 3: Word's Rubrik 1–3, so the navigation pane shows the outline. */
  level?: 1 | 2 | 3;
  /** Free text; line breaks start new paragraphs. Empty text is shown as "–" so no heading stands alone. */
  text?: string;
  /** `widths`: each column's share of the page width in per cent (equal when left out). */
  table?: { headers: string[]; rows: string[][]; widths?: number[] };
};

export type DocxContent = {
  organizationName: string;
  title: string;
  /** Shown under the title, e.g. the initiative and the date. */
  subtitle?: string;
  /** Label/value pairs shown as a table right under the title (owner, status …). */
  facts?: [string, string][];
  sections: DocxSection[];
  /** A title page of its own (plans): the title block, then a page break before the first section. */
  titlePage?: boolean;
};

/** The media type of a Word document (.docx). */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Builds a .docx with real Word headings and tables (docx-render.ts). The docx library is loaded on
 * the first document, not at start: most server processes never write one, and it costs memory.
 */
export async function buildDocx(content: DocxContent): Promise<Buffer> {
  const { renderDocx } = await import('@server/platform/docx/docx-render');
  // Stored text may hold control characters (typed, pasted, imported); Word refuses the file then.
  return renderDocx(xmlSafeDeep(content));
}
