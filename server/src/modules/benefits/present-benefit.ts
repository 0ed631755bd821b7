import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import type { BenefitDirection, BenefitKind, BenefitLevel, BenefitUnit, Beneficiary, MeasurementMethod } from '@domain/benefit-catalogue';
import { benefitStatus, nextMeasurementDue, type MeasurementFrequency } from '@domain/benefit-status';
import type { BenefitWithOwner, MeasurementRow } from '@server/modules/benefits/benefits.repository';

type Latest = { measuredOn: string; value: string | null } | undefined;
const num = (text: string | null) => (text === null ? null : Number(text));

/** A benefit as the API shows it, its status derived from the measurements (see domain/benefit-status). */
export function presentBenefit(row: BenefitWithOwner, measurements: { measuredOn: string; value: string | null }[], today: string): TBenefit {
  const latest: Latest = measurements.reduce<Latest>((last, m) => (!last || m.measuredOn >= last.measuredOn ? m : last), undefined);
  const decision = row.decision as TBenefit['decision'];
  const kind = row.kind as BenefitKind;
  const direction = row.direction as BenefitDirection | null;
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    description: row.description,
    level: row.level as BenefitLevel,
    beneficiaries: row.beneficiaries as Beneficiary[],
    kind,
    indicator: row.indicator,
    unit: row.unit as BenefitUnit | null,
    baselineValue: row.baselineValue,
    baselineDate: row.baselineDate,
    targetValue: row.targetValue,
    targetDate: row.targetDate,
    direction,
    method: row.method as MeasurementMethod,
    frequency: row.frequency as MeasurementFrequency,
    owner: { id: row.ownerId, name: row.ownerName },
    decision,
    decisionNote: row.decisionNote,
    status: benefitStatus(
      { kind, direction, baselineValue: num(row.baselineValue), baselineDate: row.baselineDate, targetValue: num(row.targetValue), targetDate: row.targetDate, decision },
      measurements.map((m) => ({ measuredOn: m.measuredOn, value: num(m.value) })),
      today,
    ),
    latestValue: latest?.value ?? null,
    lastMeasuredOn: latest?.measuredOn ?? null,
    nextDueOn: nextMeasurementDue({
      frequency: row.frequency as MeasurementFrequency,
      lastMeasuredOn: latest?.measuredOn ?? null,
      startedOn: row.baselineDate ?? row.createdAt.toISOString().slice(0, 10),
      decided: decision !== null,
    }),
    version: row.version,
  };
}

export function presentMeasurement(row: MeasurementRow): TMeasurement {
  return {
    id: row.id,
    benefitId: row.benefitId,
    measuredOn: row.measuredOn,
    value: row.value,
    comment: row.comment,
    recordedBy: { id: row.recordedBy, name: row.recordedByName },
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a benefit (no derived fields). */
export function benefitAuditState(row: BenefitWithOwner | undefined) {
  if (!row) return null;
  const { ownerName: _name, createdAt: _c, updatedAt: _u, organizationId: _o, ...state } = row;
  return state;
}
