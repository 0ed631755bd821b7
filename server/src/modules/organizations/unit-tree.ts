/** The shape the tree rules need: a unit and its parent. */
export type TreeNode = { id: string; parentId: string | null; name: string };

const byName = (a: TreeNode, b: TreeNode) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id);

/**
 * Orders a flat list of units depth-first — every parent before its children, siblings by Swedish
 * name order — and gives each its depth, so a client can draw the organisationsträd in one pass.
 * A unit whose parent is missing from the list is treated as a root rather than dropped.
 */
export function orderAsTree<T extends TreeNode>(nodes: readonly T[]): Array<T & { depth: number }> {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const ordered: Array<T & { depth: number }> = [];
  const visited = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const node of [...(children.get(parent) ?? [])].sort(byName)) {
      if (visited.has(node.id)) continue;
      visited.add(node.id);
      ordered.push({ ...node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  // Units caught in a cycle (which the API refuses to create) are still listed, at the root.
  for (const node of [...nodes].sort(byName)) {
    if (visited.has(node.id)) continue;
    visited.add(node.id);
    ordered.push({ ...node, depth: 0 });
    visit(node.id, 1);
  }
  return ordered;
}

/**
 * True when giving `unitId` the parent `newParentId` would make the unit its own ancestor: the
 * new parent is the unit itself or lies somewhere below it.
 */
export function createsCycle(nodes: readonly Pick<TreeNode, 'id' | 'parentId'>[], unitId: string, newParentId: string): boolean {
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  const seen = new Set<string>();
  for (let current: string | null | undefined = newParentId; current; current = parentOf.get(current)) {
    if (current === unitId) return true;
    if (seen.has(current)) return false; // an existing loop elsewhere; not ours to judge here
    seen.add(current);
  }
  return false;
}
