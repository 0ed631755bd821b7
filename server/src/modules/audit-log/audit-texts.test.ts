import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from '@web/i18n/sv';
import { en } from '@web/i18n/en';
import { changeValue, codeText, FREE_TEXT_FIELDS, hasFieldLabel, looksLikeCode } from '@web/features/audit/audit-change';
import { createTestApp, type TestApp } from '@test/test-app';
import { seedDemoQuietly } from '@test/demo';
import { auditEventsIn } from '@test/audit';

type TFinding = { action: string; path: string; code?: string };

/** Every field name and coded value in an event's before/after, with where it sits. */
function walk(action: string, value: unknown, path: string, key: string, found: { fields: TFinding[]; codes: TFinding[] }) {
  if (Array.isArray(value)) return value.forEach((item) => walk(action, item, path, key, found));
  if (typeof value === 'string' && key && !FREE_TEXT_FIELDS.has(key) && looksLikeCode(value)) found.codes.push({ action, path: `${path}=${value}`, code: value });
  if (typeof value !== 'object' || value === null) return;
  for (const [inner, innerValue] of Object.entries(value)) {
    if (key === 'fields' && path.endsWith('fields')) continue; // a document's own fields, named by its template
    found.fields.push({ action, path: `${path}.${inner}`, code: inner });
    walk(action, innerValue, `${path}.${inner}`, inner, found);
  }
}

describe('the audit log of a full demo organisation, read by an administrator', () => {
  let t: TestApp;
  const found = { fields: [] as TFinding[], codes: [] as TFinding[] };
  beforeAll(async () => {
    t = await createTestApp();
    const organizationId = await seedDemoQuietly(t.db);
    for (const event of await auditEventsIn(t.db, organizationId)) {
      walk(event.action, event.before, 'before', '', found);
      walk(event.action, event.after, 'after', '', found);
    }
    await i18next.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
  }, 120_000);
  afterAll(async () => t.close());

  it('has events with fields and coded values to read', () => {
    expect(found.fields.length).toBeGreaterThan(500);
    expect(found.codes.length).toBeGreaterThan(50);
  });

  for (const language of ['sv', 'en'] as const) {
    it(`names every recorded field in ${language === 'sv' ? 'Swedish' : 'English'}`, async () => {
      await i18next.changeLanguage(language);
      const missing = [...new Set(found.fields.filter((field) => !hasFieldLabel(field.code!)).map((field) => `${field.code} (${field.action}: ${field.path})`))];
      expect(missing, `Add each field under audit.fields in web/src/i18n/${language}/audit.ts (sv and en)`).toEqual([]);
    });

    it(`says every coded value in words in ${language === 'sv' ? 'Swedish' : 'English'}`, async () => {
      await i18next.changeLanguage(language);
      const missing = [...new Set(found.codes.filter((item) => !codeText(item.path.split('=')[0]!.split('.').at(-1)!, item.code!)).map((item) => `${item.action}: ${item.path}`))];
      expect(missing, `Add each value under audit.values.<field> in web/src/i18n/${language}/audit.ts (sv and en), or name the feature's texts in VALUE_TEXTS (web/src/features/audit/audit-change.ts)`).toEqual([]);
    });
  }

  it('never shows JSON for a nested value', async () => {
    await i18next.changeLanguage('sv');
    expect(changeValue('cost', { low: '1500000', high: null, note: '', recurrence: 'one_off' }, new Map())?.text).toBe('Lägst: 15\u00a0000\u00a0kr; Högst: (tomt); Anteckning: (tomt); Hur ofta: Engångskostnad');
  });
});
