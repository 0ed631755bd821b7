import { DELETION_MARKER } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findSystemRow } from '@server/modules/systems/systems.repository';
import { deleteSystemRow, systemDependants } from '@server/modules/systems/system-deletion.repository';
import { eraseTextsFromAudit } from '@server/modules/redaction/redaction.repository';

/**
 * Deletes a system from the list (issue 13 item 6; `register:manage`). A system that integrations,
 * welfare technology rows or initiatives point at answers 409 naming them (remove those first).
 * The audit event keeps the system's id and name; its purpose, supplier, support routine and the
 * names of owner and administrator become a marker in its earlier audit events (ADR 0005).
 */
export async function deleteSystem(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const row = await findSystemRow(tx, ctx, id, { lock: true });
    if (!row) throw notFound('system');
    authorize(ctx, 'register:manage');
    const dependants = await systemDependants(tx, ctx, id);
    if (dependants.length > 0) throw new AppError('conflict', 'Other records depend on this system; it cannot be deleted.', dependants);
    await deleteSystemRow(tx, ctx, id);
    const texts = [row.purpose, row.supplier, row.supportRoutine, row.ownerName, row.administratorName].filter((text) => text !== row.name);
    await eraseTextsFromAudit(tx, id, texts, DELETION_MARKER);
    await recordAudit(tx, ctx, { action: 'system.deleted', entityType: 'system', entityId: id, before: { id, name: row.name } });
  });
}
