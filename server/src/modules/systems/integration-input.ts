import type { TFieldIssue } from '@domain/problem';
import type { TIntegrationInput } from '@domain/integrations.contracts';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findSystemRow } from '@server/modules/systems/systems.repository';

/** Both systems must be the organisation's; the information text must hold no personnummer. */
export async function assertIntegrationInput(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, input: TIntegrationInput): Promise<void> {
  assertNoPersonalData({ information: input.information });
  const issues: TFieldIssue[] = [];
  if (!(await findSystemRow(tx, ctx, input.fromSystemId))) issues.push({ path: 'body.fromSystemId', code: 'not_found' });
  if (!(await findSystemRow(tx, ctx, input.toSystemId))) issues.push({ path: 'body.toSystemId', code: 'not_found' });
  if (issues.length > 0) throw new AppError('validation_failed', 'A system does not exist in the organisation.', issues);
}
