import { describe, expect, it } from 'vitest';
import { readChoice, readDate, readInteger, readKronorAsOre, readText } from '@server/platform/spreadsheet/read-cells';

describe('reading import cells', () => {
  it('reads kronor as exact öre from text with a decimal comma, spaces or "kr"', () => {
    expect(readKronorAsOre('123 456,50')).toEqual({ ok: true, value: 12_345_650 });
    expect(readKronorAsOre('0,1')).toEqual({ ok: true, value: 10 });
    expect(readKronorAsOre('4000 kr')).toEqual({ ok: true, value: 400_000 });
    expect(readKronorAsOre(1234.56)).toEqual({ ok: true, value: 123_456 });
    expect(readKronorAsOre('12,345').ok).toBe(false);
    expect(readKronorAsOre(-1).ok).toBe(false);
    expect(readKronorAsOre({ formula: true })).toEqual({ ok: false, message: 'Formler läses inte in; skriv värdet i stället.' });
  });

  it('refuses dates that do not exist and whole numbers out of range', () => {
    expect(readDate('2025-02-29', {}).ok).toBe(false);
    expect(readDate('2024-02-29', {})).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate(null, { required: true })).toEqual({ ok: false, message: 'Måste fyllas i.' });
    expect(readInteger('1 234', { min: 0, max: 10_000 })).toEqual({ ok: true, value: 1234 });
    expect(readInteger('5', { min: 0, max: 4 }).ok).toBe(false);
  });

  it('accepts a choice by its Swedish label or code, and refuses personnummer in text', () => {
    const labels = { deployed: 'Infört', in_progress: 'På gång' };
    expect(readChoice('infört', labels)).toEqual({ ok: true, value: 'deployed' });
    expect(readChoice('in_progress', labels)).toEqual({ ok: true, value: 'in_progress' });
    expect(readChoice(null, labels, { fallback: 'deployed' })).toEqual({ ok: true, value: 'deployed' });
    expect(readChoice('Kanske', labels).ok).toBe(false);
    expect(readText('Brukare 19121212-1212', { max: 100 }).ok).toBe(false); // fake test-personnummer
  });

  it('refuses a spreadsheet cell whose date is in the year 0000 or beyond 2999, which the database cannot keep', () => {
    expect(readDate('0000-01-01', {}).ok).toBe(false);
    expect(readDate('9999-12-31', {}).ok).toBe(false);
    expect(readDate('1899-12-31', {}).ok).toBe(false);
    expect(readDate('1900-01-01', {})).toEqual({ ok: true, value: '1900-01-01' });
  });

  it('refuses a spreadsheet cell whose text holds a NUL character or a broken surrogate', () => {
    expect(readText('Larm\u0000natt', { max: 100 }).ok).toBe(false);
    expect(readText('Larm \ud800 natt', { max: 100 }).ok).toBe(false);
    expect(readText('Larm 🚨 natt', { max: 100 }).ok).toBe(true);
  });
});
