import type { TPilotInputParsed } from '@domain/pilots.contracts';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findUnitRow } from '@server/modules/organizations/units.repository';

/**
 * No personnummer in any free text (a pilot with brukare invites names and numbers), and the unit,
 * when one is chosen, must be the organisation's own.
 */
export async function assertPilotInput(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, input: TPilotInputParsed): Promise<void> {
  const texts: Record<string, string> = { title: input.title, environment: input.environment, whatIsTested: input.whatIsTested, results: input.results };
  input.partners.forEach((partner, i) => (texts[`partners.${i}.name`] = partner.name));
  assertNoPersonalData(texts);
  if (input.unitId && !(await findUnitRow(tx, ctx, input.unitId))) {
    throw new AppError('validation_failed', 'The unit does not exist in the organisation.', [{ path: 'body.unitId', code: 'not_found' }]);
  }
}
