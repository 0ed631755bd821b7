import type { TUnit } from '@domain/organization.contracts';

/** A unit with its sub-units, for drawing the organisationsträd as nested lists. */
export type TUnitNode<T extends TUnit = TUnit> = { unit: T; children: TUnitNode<T>[] };

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

/**
 * Nests the server's flat list (parents first) into a tree, siblings by name. A unit whose parent
 * is missing from the list is shown at the top level rather than lost.
 */
export function buildUnitTree<T extends TUnit>(units: readonly T[]): TUnitNode<T>[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as TUnitNode<T>[] }]));
  const roots: TUnitNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TUnitNode<T>[]) => {
    list.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The unit itself and every unit below it: the places it cannot be moved to. */
export function selfAndDescendantIds(units: readonly TUnit[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/**
 * "Vård och omsorg › Hemtjänst": each unit named with its parents, so a select list shows the
 * tree in words (indentation alone is lost on screen readers).
 */
export function unitPathNames(units: readonly TUnit[]): Map<string, string> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const names = new Map<string, string>();
  const pathOf = (unit: TUnit, seen: Set<string>): string => {
    const known = names.get(unit.id);
    if (known) return known;
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    const name = parent && !seen.has(parent.id) ? `${pathOf(parent, new Set([...seen, unit.id]))} › ${unit.name}` : unit.name;
    names.set(unit.id, name);
    return name;
  };
  units.forEach((unit) => pathOf(unit, new Set()));
  return names;
}

/**
 * The units a unit may be placed under, in tree order: never itself or one of its own sub-units
 * (`movingId`), and no archived unit unless it is the current parent.
 */
export function parentOptions(units: readonly TUnit[], movingId?: string, currentParentId?: string | null): { value: string; label: string }[] {
  const excluded = movingId ? selfAndDescendantIds(units, movingId) : new Set<string>();
  const names = unitPathNames(units);
  const ordered: TUnit[] = [];
  const walk = (nodes: TUnitNode[]) =>
    nodes.forEach((node) => {
      ordered.push(node.unit);
      walk(node.children);
    });
  walk(buildUnitTree(units));
  return ordered
    .filter((unit) => !excluded.has(unit.id) && (!unit.isArchived || unit.id === currentParentId))
    .map((unit) => ({ value: unit.id, label: names.get(unit.id) ?? unit.name }));
}
