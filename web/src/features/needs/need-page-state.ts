/**
 * What a page that just changed a need tells the need's page through the router's location state,
 * so it can confirm in words: "Tack! Ditt behov B-12 är registrerat." or what was merged into it.
 */
export type TNeedPageState = {
  /** The number of the need just submitted. */
  submittedNumber?: number;
  /** The number of the duplicate just merged into this need. */
  mergedFromNumber?: number;
};
