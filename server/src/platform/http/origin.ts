import type { FastifyRequest } from 'fastify';
import { AppError } from '@server/platform/errors';

/** Scheme, host and port of `url` as browsers send them in Origin; undefined when it is no URL. */
function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuses (403 `csrf_failed`) a state change whose Origin header is not this app's own origin —
 * scheme, host and port all compared, so `https://` on the same host is not the same site when
 * the app answers on `http://`, and `Origin: null` (sandboxed frames, some redirects) or a
 * malformed header is refused rather than failing. No Origin at all passes: old browsers and
 * non-browser clients send none, and the CSRF token still has to match. Behind HTTPS
 * (`SECURE_COOKIES=true`, TLS ended in a proxy) the app's scheme is https whatever the proxy used.
 */
export function assertSameOrigin(request: FastifyRequest, https: boolean): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const host = request.headers.host;
  const own = host ? originOf(`${https ? 'https' : request.protocol}://${host}`) : undefined;
  if (!own || originOf(origin) !== own) throw new AppError('csrf_failed', 'The request came from another site.');
}
