import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocxContent } from '@server/platform/docx/docx-document';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** A light grey behind header and label cells, so a table reads as a table also when printed. */
const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF0' };
const cellMargins = { top: 40, bottom: 40, left: 100, right: 100 };

function cell(text: string, bold = false, widthPercent?: number): TableCell {
  return new TableCell({
    children: paragraphsOf(text, bold),
    margins: cellMargins,
    ...(bold ? { shading: headerShading } : {}),
    ...(widthPercent ? { width: { size: widthPercent, type: WidthType.PERCENTAGE } } : {}),
  });
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
 * cannot add fields or formatting. Every page but a title page carries the organisation's name in
 * the header and "Sida X av Y" in the footer; the text is Swedish (proofing) in Arial, which
 * LibreOffice shows as the metric-compatible Liberation Sans.
 */
export async function renderDocx(content: DocxContent): Promise<Buffer> {
  const titlePage = content.titlePage === true;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      // A title page starts its title block a third down the page, the way a report cover does.
      spacing: titlePage ? { before: 3600, after: 240 } : { after: 120 },
      children: [new TextRun({ text: content.organizationName, size: titlePage ? 28 : 20, color: '555555' })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 240 }, children: [new TextRun(content.title)] }),
  ];
  if (content.subtitle) children.push(new Paragraph({ spacing: { after: titlePage ? 480 : 240 }, children: [new TextRun({ text: content.subtitle, italics: true })] }));
  if (content.facts && content.facts.length > 0) {
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows: content.facts.map(([label, value]) => new TableRow({ children: [cell(label, true, 30), cell(value, false, 70)] })) }));
  }
  content.sections.forEach((section, index) => {
    const pageBreakBefore = titlePage && index === 0;
    children.push(new Paragraph({ heading: HEADINGS[section.level ?? 1], pageBreakBefore, spacing: { before: 240, after: 120 }, children: [new TextRun(section.heading)] }));
    if (section.text !== undefined) children.push(...paragraphsOf(section.text));
    if (section.table) children.push(tableOf(section.table.headers, section.table.rows, section.table.widths));
  });
  const pageHeader = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: content.organizationName, size: 18, color: '555555' })] })] });
  const pageFooter = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 18 })] })] });
  // The title page has an empty header and footer of its own (Word's "Annorlunda förstasida").
  const blankHeader = new Header({ children: [new Paragraph({ children: [] })] });
  const blankFooter = new Footer({ children: [new Paragraph({ children: [] })] });
  const document = new Document({
    creator: 'Digiplan',
    title: content.title,
    description: `${content.title} – ${content.organizationName}`,
    // Swedish proofing and a clean sans-serif font, so the file does not open in a serif fallback.
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: 'sv-SE' } }, paragraph: { spacing: { after: 80, line: 276 } } },
        title: { run: { font: 'Arial', size: 48, bold: true, color: '1F3A5F' } },
        heading1: { run: { font: 'Arial', size: 32, bold: true, color: '1F3A5F' } },
        heading2: { run: { font: 'Arial', size: 26, bold: true, color: '1F3A5F' } },
        heading3: { run: { font: 'Arial', size: 22, bold: true, color: '333333' } },
      },
    },
    sections: [
      {
        properties: { titlePage },
        headers: titlePage ? { default: pageHeader, first: blankHeader } : { default: pageHeader },
        footers: titlePage ? { default: pageFooter, first: blankFooter } : { default: pageFooter },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
