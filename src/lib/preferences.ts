const LARGE_KEY = 'lyct.large';

/** The large-text, high-contrast mode (适老化): one switch, remembered on this browser. */
export function readLargeText(): boolean {
  try {
    return window.localStorage.getItem(LARGE_KEY) === '1';
  } catch {
    return false;
  }
}

export function applyLargeText(on: boolean): void {
  if (on) document.documentElement.dataset.large = 'true';
  else delete document.documentElement.dataset.large;
  try {
    window.localStorage.setItem(LARGE_KEY, on ? '1' : '0');
  } catch {
    // storage disabled: the mode still applies for this visit
  }
}
