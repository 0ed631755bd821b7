import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocxContent } from '@server/platform/docx/docx-document';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(text: string, bold = false, widthPercent?: number): TableCell {
  return new TableCell({ children: paragraphsOf(text, bold), ...(widthPercent ? { width: { size: widthPercent, type: WidthType.PERCENTAGE } } : {}) });
}

function paragraphsOf(text: string, bold = false): Paragraph[] {
  const lines = text.trim() === '' ? ['–'] : text.split(/\r?\n/);
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

function tableOf(headers: string[], rows: string[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths.map((w) => Math.round(w * 90)) } : {}),
    borders,
    rows: [
      // The header row repeats on every page a table runs over.
      new TableRow({ tableHeader: true, children: headers.map((header, i) => cell(header, true, widths?.[i])) }),
      ...rows.map((row) => new TableRow({ children: row.map((value, i) => cell(value, false, widths?.[i])) })),
    ],
  });
}

/**
 * Builds a .docx with real Word headings (so the navigation pane and screen readers see the
 * structure) and real tables. Text is inserted as text runs, never interpreted, so user input
 * cannot add fields or formatting.
 */
export async function renderDocx(content: DocxContent): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: content.organizationName, size: 20, color: '555555' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(content.title)] }),
  ];
  if (content.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: content.subtitle, italics: true })] }));
  if (content.facts && content.facts.length > 0) {
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows: content.facts.map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value)] })) }));
  }
  content.sections.forEach((section, index) => {
    const pageBreakBefore = content.titlePage === true && index === 0;
    children.push(new Paragraph({ heading: HEADINGS[section.level ?? 1], pageBreakBefore, children: [new TextRun(section.heading)] }));
    if (section.text !== undefined) children.push(...paragraphsOf(section.text));
    if (section.table) children.push(tableOf(section.table.headers, section.table.rows, section.table.widths));
  });
  const document = new Document({
    creator: 'Digiplan',
    title: content.title,
    description: `${content.title} – ${content.organizationName}`,
    // Swedish proofing and a clean sans-serif font, so the file does not open in a serif fallback.
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'sv-SE' } } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: content.organizationName, size: 18, color: '555555' })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 18 })] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
