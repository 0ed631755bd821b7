import type { InitiativeRoleKind } from '@domain/gate-facts';
import type { TInitiativeProcess } from '@domain/process.contracts';
import { canManageInitiative } from '@domain/initiative-policy';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { loadForChange } from '@server/modules/initiative-process/initiative-subject';
import { deleteInitiativeRole, findMemberName, insertInitiativeRole } from '@server/modules/initiative-process/initiative-roles.repository';
import { updateInitiativeVersioned } from '@server/modules/initiative-process/initiative-state.repository';
import { readProcess } from '@server/modules/initiative-process/get-process';

/**
 * Names a member of the organisation in a role on the initiative. Who works an initiative decides
 * who may change it, so this is versioned like a stage move (If-Match on the initiative).
 */
export async function namePerson(ctx: Ctx, initiativeId: string, input: { kind: InitiativeRoleKind; userId: string }, expectedVersion: number): Promise<TInitiativeProcess> {
  return inTenant(ctx, async (tx) => {
    const { initiative } = await loadForChange(tx, ctx, initiativeId, canManageInitiative);
    if (initiative.version !== expectedVersion) throw staleVersion();
    const name = await findMemberName(tx, ctx, input.userId);
    if (!name) throw new AppError('validation_failed', 'The person is not a member of your organisation.', [{ path: 'body.userId', code: 'not_member' }]);
    const roleId = await insertInitiativeRole(tx, ctx, initiativeId, input.kind, input.userId);
    if (!roleId) throw new AppError('conflict', 'The person already holds that role on the initiative.');
    if (!(await updateInitiativeVersioned(tx, ctx, initiativeId, expectedVersion, {}))) throw staleVersion();
    await appendInitiativeEvent(tx, ctx, initiativeId, 'role.named', { kind: input.kind, userId: input.userId, name });
    await recordAudit(tx, ctx, { action: 'initiative.role_named', entityType: 'initiative', entityId: initiativeId, after: { roleId, ...input, name } });
    return readProcess(tx, ctx, initiativeId);
  });
}

/** Takes a person off a role on the initiative (If-Match on the initiative). */
export async function removePerson(ctx: Ctx, initiativeId: string, roleId: string, expectedVersion: number): Promise<TInitiativeProcess> {
  return inTenant(ctx, async (tx) => {
    const { initiative, roles } = await loadForChange(tx, ctx, initiativeId, canManageInitiative);
    if (initiative.version !== expectedVersion) throw staleVersion();
    const role = roles.find((candidate) => candidate.id === roleId);
    if (!role) throw notFound('role');
    await deleteInitiativeRole(tx, ctx, initiativeId, roleId);
    if (!(await updateInitiativeVersioned(tx, ctx, initiativeId, expectedVersion, {}))) throw staleVersion();
    await appendInitiativeEvent(tx, ctx, initiativeId, 'role.removed', { kind: role.kind, userId: role.person.id, name: role.person.name });
    await recordAudit(tx, ctx, { action: 'initiative.role_removed', entityType: 'initiative', entityId: initiativeId, before: role });
    return readProcess(tx, ctx, initiativeId);
  });
}
