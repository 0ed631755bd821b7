import { ASPECT_LABELS_SV, CLASSIFICATION_ASPECTS } from '@domain/classification';
import type { TClassification, TLevelLabels } from '@domain/information-classification.contracts';
import type { SecurityRequirement } from '@domain/security-requirements';
import { buildSheetWorkbook } from '@server/platform/http/xlsx';
import { buildDocx } from '@server/platform/docx/docx-document';

/** What both procurement-requirement files are made of. */
export type RequirementsContent = {
  organizationName: string;
  initiativeTitle: string;
  classification: TClassification;
  labels: TLevelLabels;
  requirements: SecurityRequirement[];
};

const levelText = (content: RequirementsContent, level: number) => `${level} – ${content.labels[String(level) as keyof TLevelLabels]}`;

/** "Krav vid upphandling" as an Excel sheet: one requirement per row, ready to paste into a tender. */
export async function requirementsWorkbook(content: RequirementsContent): Promise<Buffer> {
  return buildSheetWorkbook(
    'Krav vid upphandling',
    [
      { header: 'Kravnummer', width: 12 },
      { header: 'Aspekt', width: 20 },
      { header: 'Gäller från nivå', width: 26 },
      { header: 'Krav', width: 90 },
    ],
    content.requirements.map((r) => [r.id, ASPECT_LABELS_SV[r.aspect], levelText(content, r.minLevel), r.text]),
  );
}

/** "Krav vid upphandling" as a Word document: the classification, then the requirements. */
export async function requirementsDocx(content: RequirementsContent): Promise<Buffer> {
  const { classification } = content;
  return buildDocx({
    organizationName: content.organizationName,
    title: 'Krav vid upphandling',
    subtitle: `${content.initiativeTitle} – informationsklassning ${classification.classifiedOn}`,
    sections: [
      {
        heading: 'Informationsklassning',
        table: {
          headers: ['Aspekt', 'Nivå', 'Motivering'],
          rows: CLASSIFICATION_ASPECTS.map((aspect) => [ASPECT_LABELS_SV[aspect], levelText(content, classification[aspect].level), classification[aspect].justification]),
        },
      },
      {
        heading: 'Säkerhetskrav',
        text: content.requirements.length === 0 ? 'Klassningen ger inga särskilda säkerhetskrav.' : 'Leverantören ska uppfylla följande krav.',
        ...(content.requirements.length > 0 ? { table: { headers: ['Kravnummer', 'Aspekt', 'Krav'], rows: content.requirements.map((r) => [r.id, ASPECT_LABELS_SV[r.aspect], r.text]) } } : {}),
      },
    ],
  });
}
