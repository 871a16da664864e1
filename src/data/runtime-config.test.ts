import { describe, expect, it } from 'vitest';
import { readRuntimeConfig, resolveDatasetUrl } from './runtime-config';

describe('runtime config', () => {
  it('defaults to the bundled dataset', () => {
    expect(readRuntimeConfig(undefined).datasetUrl).toBe('data/commitments.json');
    expect(readRuntimeConfig({ datasetUrl: 42 }).datasetUrl).toBe('data/commitments.json');
  });
  it('resolves against the app root, not the current route', () => {
    const config = readRuntimeConfig({ datasetUrl: 'data/new.json' });
    expect(resolveDatasetUrl(config, 'http://intra.local', '/')).toBe('http://intra.local/data/new.json');
    expect(resolveDatasetUrl(config, 'http://intra.local', '/tracker/')).toBe(
      'http://intra.local/tracker/data/new.json',
    );
  });
  it('refuses non-http schemes', () => {
    const config = readRuntimeConfig({ datasetUrl: 'javascript:alert(1)' });
    expect(resolveDatasetUrl(config, 'http://intra.local', '/')).toBe('http://intra.local/data/commitments.json');
  });
  it('reads the silence allowance, falling back to 60 s on anything unusable without losing the dataset URL', () => {
    expect(readRuntimeConfig(undefined).loadSilenceSeconds).toBe(60);
    expect(readRuntimeConfig({ loadSilenceSeconds: 5 }).loadSilenceSeconds).toBe(5);
    for (const bad of [0, -1, 601, '30', Number.NaN, null]) {
      const config = readRuntimeConfig({ datasetUrl: 'data/new.json', loadSilenceSeconds: bad });
      expect(config).toEqual({ datasetUrl: 'data/new.json', loadSilenceSeconds: 60 });
    }
  });
});
