import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZIdParams } from '@domain/organization.contracts';
import {
  ZInitiativeLibraryEntry,
  ZLibraryChoices,
  ZLibraryCopied,
  ZLibraryEntry,
  ZLibraryFilters,
  ZLibraryPage,
  ZLibraryPreview,
  ZLibraryPublishRequest,
  ZLibrarySearchQuery,
  ZNeedLibraryOrigin,
} from '@domain/library.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { previewLibraryEntry } from '@server/modules/library/preview-library-entry';
import { publishLibraryEntry } from '@server/modules/library/publish-library-entry';
import { updateLibraryEntry } from '@server/modules/library/update-library-entry';
import { withdrawLibraryEntry } from '@server/modules/library/withdraw-library-entry';
import { findLibraryFilters, searchLibrary } from '@server/modules/library/search-library';
import { getInitiativeLibraryEntry, getLibraryEntry } from '@server/modules/library/get-library-entry';
import { copyLibraryEntryAsNeed } from '@server/modules/library/copy-library-entry-as-need';
import { findNeedLibraryOrigin } from '@server/modules/library/find-need-library-origin';

const tags = ['Biblioteket'];

/**
 * The installation's shared library (issue 17 item 6). Published entries are the one thing every
 * organisation reads of the others; publishing, updating and withdrawing are the coordinator's
 * (`initiative:manage`) and only ever touch her own organisation's entries.
 */
export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/library', { schema: { tags, summary: 'Search the published entries of every organisation (Swedish full text and filters)', querystring: ZLibrarySearchQuery, response: { 200: ZLibraryPage } } }, async (req) =>
    searchLibrary(req.ctx, req.query),
  );

  app.get('/library/filters', { schema: { tags, summary: 'The technologies and focus areas of the published entries', response: { 200: ZLibraryFilters } } }, async (req) => findLibraryFilters(req.ctx));

  app.post(
    '/library/preview',
    { schema: { tags, summary: 'Exactly what publishing the initiative would share (personal-data guard on every text); writes nothing', body: ZLibraryPublishRequest, response: { 200: ZLibraryPreview } } },
    async (req) => previewLibraryEntry(req.ctx, req.body),
  );

  app.post('/library', { schema: { tags, summary: 'Publish the initiative: the preview’s snapshot is stored', body: ZLibraryPublishRequest, response: { 201: ZLibraryEntry } } }, async (req, reply) => {
    const entry = await publishLibraryEntry(req.ctx, req.body);
    sendEtag(reply, entry.version);
    return reply.status(201).send(entry);
  });

  app.get('/library/:id', { schema: { tags, summary: 'One published entry (or one’s own, also withdrawn)', params: ZIdParams, response: { 200: ZLibraryEntry } } }, async (req, reply) => {
    const entry = await getLibraryEntry(req.ctx, req.params.id);
    sendEtag(reply, entry.version);
    return entry;
  });

  app.put('/library/:id', { schema: { tags, summary: 'Republish one’s own entry from the initiative as it is now (If-Match)', params: ZIdParams, body: ZLibraryChoices, response: { 200: ZLibraryEntry } } }, async (req, reply) => {
    const entry = await updateLibraryEntry(req.ctx, req.params.id, req.body, expectedVersion(req));
    sendEtag(reply, entry.version);
    return entry;
  });

  app.post('/library/:id/withdraw', { schema: { tags, summary: 'Withdraw one’s own entry: gone from search at once (If-Match)', params: ZIdParams, response: { 200: ZLibraryEntry } } }, async (req, reply) => {
    const entry = await withdrawLibraryEntry(req.ctx, req.params.id, expectedVersion(req));
    sendEtag(reply, entry.version);
    return entry;
  });

  app.post('/library/:id/copy-as-need', { schema: { tags, summary: 'Copy a published entry as a new need of one’s own organisation', params: ZIdParams, response: { 201: ZLibraryCopied } } }, async (req, reply) =>
    reply.status(201).send(await copyLibraryEntryAsNeed(req.ctx, req.params.id)),
  );

  app.get('/initiatives/:id/library-entry', { schema: { tags, summary: 'The initiative’s published entry, if any', params: ZIdParams, response: { 200: ZInitiativeLibraryEntry } } }, async (req) =>
    getInitiativeLibraryEntry(req.ctx, req.params.id),
  );

  app.get('/needs/:id/library-origin', { schema: { tags, summary: 'The library entry a need was copied from, if any', params: ZIdParams, response: { 200: ZNeedLibraryOrigin } } }, async (req) =>
    findNeedLibraryOrigin(req.ctx, req.params.id),
  );
};
