import type { TLibraryPreview, TLibraryPublishRequest } from '@domain/library.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { prepareLibraryContent } from '@server/modules/library/prepare-library-snapshot';

/** The preview before publishing: exactly the snapshot `publishLibraryEntry` would store. Writes nothing. */
export async function previewLibraryEntry(ctx: Ctx, input: TLibraryPublishRequest): Promise<TLibraryPreview> {
  const { initiativeId, ...choices } = input;
  return inTenantRead(ctx, async (tx) => {
    const content = await prepareLibraryContent(tx, ctx, initiativeId, choices);
    return { organizationName: content.organizationName, snapshot: content.snapshot };
  });
}
