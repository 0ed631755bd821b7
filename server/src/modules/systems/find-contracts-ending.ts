import { contractsEndingWithin } from '@domain/contract-dates';
import { todayInSweden } from '@domain/decisions.contracts';
import type { TContractEnding } from '@domain/systems.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findSystemRows } from '@server/modules/systems/systems.repository';

/** The system contracts that end within `months` months from today (Swedish date), with notice dates. */
export async function findContractsEnding(ctx: Ctx, months: number, today = todayInSweden()): Promise<TContractEnding[]> {
  const rows = await inTenantRead(ctx, (tx) => findSystemRows(tx, ctx));
  return contractsEndingWithin(rows, today, months).map((row) => ({
    id: row.id,
    name: row.name,
    supplier: row.supplier,
    contractEnd: row.contractEnd,
    noticeMonths: row.noticeMonths,
    noticeDate: row.noticeDate,
  }));
}
