import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZSaveSsoSettingsRequest, ZSsoSettings } from '@domain/sso.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { getSsoSettings } from '@server/modules/sso/get-sso-settings';
import { saveSsoSettings } from '@server/modules/sso/save-sso-settings';
import { deleteSsoSettings } from '@server/modules/sso/delete-sso-settings';
import { redirectUriFor, ssoSecretBox, type SsoOptions } from '@server/modules/sso/sso.options';

const tags = ['Inloggning (SSO)'];

/**
 * The organisation's single sign-on (OpenID Connect), for its administrators
 * (`organization:manage`). The client secret goes in and never comes out.
 */
export const ssoSettingsRoutes: FastifyPluginAsyncZod<SsoOptions> = async (app, options) => {
  app.get(
    '/organization/sso',
    { schema: { tags, summary: 'The organisation’s single sign-on settings (never the secret)', response: { 200: ZSsoSettings } } },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const settings = await getSsoSettings(req.ctx, redirectUriFor(req, options), ssoSecretBox(options) !== undefined);
      sendEtag(reply, settings.version);
      return settings;
    },
  );

  app.put(
    '/organization/sso',
    {
      schema: {
        tags,
        summary: 'Set up or change single sign-on (If-Match; "0" the first time)',
        body: ZSaveSsoSettingsRequest,
        response: { 200: ZSsoSettings },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const settings = await saveSsoSettings(req.ctx, req.body, expectedVersion(req), {
        box: ssoSecretBox(options),
        allowInsecureLoopbackIssuers: options.allowInsecureLoopbackIssuers === true,
        redirectUri: redirectUriFor(req, options),
      });
      sendEtag(reply, settings.version);
      return settings;
    },
  );

  app.delete(
    '/organization/sso',
    { schema: { tags, summary: 'Turn single sign-on off (If-Match)', response: { 204: z.null() } } },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      await deleteSsoSettings(req.ctx, expectedVersion(req));
      return reply.status(204).send(null);
    },
  );
};
