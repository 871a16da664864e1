import { useCallback, useState } from 'react';

/**
 * The place a chart is drawn in: its width in pixels (kept up to date with a
 * ResizeObserver, so axis labels can be fitted to a phone) and whether it is
 * near the screen. A page of twenty recharts charts costs seconds on an old
 * office PC, so each chart is drawn only once the reader scrolls near it (or
 * prints), and then stays drawn. Its frame, numbers and table are always there.
 * Returns a callback ref to put on the element.
 */
export function useChartSlot(): { ref: (node: HTMLElement | null) => void; width: number; active: boolean } {
  const [width, setWidth] = useState(0);
  const [active, setActive] = useState(false);
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node) return;
    setWidth(Math.floor(node.getBoundingClientRect().width));
    const cleanups: (() => void)[] = [];
    if (typeof ResizeObserver === 'function') {
      const resize = new ResizeObserver((entries) => {
        const entry = entries[0];
        if (entry) setWidth(Math.floor(entry.contentRect.width));
      });
      resize.observe(node);
      cleanups.push(() => resize.disconnect());
    }
    if (typeof IntersectionObserver !== 'function') setActive(true);
    else {
      const near = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setActive(true);
            near.disconnect();
          }
        },
        { rootMargin: '600px 0px' },
      );
      near.observe(node);
      cleanups.push(() => near.disconnect());
    }
    const draw = () => setActive(true);
    window.addEventListener('beforeprint', draw);
    cleanups.push(() => window.removeEventListener('beforeprint', draw));
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    print?.addEventListener('change', draw);
    cleanups.push(() => print?.removeEventListener('change', draw));
    return () => cleanups.forEach((cleanup) => cleanup());
  }, []);
  return { ref, width, active };
}
