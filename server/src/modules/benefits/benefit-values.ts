import type { TBenefitInputParsed } from '@domain/benefits.contracts';
import { parseSvNumber } from '@domain/sv-number';
import { AppError } from '@server/platform/errors';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { isMember, type BenefitValues } from '@server/modules/benefits/benefits.repository';

const canonical = (text: string | null) => {
  if (text === null || text.trim() === '') return null;
  const parsed = parseSvNumber(text);
  if (!parsed.ok) throw new AppError('validation_failed', 'Not a number.');
  return parsed.value;
};

/**
 * The columns of a benefit from a validated form: numbers in canonical form, qualitative benefits
 * without indicator fields, free text checked for personnummer, and an owner who is a member.
 */
export async function benefitValuesOf(tx: Tx, ctx: Ctx, input: TBenefitInputParsed): Promise<BenefitValues> {
  assertNoPersonalData({ description: input.description, indicator: input.indicator });
  if (!(await isMember(tx, ctx, input.ownerId))) {
    throw new AppError('validation_failed', 'The owner must be a member of the organisation.', [{ path: 'body.ownerId', code: 'unknown_member' }]);
  }
  const quantitative = input.kind === 'quantitative';
  return {
    description: input.description,
    level: input.level,
    beneficiaries: [...new Set(input.beneficiaries)],
    kind: input.kind,
    indicator: quantitative ? input.indicator : null,
    unit: quantitative ? input.unit : null,
    baselineValue: quantitative ? canonical(input.baselineValue) : null,
    baselineDate: input.baselineDate,
    targetValue: quantitative ? canonical(input.targetValue) : null,
    targetDate: input.targetDate,
    direction: quantitative ? input.direction : null,
    method: input.method,
    frequency: input.frequency,
    ownerId: input.ownerId,
  };
}
