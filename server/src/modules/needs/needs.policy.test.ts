import { describe, expect, it } from 'vitest';
import { NEED_STATUSES, type NeedStatus } from '@domain/needs.contracts';
import { permissionsOf, type Role } from '@domain/roles';
import { canDecide, canEditNeed, canMerge, canSupport, editRefusal, needPermissions } from '@server/modules/needs/needs.policy';

const actor = (roles: Role[], id = 'me') => ({ actor: { id }, permissions: permissionsOf(roles) });
const need = (status: NeedStatus, submittedBy = 'me') => ({ status, submittedBy });

describe('the needs policy', () => {
  it('lets the submitter edit her need only while it is submitted, and a coordinator always', () => {
    for (const status of NEED_STATUSES) {
      expect(canEditNeed(actor(['staff']), need(status)), status).toBe(status === 'submitted');
      expect(canEditNeed(actor(['coordinator'], 'other'), need(status)), status).toBe(true);
    }
  });

  it('says 409 to the submitter of an assessed need and 403 to anyone else who may not edit', () => {
    expect(editRefusal(actor(['staff']), need('assessed'))).toBe('invalid_state');
    expect(editRefusal(actor(['staff'], 'other'), need('submitted'))).toBe('forbidden');
    expect(editRefusal(actor(['viewer']), need('submitted'))).toBe('forbidden');
  });

  it('never lets the submitter support her own need, nor anyone a merged one', () => {
    expect(canSupport(actor(['staff']), need('submitted'))).toBe(false);
    expect(canSupport(actor(['staff'], 'other'), need('submitted'))).toBe(true);
    expect(canSupport(actor(['staff'], 'other'), need('merged'))).toBe(false);
  });

  it('lets a coordinator merge only needs that are neither merged nor decided', () => {
    const coordinator = actor(['coordinator'], 'other');
    expect(NEED_STATUSES.filter((status) => canMerge(coordinator, need(status)))).toEqual(['submitted', 'assessed', 'parked']);
    expect(canMerge(actor(['steering_member']), need('submitted'))).toBe(false);
  });

  it('offers the decision on submitted, assessed or parked needs to those who decide', () => {
    expect(NEED_STATUSES.filter((status) => canDecide(actor(['steering_member']), need(status)))).toEqual(['submitted', 'assessed', 'parked']);
    expect(canDecide(actor(['staff']), need('assessed'))).toBe(false);
  });

  it('gives a viewer no actions at all', () => {
    for (const status of NEED_STATUSES) {
      expect(Object.values(needPermissions(actor(['viewer']), need(status, 'other'))).some(Boolean)).toBe(false);
    }
  });
});
