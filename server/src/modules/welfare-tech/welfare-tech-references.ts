import type { TFieldIssue } from '@domain/problem';
import type { TWelfareTechInput } from '@domain/welfare-tech.contracts';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { initiativeExists, systemExists } from '@server/modules/welfare-tech/welfare-tech.repository';

/** Free text must hold no personnummer; the linked system and initiative must be the organisation's. */
export async function assertWelfareTechInput(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, input: TWelfareTechInput): Promise<void> {
  assertNoPersonalData({ technology: input.technology, product: input.product, supplier: input.supplier, placement: input.placement });
  const issues: TFieldIssue[] = [];
  if (input.systemId && !(await systemExists(tx, ctx, input.systemId))) issues.push({ path: 'body.systemId', code: 'not_found' });
  if (input.initiativeId && !(await initiativeExists(tx, ctx, input.initiativeId))) issues.push({ path: 'body.initiativeId', code: 'not_found' });
  if (issues.length > 0) throw new AppError('validation_failed', 'The linked system or initiative does not exist in the organisation.', issues);
}
