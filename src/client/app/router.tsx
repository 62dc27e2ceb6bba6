import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { RouteErrorPage } from './routes/route-error-page';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { ThreadListRoute } from './routes/thread-list-route';
import { ThreadRoute } from './routes/thread-route';
import { TriageRoute } from './routes/triage-route';

export const router = createBrowserRouter([
  {
    element: <App />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/threads', element: <ThreadListRoute /> },
      { path: '/threads/:threadId', element: <ThreadRoute /> },
      { path: '/triage', element: <TriageRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
