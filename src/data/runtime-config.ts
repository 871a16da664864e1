import { z } from 'zod/mini';

/**
 * Deploy-time settings, read from `config.js` beside `index.html` so that an
 * intranet server can point the app at an updated dataset without a rebuild.
 */
const runtimeConfigSchema = z.object({
  datasetUrl: z._default(z.string().check(z.minLength(1), z.maxLength(2000)), 'data/commitments.json'),
  /** How long the dataset's line may stay silent before the app gives up (docs/decisions/0013). */
  loadSilenceSeconds: z.catch(z._default(z.number().check(z.gte(1), z.lte(600)), 60), 60),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

declare global {
  interface Window {
    LYCT_CONFIG?: unknown;
  }
}

export function readRuntimeConfig(raw: unknown): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : runtimeConfigSchema.parse({});
}

/**
 * The dataset's absolute URL. A relative `datasetUrl` is resolved against the
 * app's base, not the current route, so `/commitments/x` loads the same file as `/`.
 * Only same-origin or http(s) URLs are accepted; anything else falls back to the bundled file.
 */
export function resolveDatasetUrl(config: RuntimeConfig, origin: string, base: string): string {
  const root = new URL(base, origin);
  try {
    const url = new URL(config.datasetUrl, root);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // fall through to the bundled dataset
  }
  return new URL('data/commitments.json', root).href;
}

/** The silence allowed while loading the dataset, from `config.js` (60 s unless a deploy says otherwise). */
export function loadSilenceMs(): number {
  const config = readRuntimeConfig(typeof window === 'undefined' ? undefined : window.LYCT_CONFIG);
  return config.loadSilenceSeconds * 1000;
}

export function datasetUrl(): string {
  const config = readRuntimeConfig(typeof window === 'undefined' ? undefined : window.LYCT_CONFIG);
  return resolveDatasetUrl(config, window.location.origin, import.meta.env.BASE_URL);
}
