import { canWorkInitiative, type InitiativeActor, type InitiativePolicySubject } from '@domain/initiative-policy';

export type { InitiativeActor };

/**
 * Who may change an initiative's risk analysis, classification, documents and attachments: the
 * same people who may work the initiative through its stages (domain/initiative-policy.ts) — the
 * utvecklingsledare and everyone named on it — while it is running. Every module of the
 * initiative's work asks here.
 */
export function canEditInitiativeWork(ctx: InitiativeActor, initiative: { subject: InitiativePolicySubject }): boolean {
  return canWorkInitiative(ctx, initiative.subject);
}
