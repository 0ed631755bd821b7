import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '@server/platform/docx/docx-document';
import { buildSheetWorkbook } from '@server/platform/http/xlsx';

// eslint-disable-next-line no-control-regex -- the characters an Office file must not contain
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const CONTROLS = '\u0001\u0008\u000B\u001F\uFFFE';

async function xmlParts(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  return Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
}

describe('Office files from text with control characters', () => {
  it('gives a Word document Word can open when a stored text holds control characters', async () => {
    const docx = await buildDocx({ organizationName: `Kommun${CONTROLS}`, title: `Larm${CONTROLS} på natten`, sections: [{ heading: `Mål${CONTROLS}`, text: `Rad${CONTROLS}\nRad två` }] });
    const parts = await xmlParts(docx);
    expect(parts.some((xml) => NOT_XML.test(xml))).toBe(false);
    expect(parts.join('')).toContain('Larm på natten');
  });

  it('gives an Excel workbook Excel can open when a stored text holds control characters', async () => {
    const xlsx = await buildSheetWorkbook(`Blad${CONTROLS}`, [{ header: `Titel${CONTROLS}`, width: 20 }], [[`Larm${CONTROLS} på natten`]]);
    const parts = await xmlParts(xlsx);
    expect(parts.some((xml) => NOT_XML.test(xml))).toBe(false);
    expect(parts.join('')).toContain('Larm på natten');
  });
});
