/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { bundleReport } from './scripts/bench/bundle-report-plugin.js';

/**
 * The Content-Security-Policy of the built app: nothing from other origins, no
 * inline script. Added at build time only, because the dev server injects
 * inline styles for hot reload. The same policy is documented as a header in
 * docs/deploy.md (`frame-ancestors` works only as a header).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'lyct-csp-meta',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }];
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), bundleReport()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Chrome 87 is the oldest browser the offices run (360/QQ/UOS Chromium, Chrome 109 on Windows 7).
    outDir: process.env.LYCT_OUT_DIR ?? 'dist',
    // …and its JS must pass an ES2020 syntax check (QUALITY.md): Chrome 87 alone would let `??=`/`||=` (ES2021) through.
    target: ['chrome87', 'es2020'],
    cssTarget: 'chrome87',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // Chrome 87 supports <link rel="modulepreload">: the polyfill is dead weight on every page.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
  preview: { port: 4317, strictPort: true },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
  },
});
