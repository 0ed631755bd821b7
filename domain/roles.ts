/** Roles a membership can hold (UI names in the glossary: administratör, utvecklingsledare …). */
export const ROLES = ['admin', 'coordinator', 'steering_member', 'director', 'manager', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Everything a role can be allowed to do; checked by the server, sent to the UI. */
export const PERMISSIONS = [
  'organization:manage',
  'user:manage',
  'audit:read',
  'need:read',
  'need:submit',
  'need:edit',
  'need:comment',
  'need:support',
  'need:merge',
  'assessment:read',
  'assessment:score',
  'assessment:manage',
  'need:decide',
  'decision:read',
  'initiative:read',
  'initiative:manage',
  'benefit:edit',
  'register:read',
  'register:manage',
  'plan:read',
  'plan:edit',
  'plan:fix',
  'text:redact',
  'meeting:manage',
  'maturity:read',
  'maturity:rate',
  'maturity:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['need:read', 'assessment:read', 'decision:read', 'initiative:read', 'register:read', 'plan:read', 'maturity:read'];
const TAKE_PART: Permission[] = [...READ, 'need:submit', 'need:comment', 'need:support'];

/**
 * The one role → permission matrix. `need:edit` lets a coordinator edit any need; submitters may
 * edit their own while it is not yet assessed (see the needs policy). `text:redact` masks personal
 * data that slipped into a free text, including its copies in the audit log (ADR 0005).
 * `meeting:manage` defines the decision forums and prepares their meetings (agenda, kallelse).
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...TAKE_PART, 'organization:manage', 'user:manage', 'audit:read', 'register:manage', 'text:redact', 'meeting:manage', 'maturity:rate', 'maturity:manage'],
  coordinator: [...TAKE_PART, 'need:edit', 'need:merge', 'assessment:score', 'assessment:manage', 'need:decide', 'initiative:manage', 'benefit:edit', 'register:manage', 'plan:edit', 'text:redact', 'meeting:manage', 'maturity:rate', 'maturity:manage'],
  // The management team rates the mognadsskattning together (maturity:rate); admin and coordinator run it.
  steering_member: [...TAKE_PART, 'assessment:score', 'need:decide', 'maturity:rate'],
  // Förvaltningschef: fixes (fastställer) the plan the coordinator drafted.
  director: [...TAKE_PART, 'plan:fix', 'maturity:rate'],
  manager: [...TAKE_PART, 'maturity:rate'],
  staff: [...TAKE_PART],
  viewer: [...READ],
};

/** The union of the permissions of `roles`. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
