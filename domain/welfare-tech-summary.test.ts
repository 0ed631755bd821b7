import { describe, expect, it } from 'vitest';
import { inUseOverTime, inventoryChange, summarise } from '@domain/welfare-tech-summary';

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

describe('welfare technology in use over time', () => {
  const on = (asOf: string, row: ReturnType<typeof item>) => ({ ...row, asOf });

  it('adds up each technology in use across placements at every inventory date, oldest first', () => {
    const result = inUseOverTime([
      on('2026-01-31', item('Trygghetslarm', 'Ordinärt boende', 400)),
      on('2025-01-31', item('Trygghetslarm', 'Ordinärt boende', 350)),
      on('2026-01-31', item('trygghetslarm', 'SÄBO', 20)),
      on('2026-01-31', item('Läkemedelsrobot', 'Hemtjänst', 15)),
    ]);
    expect(result).toEqual({
      dates: ['2025-01-31', '2026-01-31'],
      series: [
        { technology: 'Läkemedelsrobot', counts: [0, 15] },
        { technology: 'Trygghetslarm', counts: [350, 420] },
      ],
    });
  });

  it('leaves out technology that is only being introduced or was tried and dropped, but keeps its date on the axis', () => {
    const result = inUseOverTime([
      on('2025-06-30', item('Digital nattillsyn', 'SÄBO', 10, 'in_progress')),
      on('2026-06-30', item('Digital nattillsyn', 'SÄBO', 12)),
      on('2026-06-30', item('GPS-larm', 'Ordinärt boende', 3, 'tried_not_adopted')),
    ]);
    expect(result).toEqual({ dates: ['2025-06-30', '2026-06-30'], series: [{ technology: 'Digital nattillsyn', counts: [0, 12] }] });
  });

  it('has no dates and no series for an empty inventory', () => {
    expect(inUseOverTime([])).toEqual({ dates: [], series: [] });
  });
});
