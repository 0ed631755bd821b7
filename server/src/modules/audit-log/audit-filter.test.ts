import { describe, expect, it } from 'vitest';
import { toAuditCriteria } from '@server/modules/audit-log/audit-filter';

describe('resolving the audit filter', () => {
  it('reads a bare date as midnight UTC, and as the end limit includes that whole day', () => {
    expect(toAuditCriteria({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
    });
  });

  it('keeps a date-time with offset exactly', () => {
    expect(toAuditCriteria({ to: '2026-03-01T08:00:00+01:00' }).to).toEqual(new Date('2026-03-01T07:00:00Z'));
  });

  it('passes the action prefix, object and actor through and leaves out what is not asked', () => {
    expect(toAuditCriteria({ action: 'member.', actorId: 'a' })).toEqual({ actionPrefix: 'member.', actorId: 'a' });
  });
});
