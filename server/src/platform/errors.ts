import { ERROR_STATUS, type ErrorCode, type TFieldIssue, type TPersonalDataWarningIssue } from '@domain/problem';

/** The one error type use cases throw; the central handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  /** Set by `PersonalDataWarning` only: what the user is asked to confirm. */
  readonly warnings?: TPersonalDataWarningIssue[];
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

/** 422 `personal_data_warning`: text that may hold personal data, saved only once the user confirms. */
export class PersonalDataWarning extends AppError {
  override readonly warnings: TPersonalDataWarningIssue[];
  constructor(warnings: TPersonalDataWarningIssue[]) {
    super(
      'personal_data_warning',
      'The text may contain personal data about a client. Check it; if it holds none, send the request again with the header Digiplan-Confirm-Personal-Data: yes.',
    );
    this.warnings = warnings;
  }
}
