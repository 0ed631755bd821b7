import type { FastifyPluginAsync } from 'fastify';
import { systemRoutes } from '@server/modules/systems/systems.routes';
import { integrationRoutes } from '@server/modules/systems/integrations.routes';
import { supplierDemoRoutes } from '@server/modules/supplier-demos/supplier-demos.routes';
import { welfareTechRoutes } from '@server/modules/welfare-tech/welfare-tech.routes';

/**
 * The registers (issue 5): system list with integrations, welfare technology in use and supplier
 * demos. One entry in the module index, so adding a register touches only this list.
 */
export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(systemRoutes);
  await app.register(integrationRoutes);
  await app.register(welfareTechRoutes);
  await app.register(supplierDemoRoutes);
};
