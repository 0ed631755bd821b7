import type { Permission } from '@domain/roles';
import type { InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';

/** The part of a context the policy looks at. */
export type InitiativeActor = { actor: { id: string }; permissions: ReadonlySet<Permission> };

/**
 * Who may change an initiative's risk analysis, classification, documents and attachments: for
 * now the coordinators (utvecklingsledare, `initiative:edit`). The one place to widen when
 * initiative roles arrive ("may edit this initiative"); every module of the initiative's work
 * asks here.
 */
export function canEditInitiativeWork(ctx: InitiativeActor, _initiative: Pick<InitiativeRecord, 'id'>): boolean {
  return ctx.permissions.has('initiative:edit');
}
