import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZLesson, ZLessonInput, ZLessonList, ZLessonSearchQuery, ZPortfolio, ZPortfolioQuery } from '@domain/benefit-follow-up.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { sendXlsx, XLSX_CONTENT_TYPE, ZXlsxFile } from '@server/platform/http/xlsx';
import { addLesson } from '@server/modules/benefits/add-lesson';
import { deleteLesson } from '@server/modules/benefits/delete-lesson';
import { findInitiativeLessons, searchLessons } from '@server/modules/benefits/find-lessons';
import { findPortfolio } from '@server/modules/benefits/find-portfolio';
import { exportPortfolio } from '@server/modules/benefits/export-portfolio';

const tags = ['Uppföljning'];
const ZInitiativeParams = z.object({ id: z.uuid() });

/** Lessons learned and the portfolio benefit view. */
export const followUpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives/:id/lessons',
    { schema: { tags, summary: 'The lessons learned of an initiative', params: ZInitiativeParams, response: { 200: ZLessonList } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return findInitiativeLessons(req.ctx, req.params.id);
    },
  );

  app.post(
    '/initiatives/:id/lessons',
    { schema: { tags, summary: 'Record lessons learned at follow-up', params: ZInitiativeParams, body: ZLessonInput, response: { 201: ZLesson } } },
    async (req, reply) => reply.status(201).send(await addLesson(req.ctx, req.params.id, req.body)),
  );

  app.delete(
    '/initiatives/:id/lessons/:lessonId',
    { schema: { tags, summary: 'Delete a lesson learned (after a confirmation); audited without its texts', params: z.object({ id: z.uuid(), lessonId: z.uuid() }), response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteLesson(req.ctx, req.params.id, req.params.lessonId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/lessons',
    { schema: { tags, summary: 'Lärdomar across the organisation; q searches in Swedish full text', querystring: ZLessonSearchQuery, response: { 200: ZLessonList } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return searchLessons(req.ctx, req.query.q);
    },
  );

  app.get(
    '/benefit-portfolio',
    { schema: { tags, summary: 'Planned vs realised benefit and cost per initiative, focus area and year', querystring: ZPortfolioQuery, response: { 200: ZPortfolio } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return findPortfolio(req.ctx, req.query);
    },
  );

  app.get(
    '/benefit-portfolio/export',
    { schema: { tags, summary: 'The portfolio benefit view as an Excel file (.xlsx); audited', querystring: ZPortfolioQuery, produces: [XLSX_CONTENT_TYPE], response: { 200: ZXlsxFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'initiative:read');
      const { workbook, filename } = await exportPortfolio(req.ctx, req.query);
      return sendXlsx(reply, workbook, filename);
    },
  );
};
