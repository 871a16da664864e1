import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Route, Routes, useLocation } from 'react-router';
import { useI18n } from '@/i18n/use-i18n';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';
import { NotFoundRoute } from './routes/not-found';

/**
 * Declarative routes (react-router's data router would add ~15 KB gzip to every
 * page for loaders and actions this static app does not use; docs/decisions/0008).
 * Every page loads on demand, in parallel with the dataset (main.tsx prefetches it).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const HomeRoute = page(() => import('./routes/home'), 'HomeRoute');
const CommitmentsRoute = page(() => import('./routes/commitments'), 'CommitmentsRoute');
const CommitmentDetailRoute = page(() => import('./routes/commitment-detail'), 'CommitmentDetailRoute');
const SourceRoute = page(() => import('./routes/source'), 'SourceRoute');
const ChangesRoute = page(() => import('./routes/changes'), 'ChangesRoute');
const AboutRoute = page(() => import('./routes/about'), 'AboutRoute');

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** Each page has its own error boundary (the shell stays) and reset when the reader goes elsewhere. */
function RoutePage({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <ErrorBoundary FallbackComponent={RouteError}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route
            index
            element={
              <RoutePage>
                <HomeRoute />
              </RoutePage>
            }
          />
          <Route
            path="commitments"
            element={
              <RoutePage>
                <CommitmentsRoute />
              </RoutePage>
            }
          />
          <Route
            path="commitments/:id"
            element={
              <RoutePage>
                <CommitmentDetailRoute />
              </RoutePage>
            }
          />
          <Route
            path="sources/:id"
            element={
              <RoutePage>
                <SourceRoute />
              </RoutePage>
            }
          />
          <Route
            path="changes"
            element={
              <RoutePage>
                <ChangesRoute />
              </RoutePage>
            }
          />
          <Route
            path="about"
            element={
              <RoutePage>
                <AboutRoute />
              </RoutePage>
            }
          />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}
