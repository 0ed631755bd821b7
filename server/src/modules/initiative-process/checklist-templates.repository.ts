import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { InitiativeForm } from '@domain/decisions.contracts';
import { DEFAULT_CHECKLISTS } from '@domain/checklist-defaults';
import { INITIATIVE_FORMS } from '@domain/decisions.contracts';
import { STAGES } from '@domain/process';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { checklistTemplateItems } from '@server/modules/initiative-process/process.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type TemplateRow = typeof checklistTemplateItems.$inferSelect;

/**
 * Copies the default checklists into the organisation the first time it needs them. Any row,
 * removed or not, means it has its own templates already. An advisory lock per organisation keeps
 * two first requests from both copying.
 */
export async function ensureChecklistTemplates(tx: Tx, ctx: Scope): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`checklist-templates:${ctx.organizationId}`}))`);
  const [existing] = await tx.select({ id: checklistTemplateItems.id }).from(checklistTemplateItems).where(eq(checklistTemplateItems.organizationId, ctx.organizationId)).limit(1);
  if (existing) return;
  const rows = INITIATIVE_FORMS.flatMap((form) =>
    STAGES.flatMap((stage) => DEFAULT_CHECKLISTS[form][stage].map((text, position) => ({ organizationId: ctx.organizationId, id: uuidv7(), form, stage, text, position }))),
  );
  await tx.insert(checklistTemplateItems).values(rows);
}

/** The organisation's current (not removed) template items of a form, by stage and position. */
export async function findTemplateItems(tx: Tx, ctx: Scope, form: InitiativeForm): Promise<TemplateRow[]> {
  return tx
    .select()
    .from(checklistTemplateItems)
    .where(and(eq(checklistTemplateItems.organizationId, ctx.organizationId), eq(checklistTemplateItems.form, form), isNull(checklistTemplateItems.removedAt)))
    .orderBy(asc(checklistTemplateItems.stage), asc(checklistTemplateItems.position), asc(checklistTemplateItems.id));
}

export async function findTemplateItem(tx: Tx, ctx: Scope, id: string): Promise<TemplateRow | undefined> {
  const [row] = await tx
    .select()
    .from(checklistTemplateItems)
    .where(and(eq(checklistTemplateItems.organizationId, ctx.organizationId), eq(checklistTemplateItems.id, id), isNull(checklistTemplateItems.removedAt)))
    .for('update');
  return row;
}

export async function insertTemplateItem(tx: Tx, ctx: Scope, input: { form: InitiativeForm; stage: number; text: string }): Promise<TemplateRow> {
  const siblings = (await findTemplateItems(tx, ctx, input.form)).filter((row) => row.stage === input.stage);
  const position = siblings.length === 0 ? 0 : Math.max(...siblings.map((row) => row.position)) + 1;
  const [row] = await tx.insert(checklistTemplateItems).values({ organizationId: ctx.organizationId, id: uuidv7(), ...input, position }).returning();
  return row!;
}

/** Versioned write: undefined when someone else changed the item first. */
export async function updateTemplateItem(
  tx: Tx,
  ctx: Scope,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<TemplateRow, 'text' | 'position' | 'removedAt'>>,
): Promise<TemplateRow | undefined> {
  const [row] = await tx
    .update(checklistTemplateItems)
    .set({ ...changes, version: sql`${checklistTemplateItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(checklistTemplateItems.organizationId, ctx.organizationId), eq(checklistTemplateItems.id, id), eq(checklistTemplateItems.version, expectedVersion)))
    .returning();
  return row;
}

/** Sets a position without the version check (the neighbour an item swaps with). */
export async function setTemplatePosition(tx: Tx, ctx: Scope, id: string, position: number): Promise<void> {
  await tx
    .update(checklistTemplateItems)
    .set({ position, version: sql`${checklistTemplateItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(checklistTemplateItems.organizationId, ctx.organizationId), eq(checklistTemplateItems.id, id)));
}
