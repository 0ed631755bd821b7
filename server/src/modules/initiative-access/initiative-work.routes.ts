import type { FastifyPluginAsync } from 'fastify';
import { riskRoutes } from '@server/modules/risks/risks.routes';
import { classificationRoutes } from '@server/modules/classification/classification.routes';
import { documentRoutes } from '@server/modules/documents/documents.routes';
import { attachmentRoutes } from '@server/modules/attachments/attachments.routes';

/** The modules that hang off an initiative: risk analysis, classification, documents, attachments. */
export const initiativeWorkRoutes: FastifyPluginAsync[] = [riskRoutes, classificationRoutes, documentRoutes, attachmentRoutes];
