import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@server/platform/errors';

/** The strong ETag of a versioned resource. */
export const etagOf = (version: number) => `"${version}"`;

/** Sets the ETag header so a client can send it back as If-Match. */
export function sendEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/**
 * The version the client last saw, from If-Match. Missing → 428; the use case then writes with
 * `WHERE version = $expected` and answers 412 when nothing matched.
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) throw new AppError('precondition_required', 'Send the ETag you last read as If-Match.');
  const match = /^"(\d+)"$/.exec(header.trim());
  if (!match) throw new AppError('precondition_failed', 'If-Match does not match the current version.');
  return Number(match[1]);
}

/** Raised by repositories when `UPDATE … WHERE version = $n` touched no row. */
export const staleVersion = () =>
  new AppError('precondition_failed', 'Someone else saved a change first. Reload to see it before saving again.');
