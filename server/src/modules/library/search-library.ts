import type { TLibraryPage, TLibrarySearchQuery } from '@domain/library.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findFilterChoices, searchEntries } from '@server/modules/library/library.repository';

/** Every member searches the whole installation's published entries (with the publisher's name). */
export async function searchLibrary(ctx: Ctx, query: TLibrarySearchQuery): Promise<TLibraryPage> {
  authorize(ctx, 'initiative:read');
  return inTenantRead(ctx, (tx) => searchEntries(tx, ctx, query));
}

/** The technologies and focus areas the filters offer. */
export async function findLibraryFilters(ctx: Ctx): Promise<{ technologies: string[]; focusAreas: string[] }> {
  authorize(ctx, 'initiative:read');
  return inTenantRead(ctx, (tx) => findFilterChoices(tx));
}
