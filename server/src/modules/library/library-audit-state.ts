import type { TLibraryChoices } from '@domain/library.contracts';
import type { LibraryEntryRow } from '@server/modules/library/library.repository';

/** What the audit log keeps of an entry: its title and what was chosen to be shared, not the texts. */
export function libraryAuditState(row: LibraryEntryRow) {
  const choices = row.choices as TLibraryChoices;
  return {
    title: row.title,
    initiativeId: row.initiativeId,
    includeCalculation: choices.includeCalculation,
    includeBenefits: choices.includeBenefits,
    includeLessons: choices.includeLessons,
    documentCount: choices.documentIds.length,
    withContact: choices.contact !== null,
  };
}
