import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createsCycle, orderAsTree, type TreeNode } from '@server/modules/organizations/unit-tree';

/** A random forest: each node's parent is an earlier node or none, so there are no cycles. */
const forest = fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.nat()), { maxLength: 30 }).map((specs) =>
  specs.map(([name, pick], i): TreeNode => ({ id: `u${String(i).padStart(3, '0')}`, name, parentId: i === 0 || pick % 3 === 0 ? null : `u${String(pick % i).padStart(3, '0')}` })),
);

describe('ordering the organisation tree', () => {
  it('lists every unit once, each parent before its children, one level deeper than its parent', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const ordered = orderAsTree(nodes);
        expect(ordered.map((n) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
        const position = new Map(ordered.map((n, i) => [n.id, i]));
        const depth = new Map(ordered.map((n) => [n.id, n.depth]));
        for (const node of ordered) {
          if (node.parentId === null) expect(node.depth).toBe(0);
          else {
            expect(position.get(node.parentId)!).toBeLessThan(position.get(node.id)!);
            expect(node.depth).toBe(depth.get(node.parentId)! + 1);
          }
        }
      }),
    );
  });

  it('sorts siblings by Swedish alphabetical order (å, ä, ö last)', () => {
    const nodes = ['Öppenvård', 'Äldreboende', 'Åkeri', 'Boende'].map((name, i) => ({ id: `u${i}`, name, parentId: null }));
    expect(orderAsTree(nodes).map((n) => n.name)).toEqual(['Boende', 'Åkeri', 'Äldreboende', 'Öppenvård']);
  });

  it('still lists units whose parent is missing or that sit in a loop', () => {
    const nodes = [
      { id: 'a', name: 'A', parentId: 'gone' },
      { id: 'b', name: 'B', parentId: 'c' },
      { id: 'c', name: 'C', parentId: 'b' },
    ];
    expect(orderAsTree(nodes).map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('detecting a cycle', () => {
  const nodes = [
    { id: 'top', parentId: null },
    { id: 'mid', parentId: 'top' },
    { id: 'leaf', parentId: 'mid' },
    { id: 'side', parentId: null },
  ];

  it('finds a move under the unit itself or any of its descendants', () => {
    expect(createsCycle(nodes, 'top', 'top')).toBe(true);
    expect(createsCycle(nodes, 'top', 'leaf')).toBe(true);
    expect(createsCycle(nodes, 'mid', 'leaf')).toBe(true);
  });

  it('allows a move under an unrelated unit or an ancestor', () => {
    expect(createsCycle(nodes, 'top', 'side')).toBe(false);
    expect(createsCycle(nodes, 'leaf', 'top')).toBe(false);
  });

  it('never calls a move into a random forest a cycle unless the new parent lies below the unit', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (tree, a, b) => {
        fc.pre(tree.length > 0);
        const unit = tree[a % tree.length]!;
        const target = tree[b % tree.length]!;
        const parentOf = new Map(tree.map((n) => [n.id, n.parentId]));
        let below = false;
        for (let cur: string | null | undefined = target.id; cur; cur = parentOf.get(cur)) if (cur === unit.id) below = true;
        expect(createsCycle(tree, unit.id, target.id)).toBe(below);
      }),
    );
  });
});
