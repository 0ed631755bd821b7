import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type { TChecklistItem } from '@domain/process.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeChecklistItems } from '@server/modules/initiative-process/process.tables';
import { ensureChecklistTemplates, findTemplateItems } from '@server/modules/initiative-process/checklist-templates.repository';

type Scope = Pick<Ctx, 'organizationId'>;
export type ChecklistRow = typeof initiativeChecklistItems.$inferSelect;

/**
 * Gives a new initiative its own checklist for all six stages, copied from the organisation's
 * templates for its form; later template edits do not change running initiatives.
 */
export async function copyChecklistToInitiative(tx: Tx, ctx: Scope, initiativeId: string, form: InitiativeForm): Promise<void> {
  await ensureChecklistTemplates(tx, ctx);
  const templates = await findTemplateItems(tx, ctx, form);
  if (templates.length === 0) return;
  await tx.insert(initiativeChecklistItems).values(
    templates.map((template, index) => ({ organizationId: ctx.organizationId, id: uuidv7(), initiativeId, stage: template.stage, text: template.text, position: index })),
  );
}

/** The same for many new initiatives at once: the templates are read once per form, the items written in large statements. */
export async function copyChecklistToInitiatives(tx: Tx, ctx: Scope, targets: ReadonlyArray<{ initiativeId: string; form: InitiativeForm }>): Promise<void> {
  if (targets.length === 0) return;
  await ensureChecklistTemplates(tx, ctx);
  const templatesByForm = new Map<InitiativeForm, Awaited<ReturnType<typeof findTemplateItems>>>();
  for (const form of new Set(targets.map((target) => target.form))) templatesByForm.set(form, await findTemplateItems(tx, ctx, form));
  const rows = targets.flatMap(({ initiativeId, form }) =>
    templatesByForm.get(form)!.map((template, index) => ({ organizationId: ctx.organizationId, id: uuidv7(), initiativeId, stage: template.stage, text: template.text, position: index })),
  );
  const CHUNK = 2000;
  for (let start = 0; start < rows.length; start += CHUNK) await tx.insert(initiativeChecklistItems).values(rows.slice(start, start + CHUNK));
}

export async function findChecklist(tx: Tx, ctx: Scope, initiativeId: string): Promise<ChecklistRow[]> {
  return tx
    .select()
    .from(initiativeChecklistItems)
    .where(and(eq(initiativeChecklistItems.organizationId, ctx.organizationId), eq(initiativeChecklistItems.initiativeId, initiativeId)))
    .orderBy(asc(initiativeChecklistItems.stage), asc(initiativeChecklistItems.position));
}

export async function findChecklistItem(tx: Tx, ctx: Scope, initiativeId: string, id: string): Promise<ChecklistRow | undefined> {
  const [row] = await tx
    .select()
    .from(initiativeChecklistItems)
    .where(and(eq(initiativeChecklistItems.organizationId, ctx.organizationId), eq(initiativeChecklistItems.initiativeId, initiativeId), eq(initiativeChecklistItems.id, id)))
    .for('update');
  return row;
}

export async function setChecklistItemDone(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, id: string, done: boolean): Promise<ChecklistRow> {
  const [row] = await tx
    .update(initiativeChecklistItems)
    .set(done ? { done, doneBy: ctx.actor.id, doneByName: ctx.actor.name, doneAt: new Date() } : { done, doneBy: null, doneByName: null, doneAt: null })
    .where(and(eq(initiativeChecklistItems.organizationId, ctx.organizationId), eq(initiativeChecklistItems.id, id)))
    .returning();
  return row!;
}

export function presentChecklistItem(row: ChecklistRow): TChecklistItem {
  return {
    id: row.id,
    stage: row.stage,
    text: row.text,
    position: row.position,
    done: row.done,
    doneBy: row.doneBy ? { id: row.doneBy, name: row.doneByName ?? '' } : null,
    doneAt: row.doneAt?.toISOString() ?? null,
  };
}
