import { z } from 'zod';

/**
 * The years a date in Digiplan may have. PostgreSQL has no year 0, JavaScript's Date reads years
 * below 100 as 19xx, and date arithmetic past 9999 leaves the four-digit ISO format, so a plan's
 * dates are kept to years a plan can be about.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

const yearInRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};
const outOfRange = { message: `The year must be between ${FIRST_YEAR} and ${LAST_YEAR}.` };

/** A calendar date YYYY-MM-DD in the years above; every contract takes dates through this. */
export const ZIsoDate = z.iso.date().refine(yearInRange, outOfRange);

/** An instant with an offset (audit log filters); same year range as `ZIsoDate`. */
export const ZIsoDateTimeWithOffset = z.iso.datetime({ offset: true }).refine(yearInRange, outOfRange);
