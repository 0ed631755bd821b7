import { describe, expect, it } from 'vitest';
import { leavesNoAdmin } from '@server/modules/members/members.policy';

describe('the last-administrator rule', () => {
  const soleAdmin = [{ id: 'anna', isDisabled: false }];
  const twoAdmins = [...soleAdmin, { id: 'bo', isDisabled: false }];

  it('refuses taking the admin role from, disabling or removing the only enabled administrator', () => {
    expect(leavesNoAdmin(soleAdmin, 'anna', { roles: ['coordinator'], isDisabled: false })).toBe(true);
    expect(leavesNoAdmin(soleAdmin, 'anna', { roles: ['admin'], isDisabled: true })).toBe(true);
    expect(leavesNoAdmin(soleAdmin, 'anna', { roles: null, isDisabled: false })).toBe(true);
  });

  it('allows it when another enabled administrator remains', () => {
    expect(leavesNoAdmin(twoAdmins, 'anna', { roles: ['staff'], isDisabled: false })).toBe(false);
  });

  it('does not count a disabled administrator as the one who remains', () => {
    const withDisabled = [...soleAdmin, { id: 'bo', isDisabled: true }];
    expect(leavesNoAdmin(withDisabled, 'anna', { roles: ['staff'], isDisabled: false })).toBe(true);
  });

  it('never blocks changes to members who are not enabled administrators now', () => {
    expect(leavesNoAdmin(soleAdmin, 'cecilia', { roles: null, isDisabled: false })).toBe(false);
    expect(leavesNoAdmin([{ id: 'bo', isDisabled: true }], 'bo', { roles: null, isDisabled: true })).toBe(false);
  });

  it('allows keeping the admin role while changing the other roles', () => {
    expect(leavesNoAdmin(soleAdmin, 'anna', { roles: ['admin', 'coordinator'], isDisabled: false })).toBe(false);
  });
});
