/**
 * One observer for everything on the host page a widget follows: `lang`, `dir`, `class` and
 * theme attributes on `<html>` and `<body>`, and the reader's colour-scheme preference. Shared
 * by every widget, started with the first and stopped with the last.
 */
type PageSignalListener = () => void;

const listeners = new Set<PageSignalListener>();
let observer: MutationObserver | undefined;
let darkQuery: MediaQueryList | undefined;
let bodyObserved = false;

const notify = () => {
  for (const listener of [...listeners]) listener();
};

const OBSERVED_ATTRIBUTES = ['lang', 'dir', 'class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme', 'data-mode'];

function observeBody(): void {
  if (bodyObserved || !document.body || !observer) return;
  observer.observe(document.body, { attributes: true, attributeFilter: OBSERVED_ATTRIBUTES });
  bodyObserved = true;
}

/** Calls `listener` whenever a page signal may have changed. Returns the unsubscriber. */
export function onPageSignals(listener: PageSignalListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: OBSERVED_ATTRIBUTES });
    observeBody();
    if (!bodyObserved) document.addEventListener('DOMContentLoaded', observeBody, { once: true });
    darkQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
    darkQuery?.addEventListener('change', notify);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || !observer) return;
    observer.disconnect();
    observer = undefined;
    bodyObserved = false;
    darkQuery?.removeEventListener('change', notify);
    darkQuery = undefined;
  };
}

/** Whether the reader's system asks for a dark colour scheme. */
export const prefersDark = (): boolean => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
