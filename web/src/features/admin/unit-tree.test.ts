import { describe, expect, it } from 'vitest';
import type { TUnit } from '@domain/organization.contracts';
import { buildUnitTree, parentOptions, selfAndDescendantIds, unitPathNames } from '@web/features/admin/unit-tree';

const unit = (id: string, name: string, parentId: string | null = null, isArchived = false): TUnit => ({ id, name, parentId, isArchived, version: 1 });

// Vård och omsorg ─┬─ Hemtjänst ── Hemtjänst norr
//                  └─ Äldreboende
// IFO
const units = [
  unit('vo', 'Vård och omsorg'),
  unit('ifo', 'IFO'),
  unit('ht', 'Hemtjänst', 'vo'),
  unit('ab', 'Äldreboende', 'vo'),
  unit('htn', 'Hemtjänst norr', 'ht'),
  unit('old', 'Gamla enheten', null, true),
];

describe('the organisation tree in administration', () => {
  it('nests units under their parents with siblings in Swedish alphabetical order', () => {
    const tree = buildUnitTree(units);
    expect(tree.map((node) => node.unit.name)).toEqual(['Gamla enheten', 'IFO', 'Vård och omsorg']);
    const vo = tree.find((node) => node.unit.id === 'vo')!;
    expect(vo.children.map((node) => node.unit.name)).toEqual(['Hemtjänst', 'Äldreboende']);
    expect(vo.children[0]!.children.map((node) => node.unit.id)).toEqual(['htn']);
  });

  it('keeps a unit whose parent is missing at the top level', () => {
    expect(buildUnitTree([unit('x', 'Föräldralös', 'gone')]).map((node) => node.unit.id)).toEqual(['x']);
  });

  it('finds a unit and everything below it', () => {
    expect([...selfAndDescendantIds(units, 'vo')].sort()).toEqual(['ab', 'ht', 'htn', 'vo']);
    expect([...selfAndDescendantIds(units, 'htn')]).toEqual(['htn']);
  });

  it('names each unit with its parents so a select list reads as the tree', () => {
    expect(unitPathNames(units).get('htn')).toBe('Vård och omsorg › Hemtjänst › Hemtjänst norr');
  });

  it('never offers a unit itself, its sub-units or archived units as the new parent', () => {
    const values = parentOptions(units, 'ht').map((option) => option.value);
    expect(values).toEqual(['ifo', 'vo', 'ab']);
  });

  it('still offers the archived unit that is already the parent', () => {
    const withArchivedParent = [...units, unit('child', 'Under gamla', 'old')];
    expect(parentOptions(withArchivedParent, 'child', 'old').map((option) => option.value)).toContain('old');
  });
});
