import { createBrowserRouter } from 'react-router';
import { routes } from '@web/app/routes';

/** The app's router (library "data" mode), created once so non-React code can navigate too. */
export const router = createBrowserRouter(routes);
