// Keeps what the keyboard focuses clear of the pane's sticky notice (WCAG 2.4.11, focus not obscured).
import { useCallback, useRef } from 'react';

/**
 * A ref for a `position: sticky` element at the top of the page: while it is there, the page's
 * `scroll-padding-top` is its height, so the browser scrolls a newly focused control below it instead of
 * under it. Where ResizeObserver is missing (jsdom), nothing happens: the notice still shows, only unpadded.
 */
export function useStickyOffset(): (element: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const root = document.documentElement;
    if (element === null || typeof ResizeObserver === 'undefined') {
      root.style.removeProperty('scroll-padding-top');
      return;
    }
    observer.current = new ResizeObserver(() => {
      const height = element.getBoundingClientRect().height;
      if (height > 0) root.style.setProperty('scroll-padding-top', `${Math.ceil(height)}px`);
      else root.style.removeProperty('scroll-padding-top');
    });
    observer.current.observe(element);
  }, []);
}
