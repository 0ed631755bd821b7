import { SIMILAR_NEEDS_LIMIT, SIMILAR_NEEDS_MIN_SCORE, type TSimilarNeedsQuery, type TSimilarNeeds } from '@domain/similar-needs.contracts';
import type { NeedStatus } from '@domain/needs.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { readSimilarNeeds } from '@server/modules/needs/similar-needs.repository';

/**
 * While someone writes a need: the organisation's needs that look like it, so they can support one
 * instead of submitting a duplicate. Nothing is asked until at least one word is written; read-only,
 * so not audited (the text is not stored anywhere).
 */
export async function findSimilarNeeds(ctx: Ctx, query: TSimilarNeedsQuery): Promise<TSimilarNeeds> {
  authorize(ctx, 'need:read');
  if (query.title.length + query.text.length < 3) return { items: [] };
  const rows = await inTenantRead(ctx, (tx) =>
    readSimilarNeeds(tx, ctx, { title: query.title, text: query.text, exclude: query.exclude ?? null, minScore: SIMILAR_NEEDS_MIN_SCORE, limit: SIMILAR_NEEDS_LIMIT }),
  );
  return { items: rows.map((row) => ({ ...row, status: row.status as NeedStatus })) };
}
