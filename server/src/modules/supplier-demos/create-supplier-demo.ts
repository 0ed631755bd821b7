import { v7 as uuidv7 } from 'uuid';
import type { TSupplierDemo, TSupplierDemoInput } from '@domain/supplier-demos.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findDemoNeeds, insertSupplierDemoRow, replaceDemoNeeds } from '@server/modules/supplier-demos/supplier-demos.repository';
import { assertSupplierDemoInput, demoValues } from '@server/modules/supplier-demos/supplier-demo-input';
import { presentSupplierDemo } from '@server/modules/supplier-demos/present-supplier-demo';

/** Records a supplier demo session with its presentations, reflection and the needs it might answer. */
export async function createSupplierDemo(ctx: Ctx, input: TSupplierDemoInput): Promise<TSupplierDemo> {
  return inTenant(ctx, async (tx) => {
    await assertSupplierDemoInput(tx, ctx, input);
    const row = await insertSupplierDemoRow(tx, ctx, uuidv7(), demoValues(input));
    await replaceDemoNeeds(tx, ctx, row.id, [...new Set(input.needIds)]);
    const after = presentSupplierDemo(row, await findDemoNeeds(tx, ctx, [row.id]));
    await recordAudit(tx, ctx, { action: 'supplier_demo.created', entityType: 'supplier_demo', entityId: row.id, after });
    return after;
  });
}
