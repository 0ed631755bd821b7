import type { TSupplierDemo, TSupplierDemoInput, TSupplierDemoSummary } from '@domain/supplier-demos.contracts';
import type { SupplierDemoRow } from '@server/modules/supplier-demos/supplier-demos.repository';

type LinkedNeed = { id: string; number: number; title: string };

/** One demo with its linked needs. */
export function presentSupplierDemo(row: SupplierDemoRow, needs: LinkedNeed[]): TSupplierDemo {
  return {
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    place: row.place,
    participants: row.participants as TSupplierDemoInput['participants'],
    presentations: row.presentations as TSupplierDemoInput['presentations'],
    reflection: row.reflection,
    needIds: needs.map((need) => need.id),
    needs: needs.map(({ id, number, title }) => ({ id, number, title })),
    version: row.version,
  };
}

/** A row of the demo list: when, where, which suppliers and how many needs it touched. */
export function presentSupplierDemoSummary(row: SupplierDemoRow, needCount: number): TSupplierDemoSummary {
  const presentations = row.presentations as TSupplierDemoInput['presentations'];
  return { id: row.id, title: row.title, heldOn: row.heldOn, place: row.place, suppliers: presentations.map((p) => p.supplier), needCount };
}
