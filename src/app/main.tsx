import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { readLargeText } from '@/lib/preferences';
import { Providers, createQueryClient } from './providers';
import { createRouter } from './router';
import './styles.css';

// Before the first render, so the remembered text size never causes a layout shift.
if (readLargeText()) document.documentElement.dataset.large = 'true';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <RouterProvider router={createRouter()} />
    </Providers>
  </StrictMode>,
);
