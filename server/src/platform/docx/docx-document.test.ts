import { describe, expect, it } from 'vitest';
import { docxPageFacts } from '@test/office-xml';
import { buildDocx } from '@server/platform/docx/docx-document';

describe('a Word file from Digiplan as a reader opens it', () => {
  const content = { organizationName: 'Exempelkommun', title: 'Projektdirektiv: Digitala nycklar', subtitle: 'Utkast', facts: [['Ägare', 'Exempel Person']] as [string, string][], sections: [{ heading: 'Bakgrund', text: 'Text' }] };

  it('is Swedish in a sans-serif font, with the organisation in the header and "Sida X av Y" in the footer', async () => {
    const facts = await docxPageFacts(await buildDocx(content));
    expect(facts.language).toBe('sv-SE');
    expect(facts.font).toBe('Arial');
    expect(facts.headerText).toContain('Exempelkommun');
    expect(facts.footerText).toContain('Sida');
    expect(facts.footerText).toContain('av');
    expect(facts.footerFields).toEqual(['PAGE', 'NUMPAGES']);
    expect(facts.titlePage).toBe(false);
  });

  it('opens with a title page without header or page number when the document has one', async () => {
    const facts = await docxPageFacts(await buildDocx({ ...content, titlePage: true }));
    expect(facts.titlePage).toBe(true);
    expect(facts.footerFields).toEqual(['PAGE', 'NUMPAGES']);
  });
});
