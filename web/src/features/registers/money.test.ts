import { describe, expect, it } from 'vitest';
import { kronorTextToOre, oreToKronorText } from '@web/features/registers/money';

describe('money in the register forms', () => {
  it('shows öre as kronor with a decimal comma and Swedish digit grouping', () => {
    expect(oreToKronorText(12_345_650).replace(/\s/g, ' ')).toBe('123 456,50');
    expect(oreToKronorText(5)).toBe('0,05');
    expect(oreToKronorText(null)).toBe('');
  });

  it('reads kronor back to exact öre without floating point', () => {
    expect(kronorTextToOre('123 456,5')).toBe(12_345_650);
    expect(kronorTextToOre('0,1')).toBe(10);
    expect(kronorTextToOre('1.15')).toBe(115);
    expect(kronorTextToOre('4000 kr')).toBe(400_000);
    expect(kronorTextToOre('')).toBeNull();
    expect(kronorTextToOre('12,345')).toBeUndefined();
    expect(kronorTextToOre('-5')).toBeUndefined();
  });
});
