import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { readNeedView, type NeedView } from '@server/modules/needs/needs.repository';

/**
 * One need with its names, counts and assessment summary, in a single query. A need of another
 * organisation is simply not found (404), never forbidden.
 */
export async function getNeed(ctx: Ctx, id: string): Promise<NeedView> {
  const view = await readNeedView(ctx, id);
  if (!view) throw notFound('need');
  authorize(ctx, 'need:read');
  return view;
}
