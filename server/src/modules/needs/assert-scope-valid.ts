import { needScopeIssues } from '@domain/need-scope';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { findScopeIssues } from '@server/modules/needs/needs.repository';

/**
 * Refuses (422, nothing saved) a scope naming a focus area or unit the organisation lacks (another
 * organisation's included) or has archived, or "Alla" together with named units.
 */
export async function assertScopeValid(tx: Tx, ctx: Ctx, scope: { focusAreaIds?: readonly string[]; unitIds?: readonly string[]; allUnits?: boolean }): Promise<void> {
  const issues = [...needScopeIssues(scope).map(({ path, code }) => ({ path, code })), ...(await findScopeIssues(tx, ctx, scope))];
  if (issues.length > 0) throw new AppError('unprocessable', 'A focus area or unit is not one of your organisation\'s, or "Alla" was chosen together with named units.', issues);
}
