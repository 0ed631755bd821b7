import type { FastifyReply } from 'fastify';
import { ABSOLUTE_TIMEOUT_SECONDS } from '@server/platform/auth/sessions';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '@server/platform/auth/auth.plugin';

/** Cookie settings: HttpOnly + SameSite=Lax; behind HTTPS also Secure with the __Host- prefix. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: ABSOLUTE_TIMEOUT_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
