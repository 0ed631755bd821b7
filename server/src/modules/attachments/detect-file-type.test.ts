import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildDocx } from '@server/platform/docx/docx-document';
import { detectFileType, zipEntryNames } from '@server/modules/attachments/detect-file-type';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('telling a file’s type by its content', () => {
  it('recognises PDF, PNG and JPEG by their magic bytes whatever they are called', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n…'), 'rapport.txt')).toBe('pdf');
    expect(detectFileType(PNG, 'bild.pdf')).toBe('png');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'foto.jpg')).toBe('jpeg');
  });

  it('recognises a real Word file and a real Excel file by the parts inside the ZIP', async () => {
    const docx = await buildDocx({ organizationName: 'Testkommun', title: 'Test', sections: [{ heading: 'Rubrik', text: 'Text' }] });
    expect(zipEntryNames(docx)).toContain('word/document.xml');
    expect(detectFileType(docx, 'a.docx')).toBe('docx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRow(['a']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(detectFileType(xlsx, 'a.xlsx')).toBe('xlsx');
  });

  it('tells text from binary and uses the name only to choose between .txt and .csv', () => {
    expect(detectFileType(Buffer.from('namn;antal\nlarm;3\n'), 'lista.csv')).toBe('csv');
    expect(detectFileType(Buffer.from('Anteckningar från mötet, åäö.'), 'anteckningar.txt')).toBe('txt');
    expect(detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'program.txt')).toBeNull();
    expect(detectFileType(Buffer.from([0xc3, 0x28]), 'trasig.txt')).toBeNull();
  });

  it('refuses an empty file, a ZIP that is not an Office file and a broken ZIP', () => {
    expect(detectFileType(Buffer.alloc(0), 'tom.txt')).toBeNull();
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx')).toBeNull();
  });
});
