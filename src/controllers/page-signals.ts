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
/** Counts the times a page signal may have changed (or stopped being watched). */
let generation = 0;

const notify = () => {
  generation += 1;
  for (const listener of [...listeners]) listener();
};

/**
 * A value worked out from the page's attributes, kept until one of them may have changed: 400
 * widgets each asking the page for its theme searched the whole page 400 times over. Worked out
 * afresh on every call while nothing watches the page. A change made just before the call, whose
 * observer callback has not run yet, is seen too: the callback's records are taken here, and
 * the listeners are still told, a moment later.
 */
export function fromPageSignals<T>(compute: () => T): () => T {
  let kept: { generation: number; value: T } | undefined;
  return () => {
    if (!observer) return compute();
    if (observer.takeRecords().length > 0) {
      generation += 1;
      queueMicrotask(notify);
    }
    if (kept?.generation !== generation) kept = { generation, value: compute() };
    return kept.value;
  };
}

const OBSERVED_ATTRIBUTES = ['lang', 'dir', 'class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme', 'data-mode'];

function observeBody(): void {
  if (bodyObserved || !document.body || !observer) return;
  observer.observe(document.body, { attributes: true, attributeFilter: OBSERVED_ATTRIBUTES });
  bodyObserved = true;
  // The body, and any <meta> signal in the head, may have arrived since the last look.
  generation += 1;
}

/** Calls `listener` whenever a page signal may have changed. Returns the unsubscriber. */
export function onPageSignals(listener: PageSignalListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notify);
    generation += 1;
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
export const prefersDark = (): boolean => (darkQuery ?? window.matchMedia?.('(prefers-color-scheme: dark)'))?.matches ?? false;
