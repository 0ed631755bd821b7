import type { TSupplierDemo, TSupplierDemoInput } from '@domain/supplier-demos.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findDemoNeeds, findSupplierDemoRow, replaceDemoNeeds, updateSupplierDemoRow } from '@server/modules/supplier-demos/supplier-demos.repository';
import { assertSupplierDemoInput, demoValues } from '@server/modules/supplier-demos/supplier-demo-input';
import { presentSupplierDemo } from '@server/modules/supplier-demos/present-supplier-demo';

/** Saves a demo (e.g. the reflection afterwards) if nobody saved since the user read it (If-Match). */
export async function updateSupplierDemo(ctx: Ctx, id: string, input: TSupplierDemoInput, expected: number): Promise<TSupplierDemo> {
  return inTenant(ctx, async (tx) => {
    const current = await findSupplierDemoRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('supplier demo');
    if (current.version !== expected) throw staleVersion();
    await assertSupplierDemoInput(tx, ctx, input);
    const before = presentSupplierDemo(current, await findDemoNeeds(tx, ctx, [id]));
    const row = await updateSupplierDemoRow(tx, ctx, id, expected, demoValues(input));
    if (!row) throw staleVersion();
    await replaceDemoNeeds(tx, ctx, id, [...new Set(input.needIds)]);
    const after = presentSupplierDemo(row, await findDemoNeeds(tx, ctx, [id]));
    await recordAudit(tx, ctx, { action: 'supplier_demo.updated', entityType: 'supplier_demo', entityId: id, before, after });
    return after;
  });
}
