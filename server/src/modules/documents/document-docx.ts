import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import { FORM_LABELS, type InitiativeForm } from '@domain/decisions.contracts';
import type { DocumentKind } from '@domain/gate-facts';
import { buildDocx } from '@server/platform/docx/docx-document';
import { documentTitle } from '@server/modules/documents/present-document';

export type DocumentDocxInput = {
  organizationName: string;
  initiative: { title: string; form: InitiativeForm; ownerName: string };
  kind: DocumentKind;
  fields: Record<string, string>;
  status: 'draft' | 'completed';
  updatedAt: Date;
  updatedBy: string;
};

/** The formal documents that open with a title page of their own, as such documents do on paper. */
const WITH_TITLE_PAGE: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['project_directive', 'assignment_description', 'feasibility_study', 'project_plan', 'final_report']);

/** Whether a document of this kind is written with a title page. */
export const hasTitlePage = (kind: DocumentKind) => WITH_TITLE_PAGE.has(kind);

/**
 * A document as Word: the organisation, the title, a facts table (initiative, form, owner,
 * status) and one heading per field. Risks recorded as lines become a table, one risk per row.
 */
export async function documentDocx(input: DocumentDocxInput): Promise<Buffer> {
  const template = DOCUMENT_TEMPLATES[input.kind];
  const date = input.updatedAt.toISOString().slice(0, 10);
  return buildDocx({
    organizationName: input.organizationName,
    titlePage: hasTitlePage(input.kind),
    title: `${documentTitle(input.kind, input.fields)}: ${input.initiative.title}`,
    subtitle: `${input.status === 'completed' ? 'Färdigställd' : 'Utkast'}, senast ändrad ${date} av ${input.updatedBy}`,
    facts: [
      ['Initiativ', input.initiative.title],
      ['Form', FORM_LABELS[input.initiative.form]],
      ['Ägare', input.initiative.ownerName],
      ['Status', input.status === 'completed' ? 'Färdigställd' : 'Utkast'],
    ],
    sections: template.fields.map((field) => {
      const value = input.fields[field.key] ?? '';
      const lines = value.split('\n').filter((line) => line.trim() !== '');
      if (field.key === 'risks' && lines.length > 0 && lines.every((line) => line.startsWith('• '))) {
        return { heading: field.label, table: { headers: ['Risk'], rows: lines.map((line) => [line.slice(2)]) } };
      }
      return { heading: field.label, text: value };
    }),
  });
}
