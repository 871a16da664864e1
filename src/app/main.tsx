import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadCatalog } from '@/i18n/translate';
import { initialLang } from '@/i18n/use-i18n';
import { datasetQueryOptions } from '@/data/queries';
import { datasetUrl } from '@/data/runtime-config';
import { readLargeText } from '@/lib/preferences';
import { Providers, createQueryClient } from './providers';
import { AppRoutes } from './router';
import './styles.css';

// Before the first render, so the remembered text size never causes a layout shift.
if (readLargeText()) document.documentElement.dataset.large = 'true';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = createQueryClient();
// Start the dataset request now, in parallel with the route's code, not after it.
void client.prefetchQuery(datasetQueryOptions(datasetUrl()));

function render() {
  createRoot(root!).render(
    <StrictMode>
      <Providers client={client}>
        {/* Filter changes must show at once (a checkbox must not flip back while a transition waits). */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  );
}

// A reader who opens the page in English gets English from the first paint.
loadCatalog(initialLang(window.location.search)).then(render, render);
