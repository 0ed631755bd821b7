import type { TFieldIssue } from '@domain/problem';
import type { TForumInput } from '@domain/meetings.contracts';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { existingMemberIds, forumNameTaken } from '@server/modules/meetings/forums.repository';

/**
 * Checks a forum's input and returns its members without repeats, the chair among them: no
 * personnummer in the texts, every member a member of the organisation, the name not another
 * forum's (409).
 */
export async function checkForumInput(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, input: TForumInput, exceptId?: string): Promise<string[]> {
  assertNoPersonalData({ name: input.name, description: input.description });
  const memberIds = [...new Set(input.chairId ? [...input.memberIds, input.chairId] : input.memberIds)];
  const found = await existingMemberIds(tx, ctx, memberIds);
  const issues: TFieldIssue[] = input.memberIds.flatMap((id, i) => (found.has(id) ? [] : [{ path: `body.memberIds.${i}`, code: 'not_found' }]));
  if (input.chairId && !found.has(input.chairId)) issues.push({ path: 'body.chairId', code: 'not_found' });
  if (issues.length > 0) throw new AppError('validation_failed', 'A member is not a member of the organisation.', issues);
  if (await forumNameTaken(tx, ctx, input.name, exceptId)) throw new AppError('conflict', 'Another forum already has this name.');
  return memberIds;
}
