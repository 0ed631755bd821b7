import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddNeedCommentRequest,
  ZMergeNeedRequest,
  ZNeed,
  ZNeedComment,
  ZNeedCommentPage,
  ZNeedCommentQuery,
  ZNeedExportQuery,
  ZNeedListQuery,
  ZNeedPage,
  ZNeedCommentParams,
  ZNeedParams,
  ZRedactCommentRequest,
  ZRedactNeedRequest,
  ZSubmitNeedRequest,
  ZUpdateNeedRequest,
} from '@domain/needs.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { XLSX_CONTENT_TYPE, ZXlsxFile, sendXlsx } from '@server/platform/http/xlsx';
import { presentNeed } from '@server/modules/needs/needs.presenter';
import { submitNeed } from '@server/modules/needs/submit-need';
import { getNeed } from '@server/modules/needs/get-need';
import { findNeeds } from '@server/modules/needs/find-needs';
import { updateNeed } from '@server/modules/needs/update-need';
import { addComment } from '@server/modules/needs/add-comment';
import { findComments } from '@server/modules/needs/find-comments';
import { supportNeed } from '@server/modules/needs/support-need';
import { withdrawSupport } from '@server/modules/needs/withdraw-support';
import { mergeNeed } from '@server/modules/needs/merge-need';
import { exportNeeds } from '@server/modules/needs/export-needs';
import { findNeedGoals } from '@server/modules/needs/find-need-goals';
import { setNeedGoals } from '@server/modules/needs/set-need-goals';
import { findGoalContributions } from '@server/modules/needs/find-goal-contributions';
import { ZGoalContributions, ZNeedGoals, ZSetNeedGoalsRequest } from '@domain/goal-links.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { redactNeedText } from '@server/modules/needs/redact-need-text';
import { redactComment } from '@server/modules/needs/redact-comment';
import { deleteNeed } from '@server/modules/needs/delete-need';
import { deleteComment } from '@server/modules/needs/delete-comment';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZImportPreview, ZImportResult, ZImportUpload } from '@domain/register-import.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { importNeeds, previewNeedsImport } from '@server/modules/needs/import-needs';
import { buildNeedsTemplate } from '@server/modules/needs/needs-template';
import { findSimilarNeeds } from '@server/modules/needs/find-similar-needs';
import { ZSimilarNeeds, ZSimilarNeedsQuery } from '@domain/similar-needs.contracts';

const tags = ['Behov'];
/** A 5 MB file base64-encoded in JSON is about 6.7 MB; larger bodies are refused before parsing. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * Behov: the e-service form, the triage list, a need's page, its discussion, support from
 * colleagues and merging duplicates. Policies and writes live in the use cases.
 */
export const needsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/needs',
    { schema: { tags, summary: 'Submit a need (personnummer in the text are refused)', body: ZSubmitNeedRequest, response: { 201: ZNeed } } },
    async (req, reply) => {
      const need = await submitNeed(req.ctx, req.body);
      sendEtag(reply, need.version);
      void reply.header('location', `/api/v1/needs/${need.id}`);
      return reply.status(201).send(presentNeed(req.ctx, need));
    },
  );

  app.get(
    '/needs',
    { schema: { tags, summary: 'Find needs: filter, search in Swedish, sort, cursor paging', querystring: ZNeedListQuery, response: { 200: ZNeedPage } } },
    async (req) => findNeeds(req.ctx, req.query),
  );

  app.get(
    '/needs/similar',
    {
      schema: {
        tags,
        summary: 'Needs of the organisation that resemble a need being written (title trigrams, shared Swedish words), at most 5, best first',
        querystring: ZSimilarNeedsQuery,
        response: { 200: ZSimilarNeeds },
      },
    },
    async (req) => findSimilarNeeds(req.ctx, req.query),
  );

  app.get(
    '/needs/export',
    {
      schema: {
        tags,
        summary: 'The needs list as an Excel file (.xlsx), same filters and order as the list, at most 10 000 needs; audited',
        querystring: ZNeedExportQuery,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => {
      const { workbook, filename } = await exportNeeds(req.ctx, req.query);
      return sendXlsx(reply, workbook, filename);
    },
  );

  app.get(
    '/needs/import/template',
    {
      schema: {
        tags,
        summary: 'The import template of a plan (Excel or CSV): seed 001 §10’s columns and what a need and a decision hold',
        querystring: ZExportFormatQuery,
        produces: SHEET_CONTENT_TYPES,
        response: { 200: ZSheetFile },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'need:read');
      return sendSheetFile(reply, await buildNeedsTemplate(req.query.format));
    },
  );

  app.post(
    '/needs/import/preview',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: { tags, summary: 'Read a plan file (.xlsx/CSV, ≤ 5 MB): each need or initiative as it will be saved and its errors; saves nothing', body: ZImportUpload, response: { 200: ZImportPreview } },
    },
    async (req) => previewNeedsImport(req.ctx, req.body),
  );

  app.post(
    '/needs/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: { tags, summary: 'Add every need of a plan file (decided rows as initiatives decided before Digiplan), or none if any row has an error; audited', body: ZImportUpload, response: { 201: ZImportResult } },
    },
    async (req, reply) => reply.status(201).send(await importNeeds(req.ctx, req.body)),
  );

  app.get(
    '/needs/:id',
    { schema: { tags, summary: 'One need with the actions you may take (ETag)', params: ZNeedParams, response: { 200: ZNeed } } },
    async (req, reply) => {
      const need = await getNeed(req.ctx, req.params.id);
      sendEtag(reply, need.version);
      return presentNeed(req.ctx, need);
    },
  );

  app.patch(
    '/needs/:id',
    { schema: { tags, summary: 'Change a need (If-Match required)', params: ZNeedParams, body: ZUpdateNeedRequest, response: { 200: ZNeed } } },
    async (req, reply) => {
      const need = await updateNeed(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, need.version);
      return presentNeed(req.ctx, need);
    },
  );

  app.get(
    '/needs/:id/comments',
    { schema: { tags, summary: "A need's comments, oldest first", params: ZNeedParams, querystring: ZNeedCommentQuery, response: { 200: ZNeedCommentPage } } },
    async (req) => findComments(req.ctx, req.params.id, req.query),
  );

  app.post(
    '/needs/:id/comments',
    { schema: { tags, summary: 'Comment on a need (the submitter is notified)', params: ZNeedParams, body: ZAddNeedCommentRequest, response: { 201: ZNeedComment } } },
    async (req, reply) => reply.status(201).send(await addComment(req.ctx, req.params.id, req.body)),
  );

  app.get(
    '/needs/:id/goals',
    { schema: { tags, summary: 'The strategic goals the need serves (måluppfyllelse)', params: ZNeedParams, response: { 200: ZNeedGoals } } },
    async (req) => findNeedGoals(req.ctx, req.params.id),
  );

  app.put(
    '/needs/:id/goals',
    { schema: { tags, summary: 'Set the goals the need serves (If-Match on the need; its version moves on)', params: ZNeedParams, body: ZSetNeedGoalsRequest, response: { 200: ZNeedGoals } } },
    async (req) => setNeedGoals(req.ctx, req.params.id, req.body, expectedVersion(req)),
  );

  app.get(
    '/strategic-goals/:id/contributions',
    { schema: { tags, summary: 'What contributes to a goal: needs that serve it and their initiatives', params: ZIdParams, response: { 200: ZGoalContributions } } },
    async (req) => findGoalContributions(req.ctx, req.params.id),
  );

  app.put(
    '/needs/:id/support',
    { schema: { tags, summary: 'Back a need ("Jag har också detta behov"); idempotent', params: ZNeedParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await supportNeed(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/needs/:id/support',
    { schema: { tags, summary: 'Withdraw my support for a need; idempotent', params: ZNeedParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await withdrawSupport(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/needs/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge this duplicate into another need (If-Match of the duplicate); returns the target',
        params: ZNeedParams,
        body: ZMergeNeedRequest,
        response: { 200: ZNeed },
      },
    },
    async (req, reply) => {
      const target = await mergeNeed(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, target.version);
      return presentNeed(req.ctx, target);
    },
  );

  app.post(
    '/needs/:id/redact',
    {
      schema: {
        tags,
        summary: 'Mask personal data in a text field of the need, also in the audit log (coordinator; the reason is audited, not the text)',
        params: ZNeedParams,
        body: ZRedactNeedRequest,
        response: { 200: ZNeed },
      },
    },
    async (req, reply) => {
      const need = await redactNeedText(req.ctx, req.params.id, req.body);
      sendEtag(reply, need.version);
      return presentNeed(req.ctx, need);
    },
  );

  app.post(
    '/needs/:id/comments/:commentId/redact',
    {
      schema: {
        tags,
        summary: 'Mask personal data in a comment, also in the audit log (coordinator; the reason is audited, not the text)',
        params: ZNeedCommentParams,
        body: ZRedactCommentRequest,
        response: { 200: ZNeedComment },
      },
    },
    async (req) => redactComment(req.ctx, req.params.id, req.params.commentId, req.body),
  );

  app.delete(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: 'Delete a need never decided (its submitter or a coordinator); 409 naming what depends on it; audited without its text',
        params: ZNeedParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteNeed(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/needs/:id/comments/:commentId',
    { schema: { tags, summary: 'Delete a comment (its author or a coordinator); audited without its text', params: ZNeedCommentParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteComment(req.ctx, req.params.id, req.params.commentId);
      return reply.status(204).send(null);
    },
  );
};
