import type { TFieldIssue } from '@domain/problem';
import type { TSystemInput } from '@domain/systems.contracts';
import { AppError } from '@server/platform/errors';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { existingInitiativeIds, existingUnitIds } from '@server/modules/systems/systems.repository';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';

/** Refuses personal numbers in the free text of a system before anything is written. */
export function assertSystemTextIsClean(input: TSystemInput): void {
  assertNoPersonalData({ name: input.name, purpose: input.purpose, supplier: input.supplier, supportRoutine: input.supportRoutine });
}

/** Every unit and initiative must belong to the organisation; each one that does not is listed. */
export async function assertSystemReferences(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, input: TSystemInput): Promise<void> {
  const unitIds = await existingUnitIds(tx, ctx, input.unitIds);
  const initiativeIds = await existingInitiativeIds(tx, ctx, input.initiativeLinks.map((link) => link.initiativeId));
  const issues: TFieldIssue[] = [
    ...input.unitIds.flatMap((id, index) => (unitIds.has(id) ? [] : [{ path: `body.unitIds.${index}`, code: 'not_found' }])),
    ...input.initiativeLinks.flatMap((link, index) =>
      initiativeIds.has(link.initiativeId) ? [] : [{ path: `body.initiativeLinks.${index}.initiativeId`, code: 'not_found' }],
    ),
  ];
  if (issues.length > 0) throw new AppError('validation_failed', 'A unit or initiative does not exist in the organisation.', issues);
}

/** The columns of a system from the request (units and initiatives are stored in link tables). */
export function systemValues(input: TSystemInput) {
  const { unitIds: _units, initiativeLinks: _links, ...values } = input;
  return values;
}

/** Unique ids, keeping the first occurrence (a unit chosen twice is stored once). */
export const unique = <T,>(items: readonly T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
