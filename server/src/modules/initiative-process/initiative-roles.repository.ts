import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { InitiativeRoleKind } from '@domain/gate-facts';
import type { TInitiativeRole } from '@domain/process.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeRoles } from '@server/modules/initiative-process/process.tables';
import { memberships, users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** The people named on an initiative, with their names, in the order they were named. */
export async function findInitiativeRoles(tx: Tx, ctx: Scope, initiativeId: string): Promise<TInitiativeRole[]> {
  const rows = await tx
    .select({ id: initiativeRoles.id, kind: initiativeRoles.kind, userId: initiativeRoles.userId, name: users.name })
    .from(initiativeRoles)
    .innerJoin(users, eq(users.id, initiativeRoles.userId))
    .where(and(eq(initiativeRoles.organizationId, ctx.organizationId), eq(initiativeRoles.initiativeId, initiativeId)))
    .orderBy(asc(initiativeRoles.createdAt), asc(initiativeRoles.id));
  return rows.map((row) => ({ id: row.id, kind: row.kind as InitiativeRoleKind, person: { id: row.userId, name: row.name } }));
}

/** Names a person; false when the person already holds that role on the initiative. */
export async function insertInitiativeRole(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, initiativeId: string, kind: InitiativeRoleKind, userId: string): Promise<string | null> {
  const id = uuidv7();
  const rows = await tx
    .insert(initiativeRoles)
    .values({ organizationId: ctx.organizationId, id, initiativeId, kind, userId, createdBy: ctx.actor.id })
    .onConflictDoNothing()
    .returning({ id: initiativeRoles.id });
  return rows[0]?.id ?? null;
}

export async function deleteInitiativeRole(tx: Tx, ctx: Scope, initiativeId: string, id: string): Promise<{ kind: string; userId: string } | undefined> {
  const [row] = await tx
    .delete(initiativeRoles)
    .where(and(eq(initiativeRoles.organizationId, ctx.organizationId), eq(initiativeRoles.initiativeId, initiativeId), eq(initiativeRoles.id, id)))
    .returning({ kind: initiativeRoles.kind, userId: initiativeRoles.userId });
  return row;
}

/** The name of an active member of the organisation, or undefined when the user is not one (a turned-off membership or account cannot be named). */
export async function findMemberName(tx: Tx, ctx: Scope, userId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId), eq(memberships.isDisabled, false), eq(users.isDisabled, false)));
  return row?.name;
}
