import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';
import { CommitmentsRoute } from './routes/commitments';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRoute />, errorElement: <RouteError /> },
        { path: 'commitments', element: <CommitmentsRoute />, errorElement: <RouteError /> },
        {
          path: 'commitments/:id',
          errorElement: <RouteError />,
          lazy: async () => ({ Component: (await import('./routes/commitment-detail')).CommitmentDetailRoute }),
        },
        {
          path: 'sources/:id',
          errorElement: <RouteError />,
          lazy: async () => ({ Component: (await import('./routes/source')).SourceRoute }),
        },
        {
          path: 'changes',
          errorElement: <RouteError />,
          lazy: async () => ({ Component: (await import('./routes/changes')).ChangesRoute }),
        },
        {
          path: 'about',
          errorElement: <RouteError />,
          lazy: async () => ({ Component: (await import('./routes/about')).AboutRoute }),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
