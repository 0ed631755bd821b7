import { z } from 'zod';

/**
 * Stable error codes of the API. The web app maps each to a Swedish sentence; clients may rely on
 * them. Add, never rename.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  personal_data_suspected: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  // Password login for an address whose organisation uses single sign-on (its administrators excepted).
  sso_required: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  // Text that may hold personal data (a number with a wrong check digit, a name with a room, address
  // or diagnosis): saved only when the request is resent with `Digiplan-Confirm-Personal-Data: yes`.
  personal_data_warning: 422,
  precondition_required: 428,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** RFC 9457 problem details with our stable `code` and every field issue. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string().optional() }))
      .optional(),
    /** With `personal_data_warning`: each field and why, quoting what was found. */
    warnings: z
      .array(z.object({ path: z.string(), reason: z.string(), text: z.string() }))
      .optional(),
  })
  .meta({ id: 'Problem' });
export type TProblem = z.infer<typeof ZProblem>;
export type TFieldIssue = NonNullable<TProblem['errors']>[number];

/** The header that confirms a text flagged by `personal_data_warning` holds no personal data. */
export const CONFIRM_PERSONAL_DATA_HEADER = 'digiplan-confirm-personal-data';
export type TPersonalDataWarningIssue = NonNullable<TProblem['warnings']>[number];
