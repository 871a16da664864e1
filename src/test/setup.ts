import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { en } from '@/i18n/en';
import { registerCatalog } from '@/i18n/translate';

// The app loads English before rendering an English page (main.tsx); tests render directly.
registerCatalog('en', en);

afterEach(() => {
  cleanup();
});
