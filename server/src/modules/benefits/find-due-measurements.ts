import { todayInSweden } from '@domain/decisions.contracts';
import type { TDueMeasurement } from '@domain/benefits.contracts';
import { nextMeasurementDue, type MeasurementFrequency } from '@domain/benefit-status';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAllBenefits, findLatestMeasurements } from '@server/modules/benefits/benefits.repository';
import { findInitiativeTitles } from '@server/modules/benefits/initiative-titles';

/** Benefits whose next measurement is due today or earlier, earliest first. */
export async function dueMeasurementsIn(tx: Tx, ctx: Ctx, today: string): Promise<TDueMeasurement[]> {
  const rows = await findAllBenefits(tx, ctx);
  const latest = await findLatestMeasurements(tx, ctx);
  const titles = await findInitiativeTitles(tx, ctx);
  const due: TDueMeasurement[] = [];
  for (const row of rows) {
    const last = latest.get(row.id)?.measuredOn ?? null;
    const dueOn = nextMeasurementDue({
      frequency: row.frequency as MeasurementFrequency,
      lastMeasuredOn: last,
      startedOn: row.baselineDate ?? row.createdAt.toISOString().slice(0, 10),
      decided: row.decision !== null,
    });
    if (dueOn === null || dueOn > today) continue;
    due.push({ benefitId: row.id, initiativeId: row.initiativeId, initiativeTitle: titles.get(row.initiativeId)?.title ?? '', description: row.description, owner: { id: row.ownerId, name: row.ownerName }, lastMeasuredOn: last, dueOn });
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.description.localeCompare(b.description, 'sv'));
}

/** The "Att mäta" list: due measurements, all of them or only the caller's own. */
export async function findDueMeasurements(ctx: Ctx, options: { mine: boolean }): Promise<{ items: TDueMeasurement[] }> {
  return inTenantRead(ctx, async (tx) => {
    const due = await dueMeasurementsIn(tx, ctx, todayInSweden());
    return { items: options.mine ? due.filter((d) => d.owner.id === ctx.actor.id) : due };
  });
}
