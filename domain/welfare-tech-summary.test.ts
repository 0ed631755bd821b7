import { describe, expect, it } from 'vitest';
import { inventoryChange, summarise } from '@domain/welfare-tech-summary';

const item = (technology: string, placement: string, unitCount: number, state: 'deployed' | 'in_progress' | 'tried_not_adopted' = 'deployed') => ({
  technology,
  placement,
  unitCount,
  state,
});

describe('the welfare technology summary', () => {
  it('adds up units per technology and placement, treating names regardless of case', () => {
    const rows = summarise([item('Trygghetslarm', 'SÄBO', 60), item('Trygghetslarm', 'Säbo', 28), item('Nyckelfria lås', 'Hemtjänst', 380), item('GPS-larm', '', 5)]);
    expect(rows).toEqual([
      { technology: 'GPS-larm', placement: '', state: 'deployed', unitCount: 5 },
      { technology: 'Nyckelfria lås', placement: 'Hemtjänst', state: 'deployed', unitCount: 380 },
      { technology: 'Trygghetslarm', placement: 'SÄBO', state: 'deployed', unitCount: 88 },
    ]);
  });

  it('keeps technologies being introduced apart from those in use', () => {
    const rows = summarise([item('Sensorer', 'LSS-boende', 4, 'in_progress'), item('Sensorer', 'LSS-boende', 10)]);
    expect(rows.map((row) => [row.state, row.unitCount])).toEqual([
      ['deployed', 10],
      ['in_progress', 4],
    ]);
  });

  it('shows the change between two dates, including technology that appeared or disappeared', () => {
    const before = [item('Tillsynskamera', 'Ordinärt boende', 5), item('Trygghetslarm Doro', 'Hemtjänst', 380)];
    const after = [item('Tillsynskamera', 'Ordinärt boende', 12), item('Läkemedelsrobot', 'Hemtjänst', 20)];
    expect(inventoryChange(before, after)).toEqual([
      { technology: 'Läkemedelsrobot', placement: 'Hemtjänst', state: 'deployed', before: 0, after: 20, difference: 20 },
      { technology: 'Tillsynskamera', placement: 'Ordinärt boende', state: 'deployed', before: 5, after: 12, difference: 7 },
      { technology: 'Trygghetslarm Doro', placement: 'Hemtjänst', state: 'deployed', before: 380, after: 0, difference: -380 },
    ]);
  });

  it('shows no rows when both inventories are empty', () => {
    expect(inventoryChange([], [])).toEqual([]);
  });
});
