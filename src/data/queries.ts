import { queryOptions } from '@tanstack/react-query';
import { fetchDataset, isRetryable } from './load-dataset';
import { beginLoad, endLoad, reportProgress } from './load-progress';
import { loadSilenceMs } from './runtime-config';

/**
 * The one read of the dataset. Bundled data never goes stale within a visit;
 * one retry for failures a retry can fix, so a failed load shows its message within seconds.
 * A slow transfer is waited for as long as bytes keep coming; the loading message
 * follows it through `load-progress`, which also carries the reader's cancel.
 */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: async ({ signal }) => {
      const cancel = beginLoad(url);
      try {
        return await fetchDataset(url, {
          signal,
          cancel,
          silenceMs: loadSilenceMs(),
          onProgress: (progress) => reportProgress(url, progress),
        });
      } finally {
        endLoad(url, cancel);
      }
    },
    staleTime: Infinity,
    gcTime: Infinity,
    networkMode: 'always',
    retry: (failureCount, error) => failureCount < 1 && isRetryable(error),
    retryDelay: 400,
  });
}

/** The full text of a source document shipped beside the dataset (for quotes in context). */
export function sourceTextQueryOptions(datasetUrl: string, textPath: string) {
  const url = new URL(textPath, datasetUrl).href;
  return queryOptions({
    queryKey: ['source-text', url] as const,
    queryFn: async ({ signal }) => {
      const response = await fetch(url, { signal, cache: 'no-cache' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.text()).replace(/^\uFEFF/, '');
    },
    staleTime: Infinity,
    gcTime: Infinity,
    networkMode: 'always',
    retry: 1,
    retryDelay: 400,
  });
}
