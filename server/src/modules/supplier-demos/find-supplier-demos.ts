import type { TSupplierDemo, TSupplierDemoSummary } from '@domain/supplier-demos.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findDemoNeeds, findSupplierDemoRow, findSupplierDemoRows } from '@server/modules/supplier-demos/supplier-demos.repository';
import { presentSupplierDemo, presentSupplierDemoSummary } from '@server/modules/supplier-demos/present-supplier-demo';

/** The demos, newest first; with `needId`, the demos that touched that need (shown on the need page). */
export async function findSupplierDemos(ctx: Ctx, options: { needId?: string }): Promise<TSupplierDemoSummary[]> {
  return inTenantRead(ctx, async (tx) => {
    const rows = await findSupplierDemoRows(tx, ctx, options);
    const links = await findDemoNeeds(tx, ctx, rows.map((row) => row.id));
    return rows.map((row) => presentSupplierDemoSummary(row, links.filter((link) => link.demoId === row.id).length));
  });
}

/** One demo (404 for another organisation's). */
export async function getSupplierDemo(ctx: Ctx, id: string): Promise<TSupplierDemo> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findSupplierDemoRow(tx, ctx, id);
    if (!row) throw notFound('supplier demo');
    return presentSupplierDemo(row, (await findDemoNeeds(tx, ctx, [id])).map(({ demoId: _demo, ...need }) => need));
  });
}
