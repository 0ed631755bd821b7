import { describe, expect, it } from 'vitest';
import { NEED_STATUSES, type NeedStatus } from '@domain/needs.contracts';
import { permissionsOf, type Role } from '@domain/roles';
import { canDecide, canDeleteComment, canDeleteNeed, canEditNeed, canMerge, canRedact, canSupport, editRefusal, needPermissions } from '@server/modules/needs/needs.policy';

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

  it('lets the submitter or a coordinator delete a need only while it is submitted or assessed, never after a decision or a merge', () => {
    for (const status of NEED_STATUSES) {
      const open = status === 'submitted' || status === 'assessed';
      expect(canDeleteNeed(actor(['staff']), need(status)), status).toBe(open);
      expect(canDeleteNeed(actor(['coordinator'], 'other'), need(status)), status).toBe(open);
      expect(canDeleteNeed(actor(['staff'], 'other'), need(status)), status).toBe(false);
      expect(canDeleteNeed(actor(['viewer']), need(status)), status).toBe(false);
    }
  });

  it('lets the author or a coordinator delete a comment, and only coordinators and administrators mask texts', () => {
    expect(canDeleteComment(actor(['staff']), { authorId: 'me' })).toBe(true);
    expect(canDeleteComment(actor(['staff']), { authorId: 'other' })).toBe(false);
    expect(canDeleteComment(actor(['coordinator']), { authorId: 'other' })).toBe(true);
    expect(canRedact(actor(['coordinator']))).toBe(true);
    expect(canRedact(actor(['admin']))).toBe(true);
    for (const role of ['steering_member', 'director', 'manager', 'staff', 'viewer'] as const) expect(canRedact(actor([role])), role).toBe(false);
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
