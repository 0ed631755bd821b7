import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from '@web/i18n/sv';
import { changeRows, changeSummary } from '@web/features/audit/audit-change';
import { actionText, entityName } from '@web/features/audit/audit-text';

beforeAll(async () => {
  await i18next.init({ lng: 'sv', resources: { sv: { translation: sv } }, interpolation: { escapeValue: false } });
});

describe('reading an audit event as an administrator', () => {
  it('shows a role change as Swedish role names with the changed field marked', () => {
    const rows = changeRows({ name: 'Mia', roles: ['staff'] }, { name: 'Mia', roles: ['staff', 'coordinator'] }, new Map());
    expect(rows).toEqual([
      { key: 'name', label: 'Namn', before: { text: 'Mia' }, after: { text: 'Mia' }, changed: false },
      { key: 'roles', label: 'Roller', before: { text: 'Medarbetare' }, after: { text: 'Medarbetare, Utvecklingsledare' }, changed: true },
    ]);
  });

  it('names units by their name instead of their id and says Ja/Nej for flags', () => {
    const rows = changeRows(null, { parentId: 'u1', isArchived: false }, new Map([['u1', 'Hemtjänst']]));
    expect(rows.map((row) => [row.label, row.after?.text])).toEqual([
      ['Ligger under', 'Hemtjänst'],
      ['Arkiverad', 'Nej'],
    ]);
  });

  it('writes nested values as fields in words, not JSON, and keeps unknown fields under their own name', () => {
    const [row] = changeRows(null, { somethingNew: { rowCount: 12, format: 'xlsx' } }, new Map());
    expect(row).toMatchObject({ label: 'somethingNew', after: { text: 'Antal rader: 12; Format: Excel' } });
  });

  it('shows an export of welfare technology without codes: the groups, the format and the amounts in words', () => {
    const rows = changeRows(null, { format: 'csv', rowCount: 1200, affectedGroups: ['care_recipients', 'staff'], yearlyCostOre: 1250050 }, new Map());
    expect(rows.map((row) => `${row.label}: ${row.after?.text}`)).toEqual(['Format: CSV', 'Antal rader: 1\u00a0200', 'Berörda grupper: Brukare, Medarbetare', 'Årlig kostnad: 12\u00a0501\u00a0kr']);
  });

  it('sums up an update as "fält: före → efter" for the changed fields only', () => {
    expect(changeSummary({ status: 'submitted', title: 'A', version: 1 }, { status: 'assessed', title: 'A', version: 2 }, new Map())).toEqual(['Status: Inkommen → Bedömd']);
    expect(changeSummary(null, { status: 'submitted' }, new Map())).toEqual([]);
  });

  it('has no rows for an event without before or after (a login)', () => {
    expect(changeRows(null, null, new Map())).toEqual([]);
  });

  it('says what happened in Swedish, including archiving through an update', () => {
    expect(actionText({ action: 'auth.login_failed', before: null, after: null })).toBe('Misslyckad inloggning');
    expect(actionText({ action: 'unit.updated', before: { isArchived: false }, after: { isArchived: true } })).toBe('Enhet arkiverad');
    expect(actionText({ action: 'something.new', before: null, after: null })).toBe('something.new');
  });

  it('names the object from what was recorded', () => {
    expect(entityName({ action: 'need.submitted', before: null, after: { number: 12, title: 'Digital nattillsyn' } })).toBe('B-12 Digital nattillsyn');
    expect(entityName({ action: 'request.denied', before: null, after: { method: 'GET', url: '/api/v1/members' } })).toBe('GET /api/v1/members');
  });
});
