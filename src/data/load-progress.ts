import type { LoadProgress } from './read-body';

/**
 * The dataset request as the loading message sees it: when it started, how
 * many bytes have come, and the reader's way to cancel it. react-query knows
 * none of this, so the query function reports here and the page subscribes.
 */
export interface LoadState extends LoadProgress {
  startedAt: number;
}

const states = new Map<string, LoadState>();
const cancels = new Map<string, AbortController>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Called by the query function as a request starts; returns the signal the reader's cancel aborts. */
export function beginLoad(url: string, now = Date.now()): AbortSignal {
  cancels.get(url)?.abort();
  const controller = new AbortController();
  cancels.set(url, controller);
  states.set(url, { startedAt: now, received: 0, total: undefined });
  notify();
  return controller.signal;
}

export function reportProgress(url: string, progress: LoadProgress): void {
  const state = states.get(url);
  if (!state) return;
  states.set(url, { ...state, ...progress });
  notify();
}

export function endLoad(url: string, signal: AbortSignal): void {
  if (cancels.get(url)?.signal !== signal) return;
  cancels.delete(url);
  states.delete(url);
  notify();
}

export function cancelLoad(url: string): void {
  cancels.get(url)?.abort();
}

export function loadState(url: string): LoadState | undefined {
  return states.get(url);
}

export function subscribeLoads(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
