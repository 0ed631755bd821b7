import { describe, expect, it } from 'vitest';
import { ALL_UNITS_LABEL, concernsUnit, focusAreasLabel, needScopeIssues, unitsLabel } from '@domain/need-scope';
import { ZSubmitNeedRequest } from '@domain/needs.contracts';

const need = { title: 'Gemensam inloggning', problem: 'p', expectedBenefit: 'n', affectedGroups: ['staff'] };
const ID_A = '0193a5a0-0000-7000-8000-00000000000a';
const ID_B = '0193a5a0-0000-7000-8000-00000000000b';

describe('where a need belongs', () => {
  it('writes several names joined with "; " and the whole förvaltning as "Alla enheter"', () => {
    expect(focusAreasLabel([{ name: 'Effektivitet' }, { name: 'Trygghet' }])).toBe('Effektivitet; Trygghet');
    expect(unitsLabel({ allUnits: false, units: [{ name: 'Hemtjänst' }, { name: 'SÄBO' }] })).toBe('Hemtjänst; SÄBO');
    expect(unitsLabel({ allUnits: true, units: [] })).toBe(ALL_UNITS_LABEL);
    expect(unitsLabel({ allUnits: false, units: [] })).toBe('');
  });

  it('counts a need for all units as concerning every unit', () => {
    expect(concernsUnit({ allUnits: true, unitIds: [] }, ID_A)).toBe(true);
    expect(concernsUnit({ allUnits: false, unitIds: [ID_B] }, ID_A)).toBe(false);
    expect(concernsUnit({ allUnits: false, unitIds: [ID_A, ID_B] }, ID_A)).toBe(true);
  });

  it('refuses "Alla" together with named units, and the same focus area twice', () => {
    expect(needScopeIssues({ allUnits: true, unitIds: [ID_A] })).toEqual([expect.objectContaining({ path: 'body.unitIds', code: 'all_units_with_units' })]);
    expect(needScopeIssues({ allUnits: true, unitIds: [] })).toEqual([]);
    expect(ZSubmitNeedRequest.safeParse({ ...need, focusAreaIds: [ID_A, ID_A] }).success).toBe(false);
    expect(ZSubmitNeedRequest.parse(need)).toMatchObject({ focusAreaIds: [], unitIds: [], allUnits: false });
  });
});
