import { and, eq, sql } from 'drizzle-orm';
import { EMAIL_KINDS, type EmailKind, type TEmailPreference } from '@domain/email.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { emailPreferences } from '@server/modules/email/email.tables';

type Scope = Pick<Ctx, 'organizationId' | 'actor'>;

/** Every kind with the current user's choice in this organisation; a kind without a row is on. */
export async function findMyEmailPreferences(tx: Tx, ctx: Scope): Promise<TEmailPreference[]> {
  const rows = await tx
    .select({ kind: emailPreferences.kind, enabled: emailPreferences.enabled })
    .from(emailPreferences)
    .where(and(eq(emailPreferences.organizationId, ctx.organizationId), eq(emailPreferences.userId, ctx.actor.id)));
  const chosen = new Map(rows.map((row) => [row.kind, row.enabled]));
  return EMAIL_KINDS.map((kind) => ({ kind, enabled: chosen.get(kind) ?? true }));
}

/** Saves the current user's choice for each given kind (insert or update). */
export async function saveMyEmailPreferences(tx: Tx, ctx: Scope, items: readonly { kind: EmailKind; enabled: boolean }[]): Promise<void> {
  if (items.length === 0) return;
  await tx
    .insert(emailPreferences)
    .values(items.map((item) => ({ organizationId: ctx.organizationId, userId: ctx.actor.id, kind: item.kind, enabled: item.enabled })))
    .onConflictDoUpdate({
      target: [emailPreferences.organizationId, emailPreferences.userId, emailPreferences.kind],
      set: { enabled: sql`excluded.enabled`, updatedAt: sql`now()` },
    });
}
