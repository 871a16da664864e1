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
});
