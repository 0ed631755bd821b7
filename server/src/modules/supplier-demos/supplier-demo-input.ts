import type { TSupplierDemoInput } from '@domain/supplier-demos.contracts';
import type { TFieldIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { existingNeedIds } from '@server/modules/supplier-demos/supplier-demos.repository';

/** No personnummer in any free text; every linked need must be the organisation's. */
export async function assertSupplierDemoInput(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, input: TSupplierDemoInput): Promise<void> {
  const texts: Record<string, string> = { title: input.title, place: input.place, reflection: input.reflection };
  input.participants.forEach((p, i) => (texts[`participants.${i}.name`] = p.name));
  input.presentations.forEach((p, i) => {
    for (const field of ['supplier', 'product', 'forWhom', 'problemSolved', 'difference'] as const) texts[`presentations.${i}.${field}`] = p[field];
  });
  assertNoPersonalData(texts);
  const found = await existingNeedIds(tx, ctx, input.needIds);
  const issues: TFieldIssue[] = input.needIds.flatMap((id, i) => (found.has(id) ? [] : [{ path: `body.needIds.${i}`, code: 'not_found' }]));
  if (issues.length > 0) throw new AppError('validation_failed', 'A need does not exist in the organisation.', issues);
}

/** The columns of a demo (the needs are stored in a link table). */
export function demoValues(input: TSupplierDemoInput) {
  const { needIds: _needs, ...values } = input;
  return values;
}
