import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@domain/roles';
import { canManageInitiative, canOverrideGate, canWorkInitiative, workRefusal, type InitiativePolicySubject } from '@domain/initiative-policy';
import type { InitiativeRoleKind } from '@domain/gate-facts';

const actor = (roles: Role[], id = 'me') => ({ actor: { id }, permissions: permissionsOf(roles) });
const initiative = (named: [string, InitiativeRoleKind][] = [], status: InitiativePolicySubject['status'] = 'active'): InitiativePolicySubject => ({
  status,
  roles: named.map(([userId, kind]) => ({ userId, kind })),
});

describe('who may work an initiative', () => {
  it('lets the utvecklingsledare work, override and manage any running initiative', () => {
    const coordinator = actor(['coordinator']);
    expect([canWorkInitiative, canOverrideGate, canManageInitiative].map((may) => may(coordinator, initiative()))).toEqual([true, true, true]);
  });

  it('lets a staff member named as projektledare tick and move, but not override a gate or name people', () => {
    const manager = actor(['staff']);
    const subject = initiative([['me', 'project_manager']]);
    expect(canWorkInitiative(manager, subject)).toBe(true);
    expect(canOverrideGate(manager, subject)).toBe(false);
    expect(canManageInitiative(manager, subject)).toBe(false);
  });

  it('lets the projektägare and the ansvarig pass a gate with a reason', () => {
    expect(canOverrideGate(actor(['manager']), initiative([['me', 'project_owner']]))).toBe(true);
    expect(canOverrideGate(actor(['staff']), initiative([['me', 'responsible']]))).toBe(true);
  });

  it('only lets others read: not named, not utvecklingsledare', () => {
    expect(canWorkInitiative(actor(['staff']), initiative([['someone-else', 'project_owner']]))).toBe(false);
    expect(canWorkInitiative(actor(['steering_member']), initiative())).toBe(false);
    expect(canWorkInitiative(actor(['admin']), initiative())).toBe(false);
  });

  it('does not let a viewer named on an initiative by mistake work it without read access', () => {
    expect(canWorkInitiative({ actor: { id: 'me' }, permissions: new Set() }, initiative([['me', 'project_owner']]))).toBe(false);
  });

  it('lets nobody work a closed or stopped initiative, and says so as a state rather than a right', () => {
    for (const status of ['closed', 'stopped'] as const) {
      expect(canWorkInitiative(actor(['coordinator']), initiative([], status))).toBe(false);
      expect(workRefusal(actor(['coordinator']), initiative([], status), canWorkInitiative)).toBe('invalid_state');
      expect(workRefusal(actor(['staff']), initiative([], status), canWorkInitiative)).toBe('forbidden');
    }
    expect(workRefusal(actor(['coordinator']), initiative(), canWorkInitiative)).toBeNull();
  });
});
