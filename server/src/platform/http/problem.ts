import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorCode, type TFieldIssue, type TPersonalDataWarningIssue, type TProblem } from '@domain/problem';
import { AppError } from '@server/platform/errors';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant } from '@server/platform/tenancy/context';
import { errorForLog } from '@server/platform/http/log-safety';

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  personal_data_suspected: 'The text looks like it contains a personnummer',
  bad_request: 'Bad request',
  unauthenticated: 'Not logged in',
  invalid_credentials: 'Wrong e-mail or password',
  forbidden: 'Not allowed',
  csrf_failed: 'Cross-site request refused',
  sso_required: 'Log in with single sign-on',
  not_found: 'Not found',
  conflict: 'Conflict',
  invalid_state: 'Not possible in the current state',
  precondition_failed: 'Someone else changed this first',
  payload_too_large: 'The request is too large',
  unsupported_media_type: 'Unsupported content type',
  unprocessable: 'The request cannot be carried out as asked',
  personal_data_warning: 'The text may contain personal data: confirm before saving',
  precondition_required: 'If-Match header required',
  too_many_requests: 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};

/** Maps Fastify's own error codes (body parsing, limits) to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

function statusToCode(status: number): ErrorCode {
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'too_many_requests';
  return 'bad_request';
}

function issueCode(issue: { keyword: string; params?: Record<string, unknown> }): string {
  const inner = issue.params?.issue;
  if (inner && typeof inner === 'object' && 'code' in inner) return String(inner.code);
  return issue.keyword;
}

function toProblem(error: FastifyError | AppError, request: FastifyRequest): TProblem {
  let code: ErrorCode = 'internal';
  let detail: string | undefined;
  let errors: TFieldIssue[] | undefined;
  let warnings: TPersonalDataWarningIssue[] | undefined;
  if (error instanceof AppError) {
    code = error.code;
    detail = error.message;
    errors = error.errors;
    warnings = error.warnings;
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    code = 'validation_failed';
    detail = `Invalid ${error.validationContext ?? 'input'}.`;
    errors = error.validation.map((issue) => ({
      path: [error.validationContext, ...String(issue.instancePath).split('/').filter(Boolean)].filter(Boolean).join('.'),
      code: issueCode(issue),
      message: issue.message,
    }));
  } else if (error.code && FASTIFY_CODES[error.code]) {
    code = FASTIFY_CODES[error.code]!;
    detail = error.message;
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Any other client error Fastify or a plugin raises (malformed URL, rate limit …).
    code = statusToCode(error.statusCode);
    detail = code === 'too_many_requests' ? 'Too many attempts. Wait a few minutes and try again.' : error.message;
  }
  return {
    type: `https://digiplan.se/problems/${code}`,
    title: TITLES[code],
    status: ERROR_STATUS[code],
    code,
    ...(detail ? { detail } : {}),
    requestId: request.id,
    ...(errors ? { errors } : {}),
    ...(warnings ? { warnings } : {}),
  };
}

/** Writes denied requests (403) to the organisation's audit log, outside the failed transaction. */
async function auditDenied(request: FastifyRequest, problem: TProblem): Promise<void> {
  if (problem.status !== 403 || !request.ctx) return;
  await inTenant(request.ctx, (tx) =>
    recordAudit(tx, request.ctx, {
      action: 'request.denied',
      after: { method: request.method, url: request.url, code: problem.code },
    }),
  );
}

/**
 * Fastify's own routing errors — a malformed %-escape in the path (`FST_ERR_BAD_URL`), a path
 * parameter over the length limit — as problem+json; Fastify would answer its own JSON shape. The
 * path is not quoted back: it may hold whatever was typed.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A part of the path is too long.' : 'The path is not a valid URL.';
  const problem = toProblem(new AppError('bad_request', detail), request);
  void reply.status(problem.status).header('x-request-id', request.id).header('cache-control', 'no-store').type('application/problem+json').send(problem);
}

/** The one error handler: RFC 9457 problem+json, never leaking internals on 5xx. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError | AppError, request, reply: FastifyReply) => {
    if (isResponseSerializationError(error)) {
      // Paths and codes only: the issues' messages may quote the value that did not fit.
      const issues = error.cause.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
      request.log.error({ err: errorForLog(error), issues }, 'response did not match its schema');
    }
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: errorForLog(error) }, 'request failed');
    await auditDenied(request, problem).catch((auditError: unknown) =>
      request.log.error({ err: errorForLog(auditError) }, 'could not audit a denied request'),
    );
    return reply.status(problem.status).type('application/problem+json').send(problem);
  });
  app.setNotFoundHandler(async (request, reply) => {
    const problem = toProblem(new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`), request);
    return reply.status(404).type('application/problem+json').send(problem);
  });
}
