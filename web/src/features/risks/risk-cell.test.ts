import { describe, expect, it } from 'vitest';
import { cellOf, cellParam } from '@web/features/risks/risk-cell';

describe('the matrix cell in the address', () => {
  it('reads likelihood and consequence and writes them back the same way', () => {
    expect(cellOf('3-4')).toEqual({ likelihood: 3, consequence: 4 });
    expect(cellParam({ likelihood: 3, consequence: 4 })).toBe('3-4');
  });

  it('ignores anything that is not a cell of the 4×4 matrix', () => {
    for (const value of [null, '', '0-1', '5-2', '3', '3-4-1', 'a-b']) expect(cellOf(value)).toBeNull();
  });
});
