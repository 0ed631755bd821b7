import { v7 as uuidv7 } from 'uuid';
import { needFromLibraryEntry } from '@domain/library';
import type { TLibrarySnapshot } from '@domain/library.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { insertNeed, nextNeedNumber } from '@server/modules/needs/needs.repository';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import { findReadableEntry, insertCopy } from '@server/modules/library/library.repository';

/**
 * "Kopiera som behov": a published entry becomes a need of the caller's own organisation, with
 * the entry's title, problem and expected benefit and where it came from (`library_entry_id`, and a
 * copy row the publisher's reuse count counts). Copies nothing else: no people, no documents, no
 * figures, nothing that was not published — and writes nothing in the publisher's organisation.
 */
export async function copyLibraryEntryAsNeed(ctx: Ctx, id: string): Promise<{ needId: string; number: number }> {
  return inTenant(ctx, async (tx) => {
    const entry = await findReadableEntry(tx, ctx, id);
    if (!entry || entry.status !== 'published') throw notFound('library entry');
    authorize(ctx, 'need:submit');
    const text = needFromLibraryEntry(entry.snapshot as TLibrarySnapshot, entry.organizationName);
    const row = await insertNeed(tx, ctx, {
      id: uuidv7(),
      number: await nextNeedNumber(tx, ctx),
      ...text,
      affectedGroups: ['staff'],
      allUnits: true,
      costEstimate: null,
      submittedBy: ctx.actor.id,
      status: 'submitted',
      libraryEntryId: entry.id,
    });
    await insertCopy(tx, ctx, { id: uuidv7(), libraryEntryId: entry.id, entryTitle: entry.title, needId: row.id });
    await recordAudit(tx, ctx, { action: 'need.submitted', entityType: 'need', entityId: row.id, after: { ...needAuditState(row), fromLibraryEntry: entry.title } });
    await recordAudit(tx, ctx, { action: 'library_entry.copied', entityType: 'need', entityId: row.id, after: { entryTitle: entry.title, organizationName: entry.organizationName, needNumber: row.number } });
    return { needId: row.id, number: row.number };
  });
}
