import type { ErrorCode } from '@domain/problem';

/** One field issue from a problem response: `path` like `body.title`, `code` like `too_small`. */
export type TApiFieldIssue = { path: string; code: string; message?: string };

/** One thing the server asks the user to confirm (`personal_data_warning`): field, why, what it found. */
export type TApiPersonalDataWarning = { path: string; reason: string; text: string };

/** Codes the client itself produces when no problem document arrived. */
export type TClientErrorCode = 'network' | 'unknown';

/**
 * A failed API call, parsed from RFC 9457 problem+json. `code` is the stable code from
 * `domain/problem.ts` (the UI turns it into Swedish text); `requestId` lets support find the log.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | TClientErrorCode | (string & {});
  readonly detail: string | undefined;
  readonly errors: TApiFieldIssue[];
  readonly requestId: string | undefined;
  /** With `personal_data_warning`: what the user is asked to confirm. */
  readonly warnings: TApiPersonalDataWarning[];

  constructor(input: { status: number; code: string; detail?: string; errors?: TApiFieldIssue[]; requestId?: string; warnings?: TApiPersonalDataWarning[] }) {
    super(input.detail ?? input.code);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.detail = input.detail;
    this.errors = input.errors ?? [];
    this.requestId = input.requestId;
    this.warnings = input.warnings ?? [];
  }
}

/** True when `error` is an API error, optionally with one of `codes`. */
export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

function isIssue(value: unknown): value is TApiFieldIssue {
  return typeof value === 'object' && value !== null && typeof (value as TApiFieldIssue).path === 'string' && typeof (value as TApiFieldIssue).code === 'string';
}

function isWarning(value: unknown): value is TApiPersonalDataWarning {
  if (typeof value !== 'object' || value === null) return false;
  const warning = value as TApiPersonalDataWarning;
  return typeof warning.path === 'string' && typeof warning.reason === 'string' && typeof warning.text === 'string';
}

/** Fallback codes when a response carries no problem document (a proxy's 502, say). */
function codeForStatus(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 412) return 'precondition_failed';
  if (status === 429) return 'too_many_requests';
  if (status >= 500) return status === 503 ? 'unavailable' : 'internal';
  return 'unknown';
}

/** Reads a failed response into an ApiError, tolerating bodies that are not problem+json. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const requestIdHeader = response.headers.get('x-request-id') ?? undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return new ApiError({
    status: response.status,
    code: typeof problem.code === 'string' ? problem.code : codeForStatus(response.status),
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    errors: Array.isArray(problem.errors) ? problem.errors.filter(isIssue) : [],
    requestId: typeof problem.requestId === 'string' ? problem.requestId : requestIdHeader,
    warnings: Array.isArray(problem.warnings) ? problem.warnings.filter(isWarning) : [],
  });
}
