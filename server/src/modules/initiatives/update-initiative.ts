import { EDITABLE_INITIATIVE_FIELDS, type TInitiative, type TUpdateInitiativeRequest } from '@domain/decisions.contracts';
import { canManageInitiative } from '@domain/initiative-policy';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findPreDigiplanDecisions } from '@server/modules/decisions/decisions.repository';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { loadForChange } from '@server/modules/initiative-process/initiative-subject';
import { updateInitiativeRow } from '@server/modules/initiatives/initiatives.repository';
import { presentInitiative } from '@server/modules/initiatives/present-initiative';

const FIELD_NAMES_SV: Record<(typeof EDITABLE_INITIATIVE_FIELDS)[number], string> = {
  title: 'rubrik',
  description: 'beskrivning',
  ownerName: 'ägare',
  plannedStartYear: 'planerat startår',
  plannedEndYear: 'planerat slutår',
};

/**
 * Edits an initiative after the decision (issue 13 item 5): title, description, owner and planned
 * years, by the utvecklingsledare or the initiative's owner (403 for others, 409 once it is closed
 * or stopped), if nobody saved since the form was read (If-Match, 412). The change is audited and
 * lands on the initiative's timeline, naming the fields that changed.
 */
export async function updateInitiative(ctx: Ctx, id: string, input: TUpdateInitiativeRequest, expected: number): Promise<TInitiative> {
  return inTenant(ctx, async (tx) => {
    const { initiative } = await loadForChange(tx, ctx, id, canManageInitiative);
    if (initiative.version !== expected) throw staleVersion();
    assertNoPersonalData({ title: input.title, description: input.description, ownerName: input.ownerName });
    const changed = EDITABLE_INITIATIVE_FIELDS.filter((field) => initiative[field] !== input[field]);
    const preDigiplan = (await findPreDigiplanDecisions(tx, ctx, [initiative.decisionId])).get(initiative.decisionId) ?? null;
    if (changed.length === 0) return presentInitiative(initiative, preDigiplan);
    const row = await updateInitiativeRow(tx, ctx, id, expected, input);
    if (!row) throw staleVersion();
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((field) => [field, source[field]]));
    await appendInitiativeEvent(tx, ctx, id, 'initiative.edited', {
      fields: changed,
      summary: `Ändrade ${changed.map((field) => FIELD_NAMES_SV[field]).join(', ')}.`,
    });
    await recordAudit(tx, ctx, { action: 'initiative.updated', entityType: 'initiative', entityId: id, before: { title: initiative.title, ...pick(initiative) }, after: { title: row.title, ...pick(row) } });
    return presentInitiative(row, preDigiplan);
  });
}
