import { EDITABLE_INITIATIVE_FIELDS, type TInitiative, type TUpdateInitiativeRequest } from '@domain/decisions.contracts';
import { canManageInitiative } from '@domain/initiative-policy';
import { recordAudit } from '@server/platform/audit/audit';
import type { Tx } from '@server/platform/db/database';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { assertScopeValid } from '@server/modules/needs/assert-scope-valid';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import { findNeedRow, findNeedScopeIds, replaceNeedScope, updateNeedVersioned, type NeedScopeIds } from '@server/modules/needs/needs.repository';
import { findPreDigiplanDecisions } from '@server/modules/decisions/decisions.repository';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { loadForChange } from '@server/modules/initiative-process/initiative-subject';
import { findInitiativeScopes, updateInitiativeRow, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { presentInitiative } from '@server/modules/initiatives/present-initiative';

type ScopeField = 'focusAreaIds' | 'unitIds' | 'allUnits';

const FIELD_NAMES_SV: Record<(typeof EDITABLE_INITIATIVE_FIELDS)[number] | ScopeField, string> = {
  title: 'rubrik',
  description: 'beskrivning',
  ownerName: 'ägare',
  plannedStartYear: 'planerat startår',
  plannedEndYear: 'planerat slutår',
  focusAreaIds: 'fokusområden',
  unitIds: 'enheter',
  allUnits: 'alla enheter',
};

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The need's scope as the edit leaves it: lists sorted and without repeats; "Alla" empties the unit list. */
function scopeAfter(current: NeedScopeIds & { allUnits: boolean }, input: TUpdateInitiativeRequest): NeedScopeIds & { allUnits: boolean } {
  const allUnits = input.allUnits ?? current.allUnits;
  const focusAreaIds = input.focusAreaIds ? [...new Set(input.focusAreaIds)].sort() : current.focusAreaIds;
  const unitIds = input.unitIds ? [...new Set(input.unitIds)].sort() : input.allUnits === true ? [] : current.unitIds;
  return { focusAreaIds, unitIds, allUnits };
}

/**
 * Writes the initiative's focus areas and units, which are its need's (issue 13 item 3): the need's
 * version goes up so that an open need form cannot overwrite them unseen, and the need's own audit
 * trail records the change too. Only what is newly chosen must be current, so an area archived
 * since the decision may stay.
 */
async function changeNeedScope(tx: Tx, ctx: Ctx, needId: string, before: NeedScopeIds & { allUnits: boolean }, after: NeedScopeIds & { allUnits: boolean }) {
  await assertScopeValid(tx, ctx, {
    focusAreaIds: after.focusAreaIds.filter((areaId) => !before.focusAreaIds.includes(areaId)),
    unitIds: after.unitIds.filter((unitId) => !before.unitIds.includes(unitId)),
  });
  if (after.allUnits && after.unitIds.length > 0) {
    throw new AppError('unprocessable', 'Choose either all units or named units, not both.', [{ path: 'body.unitIds', code: 'all_units_with_units' }]);
  }
  const need = await findNeedRow(tx, ctx, needId, { forUpdate: true });
  if (!need) throw notFound('need');
  const updated = await updateNeedVersioned(tx, ctx, needId, need.version, before.allUnits === after.allUnits ? {} : { allUnits: after.allUnits });
  if (!updated) throw staleVersion();
  await replaceNeedScope(tx, ctx, needId, {
    ...(sameIds(before.focusAreaIds, after.focusAreaIds) ? {} : { focusAreaIds: after.focusAreaIds }),
    ...(sameIds(before.unitIds, after.unitIds) ? {} : { unitIds: after.unitIds }),
  });
  await recordAudit(tx, ctx, { action: 'need.updated', entityType: 'need', entityId: needId, before: needAuditState(need, before), after: needAuditState(updated, after) });
}

/**
 * Edits an initiative after the decision (issue 13 item 5): title, description, owner, planned
 * years, and its focus areas and units (its need's), by the utvecklingsledare or the initiative's
 * owner (403 for others, 409 once it is closed or stopped), if nobody saved since the form was read
 * (If-Match, 412). The change is audited and lands on the initiative's timeline, naming the fields
 * that changed.
 */
export async function updateInitiative(ctx: Ctx, id: string, input: TUpdateInitiativeRequest, expected: number): Promise<TInitiative> {
  return inTenant(ctx, async (tx) => {
    const { initiative } = await loadForChange(tx, ctx, id, canManageInitiative);
    if (initiative.version !== expected) throw staleVersion();
    assertNoPersonalData({ title: input.title, description: input.description, ownerName: input.ownerName });
    const changed = EDITABLE_INITIATIVE_FIELDS.filter((field) => initiative[field] !== input[field]);
    const preDigiplan = (await findPreDigiplanDecisions(tx, ctx, [initiative.decisionId])).get(initiative.decisionId) ?? null;
    const needBefore = await findNeedRow(tx, ctx, initiative.needId);
    if (!needBefore) throw notFound('need');
    const scopeBefore = { ...(await findNeedScopeIds(tx, ctx, initiative.needId)), allUnits: needBefore.allUnits };
    const scope = scopeAfter(scopeBefore, input);
    const scopeChanged = (['focusAreaIds', 'unitIds', 'allUnits'] as const).filter((field) =>
      field === 'allUnits' ? scope.allUnits !== scopeBefore.allUnits : !sameIds(scope[field], scopeBefore[field]),
    );
    const present = async (record: InitiativeRecord) => presentInitiative(record, preDigiplan, (await findInitiativeScopes(tx, ctx, [record.needId])).get(record.needId));
    if (changed.length === 0 && scopeChanged.length === 0) return present(initiative);
    if (scopeChanged.length > 0) await changeNeedScope(tx, ctx, initiative.needId, scopeBefore, scope);
    const { title, description, ownerName, plannedStartYear, plannedEndYear } = input;
    const row = await updateInitiativeRow(tx, ctx, id, expected, { title, description, ownerName, plannedStartYear, plannedEndYear });
    if (!row) throw staleVersion();
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((field) => [field, source[field]]));
    const pickScope = (source: NeedScopeIds & { allUnits: boolean }) => Object.fromEntries(scopeChanged.map((field) => [field, source[field]]));
    const fields = [...changed, ...scopeChanged];
    await appendInitiativeEvent(tx, ctx, id, 'initiative.edited', {
      fields,
      summary: `Ändrade ${fields.map((field) => FIELD_NAMES_SV[field]).join(', ')}.`,
    });
    await recordAudit(tx, ctx, {
      action: 'initiative.updated',
      entityType: 'initiative',
      entityId: id,
      before: { title: initiative.title, ...pick(initiative), ...pickScope(scopeBefore) },
      after: { title: row.title, ...pick(row), ...pickScope(scope) },
    });
    return present(row);
  });
}
