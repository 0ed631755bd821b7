import { describe, expect, it } from 'vitest';
import { parseSvCount, parseSvNumber } from '@domain/sv-number';
import { formatMoney, kronorInputText, parseKronor } from '@domain/money';

describe('Swedish number input', () => {
  it('reads "1 234,50" with an ordinary, a no-break or a narrow no-break space', () => {
    expect(parseSvNumber('1 234,50')).toEqual({ ok: true, value: '1234.5' });
    expect(parseSvNumber('1\u00a0234,50')).toEqual({ ok: true, value: '1234.5' });
    expect(parseSvNumber('12\u202f345\u202f678')).toEqual({ ok: true, value: '12345678' });
    expect(parseSvNumber('  -3,25 ')).toEqual({ ok: true, value: '-3.25' });
    expect(parseSvNumber('\u22123,25')).toEqual({ ok: true, value: '-3.25' });
    expect(parseSvNumber('1234.5')).toEqual({ ok: true, value: '1234.5' });
    expect(parseSvNumber('007')).toEqual({ ok: true, value: '7' });
    expect(parseSvNumber('-0')).toEqual({ ok: true, value: '0' });
  });

  it('refuses units, words and badly grouped digits so the field can say so', () => {
    expect(parseSvNumber('12 tim')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseSvNumber('tolv')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseSvNumber('12 34')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseSvNumber('1,2,3')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseSvNumber('')).toEqual({ ok: false, error: 'empty' });
    expect(parseSvNumber('1e5')).toEqual({ ok: false, error: 'not_a_number' });
  });

  it('refuses a negative number of units and a fraction of a unit', () => {
    expect(parseSvCount('-3')).toEqual({ ok: false, error: 'negative' });
    expect(parseSvCount('2,5')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseSvCount('1 200')).toEqual({ ok: true, value: 1200 });
  });

  it('turns kronor into exact öre and back', () => {
    expect(parseKronor('1 234,50')).toEqual({ ok: true, ore: 123450n });
    expect(parseKronor('5 300 000')).toEqual({ ok: true, ore: 530000000n });
    expect(parseKronor('0,1')).toEqual({ ok: true, ore: 10n });
    expect(parseKronor('1,234')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseKronor('-5')).toEqual({ ok: false, error: 'negative' });
    expect(kronorInputText(123450n)).toBe('1\u00a0234,50');
    expect(parseKronor(kronorInputText(987654321n))).toEqual({ ok: true, ore: 987654321n });
  });

  it('shows amounts in kr, tkr and mnkr the Swedish way', () => {
    expect(formatMoney(123450n)).toBe('1\u00a0235\u00a0kr');
    expect(formatMoney(530000000n, 'tkr')).toBe('5\u00a0300\u00a0tkr');
    expect(formatMoney(530000000n, 'mnkr')).toBe('5,3\u00a0mnkr');
    expect(formatMoney(-260000000n, 'mnkr')).toBe('\u22122,6\u00a0mnkr');
    expect(formatMoney(4_999n, 'kr')).toBe('50\u00a0kr');
  });
});
