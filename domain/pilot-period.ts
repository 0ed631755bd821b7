/**
 * A pilot's period (seed 004, testbädd): it may last a single day, but it can never end before it
 * starts. Dates are ISO calendar dates (YYYY-MM-DD), which compare correctly as text.
 */
export function isPilotPeriodValid(startsOn: string, endsOn: string): boolean {
  return endsOn >= startsOn;
}
