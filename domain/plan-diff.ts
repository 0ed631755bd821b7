import { costRange, formatCostEstimate, type CostEstimate } from '@domain/cost-estimate';
import type { PlanPriority } from '@domain/plan-priority';
import { formatTiming, type Horizon, type PlanTiming } from '@domain/plan-timing';

/**
 * Comparing two versions of a plan (e.g. the fixed 2023 plan and the draft for 2024): which items
 * were added, removed, moved to another time or horizon, re-costed or re-prioritised. Items are
 * matched by `key`, which a new draft copies from the version it starts from.
 */
export type DiffItem = { key: string; title: string; timing: PlanTiming; horizon: Horizon; cost: CostEstimate; priority: PlanPriority | null };

export const CHANGE_KINDS = ['moved', 'recosted', 'reprioritised', 'renamed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type ItemChange = { key: string; title: string; kinds: ChangeKind[]; before: DiffItem; after: DiffItem };
export type PlanDiff = { added: DiffItem[]; removed: DiffItem[]; changed: ItemChange[]; unchangedCount: number };

function sameCost(a: CostEstimate, b: CostEstimate): boolean {
  const ra = costRange(a);
  const rb = costRange(b);
  const sameRange = ra === null || rb === null ? ra === rb : ra[0] === rb[0] && ra[1] === rb[1];
  return sameRange && a.recurrence === b.recurrence && formatCostEstimate(a) === formatCostEstimate(b);
}

/** What changed between the items of an earlier and a later version, in the later version's order. */
export function diffPlanItems(before: readonly DiffItem[], after: readonly DiffItem[]): PlanDiff {
  const earlier = new Map(before.map((item) => [item.key, item]));
  const later = new Set(after.map((item) => item.key));
  const added: DiffItem[] = [];
  const changed: ItemChange[] = [];
  let unchangedCount = 0;
  for (const item of after) {
    const old = earlier.get(item.key);
    if (!old) {
      added.push(item);
      continue;
    }
    const kinds: ChangeKind[] = [];
    if (formatTiming(old.timing) !== formatTiming(item.timing) || old.horizon !== item.horizon) kinds.push('moved');
    if (!sameCost(old.cost, item.cost)) kinds.push('recosted');
    if (old.priority !== item.priority) kinds.push('reprioritised');
    if (old.title !== item.title) kinds.push('renamed');
    if (kinds.length === 0) unchangedCount += 1;
    else changed.push({ key: item.key, title: item.title, kinds, before: old, after: item });
  }
  const removed = before.filter((item) => !later.has(item.key));
  return { added, removed, changed, unchangedCount };
}
