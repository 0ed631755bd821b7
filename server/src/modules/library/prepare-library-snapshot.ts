import { findPersonalNumbers } from '@domain/personal-data';
import { findPersonalDataWarnings } from '@domain/personal-data-warnings';
import { hasMeasuredOutcome, librarySnapshot, snapshotTexts } from '@domain/library';
import type { TLibraryChoices } from '@domain/library.contracts';
import type { TFieldIssue, TPersonalDataWarningIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, PersonalDataWarning } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { loadLibraryFacts, ownOrganizationName } from '@server/modules/library/load-library-facts';
import type { EntryContent } from '@server/modules/library/library.repository';

/**
 * The personal-data guard over everything an entry would share (issue 17: "every free-text field"):
 * a personnummer anywhere refuses with 422 and the path of each text that holds one; what only may
 * be personal data (a name with a room, an address, a diagnosis) answers 422 personal_data_warning
 * unless the request confirmed it. The texts come from the initiative, so the paths name the
 * snapshot's fields (`snapshot.lessons.0.worked`) — the coordinator fixes them there.
 */
function guardSharedText(ctx: Pick<Ctx, 'personalDataConfirmed'>, texts: Record<string, string>): void {
  const numbers: TFieldIssue[] = [];
  const warnings: TPersonalDataWarningIssue[] = [];
  for (const [path, text] of Object.entries(texts)) {
    if (findPersonalNumbers(text).length > 0) numbers.push({ path, code: 'personal_number' });
    for (const warning of findPersonalDataWarnings(text)) warnings.push({ path, reason: warning.reason, text: warning.text });
  }
  if (numbers.length > 0) {
    throw new AppError('unprocessable', 'What would be shared contains a personnummer or samordningsnummer. Remove it from the initiative before publishing.', numbers);
  }
  if (warnings.length > 0 && !ctx.personalDataConfirmed) throw new PersonalDataWarning(warnings);
}

/**
 * Exactly what publishing `initiativeId` with `choices` would share, checked: the initiative is the
 * caller's (404 first), she may manage initiatives (403), the chosen documents are the
 * initiative's (400), and no text holds personal data (422).
 */
export async function prepareLibraryContent(tx: Tx, ctx: Ctx, initiativeId: string, choices: TLibraryChoices): Promise<EntryContent> {
  const facts = await loadLibraryFacts(tx, ctx, initiativeId);
  authorize(ctx, 'initiative:manage');
  const known = new Set(facts.documents.map((d) => d.id));
  const unknown = choices.documentIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw new AppError('validation_failed', 'The document is not one of the initiative’s.', [{ path: `body.documentIds.${unknown}`, code: 'not_found' }]);
  const snapshot = librarySnapshot(facts, choices);
  guardSharedText(ctx, snapshotTexts(snapshot));
  return {
    title: snapshot.title,
    snapshot,
    choices,
    technologies: snapshot.technologies,
    focusAreas: snapshot.focusAreas,
    stage: snapshot.stageReached,
    hasOutcome: hasMeasuredOutcome(snapshot),
    organizationName: await ownOrganizationName(tx, ctx),
  };
}
