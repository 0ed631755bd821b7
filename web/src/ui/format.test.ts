import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, parseNumber } from '@web/ui/format';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatting for Swedish readers', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(1234.5)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(2.345, 1)).toBe('2,3');
    expect(formatNumber(-12)).toBe(`${MINUS}12`);
  });

  it('writes money in whole kronor as "1 234 567 kr"', () => {
    expect(formatMoney(1234567).replace(/\u00a0/g, ' ')).toBe('1 234 567 kr');
    expect(formatMoney(1234567.6).replace(/\u00a0/g, ' ')).toBe('1 234 568 kr');
    expect(formatMoney(99.5, { ore: true }).replace(/\u00a0/g, ' ')).toBe('99,50 kr');
  });

  it('writes percentages with a decimal comma', () => {
    expect(formatPercent(0.256).replace(/\u00a0/g, ' ')).toBe('25,6 %');
  });

  it('writes dates as 2026-11-22, in Swedish time', () => {
    expect(formatDate('2026-11-22')).toBe('2026-11-22');
    expect(formatDate('2026-11-22T23:30:00Z')).toBe('2026-11-23');
    expect(formatDate(new Date('2026-06-01T12:00:00Z'))).toBe('2026-06-01');
  });

  it('writes date-times as 2026-11-22 14:05 in Swedish time', () => {
    expect(formatDateTime('2026-11-22T13:05:00Z')).toBe('2026-11-22 14:05');
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('2026-07-01 15:05');
  });

  it('gives an empty string for missing or invalid dates', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });
});

describe('reading numbers people type', () => {
  it.each([
    ['1234567', 1234567],
    ['1 234 567', 1234567],
    [`1${NBSP}234${NBSP}567`, 1234567],
    ['1\u202f234', 1234],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1 234,50 ', 1234.5],
    [`${MINUS}12`, -12],
    [`${MINUS}1${NBSP}234,5`, -1234.5],
    ['-0,5', -0.5],
    ['\u2013 7', -7],
    ['1 500 kr', 1500],
    ['+3', 3],
    [',5', 0.5],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([[''], ['   '], ['abc'], ['12a'], ['1.234,5'], ['1,2,3'], ['--1'], ['1-2']])('refuses %j', (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  it('reads back what formatNumber and formatMoney write', () => {
    for (const value of [0, 7, -1234567.25, 1e9, 0.05]) {
      expect(parseNumber(formatNumber(value))).toBe(value);
    }
    expect(parseNumber(formatMoney(-1234567))).toBe(-1234567);
  });

  it('gives null for null and undefined', () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(undefined)).toBeNull();
  });
});
