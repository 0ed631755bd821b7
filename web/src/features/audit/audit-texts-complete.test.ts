import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from '@web/i18n/sv';
import { en } from '@web/i18n/en';
import { scanAuditCodes } from '@test/audit-codes';
import { hasActionText, hasEntityTypeText } from '@web/features/audit/audit-text';

const codes = scanAuditCodes();

beforeAll(async () => {
  await i18next.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const where = (found: { code: string; file: string }[], code: string) => [...new Set(found.filter((item) => item.code === code).map((item) => item.file))].join(', ');

describe('the audit log speaks Swedish and English about everything the server records', () => {
  it('finds the audit events the server writes, including computed ones written out as literals', () => {
    expect(codes.unreadable, 'Write the action/entityType as a string literal, or a constant lookup object of literals, so the audit texts can be checked').toEqual([]);
    expect(new Set(codes.actions.map((item) => item.code))).toContain('initiative.advance');
    expect(new Set(codes.actions.map((item) => item.code))).toContain('auth.login_failed');
    expect(new Set(codes.entityTypes.map((item) => item.code))).toContain('system');
  });

  for (const language of ['sv', 'en'] as const) {
    it(`names every event kind an administrator can meet in ${language === 'sv' ? 'Swedish' : 'English'}`, async () => {
      await i18next.changeLanguage(language);
      const missing = [...new Set(codes.actions.map((item) => item.code))].filter((code) => !hasActionText(code));
      expect(
        missing.map((code) => `${code} (written in ${where(codes.actions, code)})`),
        `Add a text for each under audit.actions in web/src/i18n/${language}/audit.ts (the key audit.actions.<prefix>.<rest>, e.g. audit.actions.${missing[0]}), in both sv and en`,
      ).toEqual([]);
    });

    it(`names every kind of object in ${language === 'sv' ? 'Swedish' : 'English'}`, async () => {
      await i18next.changeLanguage(language);
      const missing = [...new Set(codes.entityTypes.map((item) => item.code))].filter((code) => !hasEntityTypeText(code));
      expect(
        missing.map((code) => `${code} (written in ${where(codes.entityTypes, code)})`),
        `Add a text for each under audit.entityTypes in web/src/i18n/${language}/audit.ts, in both sv and en`,
      ).toEqual([]);
    });
  }
});
