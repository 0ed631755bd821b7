import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@web/ui/ui.css';
import '@web/app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@web/app/app';
import { createQueryClient } from '@web/app/query-client';
import { initI18n } from '@web/i18n/i18n';

/** Starts the app once the texts are ready, so the first paint is already in the right language. */
async function start(): Promise<void> {
  const i18n = await initI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={createQueryClient()} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
