import JSZip from 'jszip';

/**
 * The parts of a generated .xlsx that decide how it reads and prints, taken from the XML in the
 * zip (not through exceljs, which would fill in its own defaults when reading back).
 */
export type XlsxPrintFacts = {
  frozenHeaderRow: boolean;
  autoFilter: boolean;
  landscape: boolean;
  fitToWidth: boolean;
  repeatedHeaderRow: boolean;
  pageNumbersInFooter: boolean;
  wrappedStyles: boolean;
  columnWidths: number[];
};

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing from the file`);
  return file.async('string');
}

const attribute = (tag: string | undefined, name: string) => (tag ? new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] : undefined);

/** Reads the first sheet of a workbook (as Excel, or as LibreOffice writes it back) for its view, filter and print set-up. */
export async function xlsxPrintFacts(content: Buffer): Promise<XlsxPrintFacts> {
  const zip = await JSZip.loadAsync(content);
  const workbook = await part(zip, 'xl/workbook.xml');
  const sheetXml = await part(zip, 'xl/worksheets/sheet1.xml');
  const styles = await part(zip, 'xl/styles.xml');
  const pane = /<pane\b[^>]*>/.exec(sheetXml)?.[0];
  const pageSetup = /<pageSetup\b[^>]*>/.exec(sheetXml)?.[0];
  const fitToPage = /<pageSetUpPr\b[^>]*fitToPage="(1|true)"/.test(sheetXml);
  const footer = /<oddFooter>([\s\S]*?)<\/oddFooter>/.exec(sheetXml)?.[1] ?? '';
  const printTitles = /<definedName\b[^>]*name="_xlnm\.Print_Titles"[^>]*>([^<]*)<\/definedName>/.exec(workbook)?.[1] ?? '';
  return {
    frozenHeaderRow: attribute(pane, 'ySplit') === '1' && attribute(pane, 'state') === 'frozen',
    // Excel and LibreOffice both need the filter in the sheet and the range as the sheet's _FilterDatabase name.
    autoFilter: /<autoFilter\b[^>]*ref="A1:/.test(sheetXml) && /<definedName\b[^>]*name="_xlnm\._FilterDatabase"[^>]*localSheetId="0"|<definedName\b[^>]*localSheetId="0"[^>]*name="_xlnm\._FilterDatabase"/.test(workbook),
    landscape: attribute(pageSetup, 'orientation') === 'landscape',
    fitToWidth: fitToPage && attribute(pageSetup, 'fitToWidth') === '1' && attribute(pageSetup, 'fitToHeight') === '0',
    repeatedHeaderRow: /\$1:\$1$/.test(printTitles),
    pageNumbersInFooter: footer.includes('&amp;P') && footer.includes('&amp;N'),
    wrappedStyles: /<alignment\b[^>]*wrapText="(1|true)"/.test(styles),
    columnWidths: [...sheetXml.matchAll(/<col\b[^>]*>/g)].map((m) => Number(attribute(m[0], 'width'))),
  };
}

/** What a generated .docx says about its language, font, header and footer, from its XML parts. */
export type DocxPageFacts = { language: string | undefined; font: string | undefined; headerText: string; footerFields: string[]; footerText: string; titlePage: boolean };

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join('');

/** Reads a Word file's default language and font (styles.xml) and the text and fields of its header and footer. */
export async function docxPageFacts(content: Buffer): Promise<DocxPageFacts> {
  const zip = await JSZip.loadAsync(content);
  const styles = await part(zip, 'word/styles.xml');
  const body = await part(zip, 'word/document.xml');
  const runDefaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
  const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((f) => f.async('string')));
  const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((f) => f.async('string')));
  const footerXml = footers.join('');
  // A field is either simple (<w:fldSimple w:instr="PAGE">) or complex (<w:instrText>PAGE</w:instrText>).
  const footerFields = [...footerXml.matchAll(/w:instr="\s*([A-Z]+)|<w:instrText[^>]*>\s*([A-Z]+)/g)].map((m) => (m[1] ?? m[2])!);
  return {
    language: attribute(/<w:lang\b[^>]*>/.exec(runDefaults)?.[0], 'w:val'),
    font: attribute(/<w:rFonts\b[^>]*>/.exec(runDefaults)?.[0], 'w:ascii'),
    headerText: headers.map(textOf).join('\n'),
    footerFields,
    footerText: footers.map(textOf).join('\n'),
    // A different first page (w:titlePg) whose header and footer are its own.
    titlePage: /<w:titlePg(?:\s*\/>|\s+w:val="(?:1|true|on)")/.test(body),
  };
}
