import type { TWelfareTechItem, WelfareTechState } from '@domain/welfare-tech.contracts';
import type { WelfareTechView } from '@server/modules/welfare-tech/welfare-tech.repository';

/** An inventory row as the API shows it. */
export function presentWelfareTech(view: WelfareTechView): TWelfareTechItem {
  return { ...view, state: view.state as WelfareTechState, systemName: view.systemName ?? null, initiativeTitle: view.initiativeTitle ?? null };
}
