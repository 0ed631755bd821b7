/** A cell of the risk matrix: one likelihood and one consequence (1–4 each). */
export type TRiskCell = { likelihood: number; consequence: number };

/** "3-4" from the address (`?cell=3-4`) → the cell the risk list is filtered to; anything else → none. */
export function cellOf(value: string | null): TRiskCell | null {
  const match = /^([1-4])-([1-4])$/.exec(value ?? '');
  return match ? { likelihood: Number(match[1]), consequence: Number(match[2]) } : null;
}

/** The address value of a cell, the inverse of `cellOf`. */
export const cellParam = (cell: TRiskCell) => `${cell.likelihood}-${cell.consequence}`;
