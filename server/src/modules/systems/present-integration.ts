import type { TIntegration } from '@domain/integrations.contracts';
import type { IntegrationView } from '@server/modules/systems/integrations.repository';

/** An integration as the API shows it. */
export const presentIntegration = (view: IntegrationView): TIntegration => ({
  ...view,
  direction: view.direction as TIntegration['direction'],
  method: view.method as TIntegration['method'],
});
