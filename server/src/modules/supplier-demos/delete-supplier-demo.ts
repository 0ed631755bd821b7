import { DELETION_MARKER } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteSupplierDemoRow, findSupplierDemoRow } from '@server/modules/supplier-demos/supplier-demos.repository';
import { eraseTextsFromAudit, stringsIn } from '@server/modules/redaction/redaction.repository';

/**
 * Deletes a supplier demo recorded by mistake (issue 13 item 6; `register:manage`), with its links
 * to needs. Nothing depends on a demo. The audit event keeps who deleted which demo (its id, title
 * and date); the demo's place, reflection, participants and presentations become a marker in its
 * earlier audit events, because the text is gone from the database (ADR 0005).
 */
export async function deleteSupplierDemo(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const row = await findSupplierDemoRow(tx, ctx, id, { lock: true });
    if (!row) throw notFound('supplier demo');
    authorize(ctx, 'register:manage');
    await deleteSupplierDemoRow(tx, ctx, id);
    const participants = (row.participants as { name?: string }[]).map((participant) => participant.name);
    const texts = [row.place, row.reflection, ...participants, ...stringsIn(row.presentations)].filter((text) => text !== row.title);
    await eraseTextsFromAudit(tx, id, texts, DELETION_MARKER);
    await recordAudit(tx, ctx, { action: 'supplier_demo.deleted', entityType: 'supplier_demo', entityId: id, before: { id, title: row.title, heldOn: row.heldOn } });
  });
}
