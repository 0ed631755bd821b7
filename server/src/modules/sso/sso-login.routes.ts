import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ssoSettingsRoutes } from '@server/modules/sso/sso.routes';
import type { SsoOptions } from '@server/modules/sso/sso.options';

/** Single sign-on: the administrator's settings, and (public) the login's start and callback. */
export const ssoRoutes: FastifyPluginAsyncZod<SsoOptions> = async (app, options) => {
  await app.register(ssoSettingsRoutes, options);
};
