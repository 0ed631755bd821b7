import { describe, expect, it } from 'vitest';
import { formatScore, quadrantTitle, suggestedLevel } from '@web/features/assessment/assessment-format';

describe('what the assessment shows', () => {
  it('suggests the nearest level for the raters’ mean, a half going to the better level', () => {
    expect(suggestedLevel(1)).toBe(1);
    expect(suggestedLevel(2.33)).toBe(2);
    expect(suggestedLevel(2.5)).toBe(2);
    expect(suggestedLevel(2.67)).toBe(3);
    expect(suggestedLevel(3.5)).toBe(3);
    expect(suggestedLevel(4)).toBe(4);
  });

  it('writes scores with a decimal comma and keeps exact eighths', () => {
    expect(formatScore(2.25)).toBe('2,25');
    expect(formatScore(1.875)).toBe('1,875');
    expect(formatScore(3)).toBe('3');
    expect(formatScore(null)).toBe('');
  });

  it('names a quadrant by its priority and the model’s slogan', () => {
    expect(quadrantTitle('doNow')).toBe('Prioritet 1 – Digitalisera nu!');
    expect(quadrantTitle('doWhenOpportune')).toBe('Prioritet 2–3 – Digitalisera när tillfälle ges!');
    expect(quadrantTitle('doNot')).toBe('Prioritet 4 – Digitalisera ej!');
  });
});
