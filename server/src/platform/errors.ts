import { ERROR_STATUS, type ErrorCode, type TFieldIssue } from '@domain/problem';

/** The one error type use cases throw; the central handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly errors?: TFieldIssue[],
  ) {
    super(detail ?? code);
    this.status = ERROR_STATUS[code];
  }
}

/** Shorthand for the most common failure: the object does not exist in the caller's organisation. */
export const notFound = (what = 'resource') => new AppError('not_found', `The ${what} does not exist.`);
