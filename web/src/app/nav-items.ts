import type { Permission } from '@domain/roles';
import { paths } from '@web/app/paths';

/** The menu's groups, by what people do, in order. */
export const NAV_GROUPS = ['needsAndDecisions', 'initiativesAndBenefits', 'planAndFollowUp', 'registers', 'administration'] as const;
export type TNavGroup = (typeof NAV_GROUPS)[number];

/** A main-menu entry; `id` names its text (`nav.<id>`) and its start-page description (`home.links.<id>`). */
export type TNavItem = {
  id: 'start' | 'submitNeed' | 'needs' | 'priorityMatrix' | 'decisionLog' | 'meetings' | 'initiatives' | 'benefitRealisation' | 'pilots' | 'library' | 'systems' | 'welfareTech' | 'supplierDemos' | 'plans' | 'strategy' | 'maturity' | 'governanceYear' | 'administration' | 'auditLog' | 'installation';
  to: string;
  /** Shown when the session has any of these (none: everyone logged in). */
  anyOf?: readonly Permission[];
  /** Shown only to installation administrators (a flag of the account, not a permission in an organisation). */
  installationAdmin?: boolean;
  /** The menu group it sits in (`nav.groups.<group>`); none: on its own (the start page). */
  group?: TNavGroup;
  /** Only an exact address match marks it current (the start page, "Lämna behov" inside "Behov"). */
  end?: boolean;
};

/**
 * The main menu, in order. A feature adds its entry here when it adds its routes; the menu and
 * the start page's shortcuts both read this list, and hide what the role may not use.
 */
export const NAV_ITEMS: readonly TNavItem[] = [
  { id: 'start', to: paths.start, end: true },
  { id: 'submitNeed', to: paths.submitNeed, group: 'needsAndDecisions', anyOf: ['need:submit'], end: true },
  { id: 'needs', to: paths.needs, group: 'needsAndDecisions', anyOf: ['need:read'] },
  { id: 'priorityMatrix', to: paths.priorityMatrix, group: 'needsAndDecisions', anyOf: ['assessment:read'] },
  { id: 'decisionLog', to: paths.decisionLog, group: 'needsAndDecisions', anyOf: ['decision:read'] },
  { id: 'meetings', to: paths.meetings, group: 'needsAndDecisions', anyOf: ['decision:read'] },
  { id: 'initiatives', to: paths.initiatives, group: 'initiativesAndBenefits', anyOf: ['initiative:read'] },
  { id: 'benefitRealisation', to: paths.benefitPortfolio, group: 'initiativesAndBenefits', anyOf: ['initiative:read'] },
  { id: 'pilots', to: paths.pilots, group: 'initiativesAndBenefits', anyOf: ['initiative:read'] },
  { id: 'library', to: paths.library, group: 'initiativesAndBenefits', anyOf: ['initiative:read'] },
  { id: 'systems', to: paths.systems, group: 'registers', anyOf: ['register:read'] },
  { id: 'welfareTech', to: paths.welfareTech, group: 'registers', anyOf: ['register:read'] },
  { id: 'supplierDemos', to: paths.supplierDemos, group: 'registers', anyOf: ['register:read'] },
  { id: 'plans', to: paths.plans, group: 'planAndFollowUp', anyOf: ['plan:read'] },
  { id: 'strategy', to: paths.strategy, group: 'planAndFollowUp', anyOf: ['plan:read'] },
  { id: 'maturity', to: paths.maturity, group: 'planAndFollowUp', anyOf: ['maturity:read'] },
  { id: 'governanceYear', to: paths.governanceYear, group: 'planAndFollowUp', anyOf: ['plan:read'] },
  { id: 'administration', to: paths.administration, group: 'administration', anyOf: ['organization:manage', 'user:manage'] },
  { id: 'auditLog', to: paths.auditLog, group: 'administration', anyOf: ['audit:read'] },
  { id: 'installation', to: paths.installation, group: 'administration', installationAdmin: true },
];

/** The entries a session with `permissions` (and, for the installation page, `installationAdmin`) may see. */
export function visibleNavItems(permissions: readonly Permission[], installationAdmin = false): TNavItem[] {
  return NAV_ITEMS.filter((item) => (item.installationAdmin ? installationAdmin : !item.anyOf || item.anyOf.some((permission) => permissions.includes(permission))));
}

/** The visible entries in menu groups, in order; a group the role has nothing in is left out. */
export function groupNavItems(items: readonly TNavItem[]): { group: TNavGroup; items: TNavItem[] }[] {
  return NAV_GROUPS.map((group) => ({ group, items: items.filter((item) => item.group === group) })).filter((entry) => entry.items.length > 0);
}

/**
 * The entry the address belongs to: the longest matching `to`, so `/behov/nytt` marks
 * "Lämna behov" and `/behov/123` marks "Behov", never both.
 */
export function currentNavItem(items: readonly TNavItem[], pathname: string): TNavItem | undefined {
  return items
    .filter((item) => pathname === item.to || (!item.end && pathname.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
