import type { InitiativeForm } from '@domain/decisions.contracts';
import type { TChecklistTemplateItem } from '@domain/process.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import {
  ensureChecklistTemplates,
  findTemplateItem,
  findTemplateItems,
  insertTemplateItem,
  setTemplatePosition,
  updateTemplateItem,
  type TemplateRow,
} from '@server/modules/initiative-process/checklist-templates.repository';

/**
 * The organisation's checklist templates, which new initiatives copy. Only the organisation's
 * administrator (organization:manage) reads and changes them here; running initiatives keep the
 * checklist they were given. An item is looked up before the permission is checked, so another
 * organisation's item answers 404 to everyone, as elsewhere, and a 403 never confirms it exists.
 */

const present = (row: TemplateRow): TChecklistTemplateItem => ({
  id: row.id,
  form: row.form as InitiativeForm,
  stage: row.stage,
  text: row.text,
  position: row.position,
  version: row.version,
});

const audited = (row: TemplateRow) => ({ form: row.form, stage: row.stage, text: row.text, position: row.position });

export async function findChecklistTemplates(ctx: Ctx, form: InitiativeForm): Promise<{ items: TChecklistTemplateItem[] }> {
  authorize(ctx, 'organization:manage');
  return inTenant(ctx, async (tx) => {
    await ensureChecklistTemplates(tx, ctx);
    return { items: (await findTemplateItems(tx, ctx, form)).map(present) };
  });
}

export async function addChecklistTemplateItem(ctx: Ctx, input: { form: InitiativeForm; stage: number; text: string }): Promise<TChecklistTemplateItem> {
  authorize(ctx, 'organization:manage');
  assertNoPersonalData({ text: input.text });
  return inTenant(ctx, async (tx) => {
    await ensureChecklistTemplates(tx, ctx);
    const row = await insertTemplateItem(tx, ctx, input);
    await recordAudit(tx, ctx, { action: 'checklist_template.added', entityType: 'checklist_template_item', entityId: row.id, after: audited(row) });
    return present(row);
  });
}

export async function editChecklistTemplateItem(ctx: Ctx, id: string, text: string, expectedVersion: number): Promise<TChecklistTemplateItem> {
  assertNoPersonalData({ text });
  return inTenant(ctx, async (tx) => {
    const row = await findTemplateItem(tx, ctx, id);
    if (!row) throw notFound('checklist item');
    authorize(ctx, 'organization:manage');
    const updated = await updateTemplateItem(tx, ctx, id, expectedVersion, { text });
    if (!updated) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'checklist_template.edited', entityType: 'checklist_template_item', entityId: id, before: audited(row), after: audited(updated) });
    return present(updated);
  });
}

export async function removeChecklistTemplateItem(ctx: Ctx, id: string, expectedVersion: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const row = await findTemplateItem(tx, ctx, id);
    if (!row) throw notFound('checklist item');
    authorize(ctx, 'organization:manage');
    const updated = await updateTemplateItem(tx, ctx, id, expectedVersion, { removedAt: new Date() });
    if (!updated) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'checklist_template.removed', entityType: 'checklist_template_item', entityId: id, before: audited(row) });
  });
}

/** Moves an item one place up or down within its stage by swapping with its neighbour; at the edge nothing changes. */
export async function moveChecklistTemplateItem(ctx: Ctx, id: string, direction: 'up' | 'down', expectedVersion: number): Promise<{ items: TChecklistTemplateItem[] }> {
  return inTenant(ctx, async (tx) => {
    const row = await findTemplateItem(tx, ctx, id);
    if (!row) throw notFound('checklist item');
    authorize(ctx, 'organization:manage');
    if (row.version !== expectedVersion) throw staleVersion();
    const form = row.form as InitiativeForm;
    const siblings = (await findTemplateItems(tx, ctx, form)).filter((item) => item.stage === row.stage);
    const index = siblings.findIndex((item) => item.id === id);
    const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
    if (neighbour) {
      // Renumber the stage first so positions are distinct, then swap the two.
      const order = siblings.map((item) => item.id);
      [order[index], order[siblings.indexOf(neighbour)]] = [neighbour.id, id];
      for (const [position, itemId] of order.entries()) await setTemplatePosition(tx, ctx, itemId, position);
      await recordAudit(tx, ctx, { action: 'checklist_template.moved', entityType: 'checklist_template_item', entityId: id, before: { position: index }, after: { position: siblings.indexOf(neighbour), direction } });
    }
    return { items: (await findTemplateItems(tx, ctx, form)).map(present) };
  });
}
