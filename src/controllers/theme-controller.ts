import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fromPageSignals, onPageSignals, prefersDark } from './page-signals.js';

export type ThemeSetting = 'auto' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

/**
 * What a site's own theme toggle commonly sets on `<html>` or `<body>`. A page can name its own
 * with `<meta name="news-widgets:dark-selector" content="…">` (and `light-selector`).
 */
export const DEFAULT_DARK_SELECTOR =
  '[data-theme~="dark"],[data-color-scheme~="dark"],[data-bs-theme="dark"],[data-mode="dark"],.dark,.dark-mode,.theme-dark';
export const DEFAULT_LIGHT_SELECTOR =
  '[data-theme~="light"],[data-color-scheme~="light"],[data-bs-theme="light"],[data-mode="light"],.light,.light-mode,.theme-light';

const warnedSelectors = new Set<string>();

function matchesSelector(element: Element, kind: 'dark' | 'light'): boolean {
  const configured = document
    .querySelector<HTMLMetaElement>(`meta[name="news-widgets:${kind}-selector"]`)
    ?.content.trim();
  const selector = configured || (kind === 'dark' ? DEFAULT_DARK_SELECTOR : DEFAULT_LIGHT_SELECTOR);
  try {
    return element.matches(selector);
  } catch {
    if (!warnedSelectors.has(selector)) {
      warnedSelectors.add(selector);
      console.warn(
        `news-widgets: <meta name="news-widgets:${kind}-selector" content="${selector}"> is not a valid CSS selector; the default one is used instead.`,
      );
    }
    return element.matches(kind === 'dark' ? DEFAULT_DARK_SELECTOR : DEFAULT_LIGHT_SELECTOR);
  }
}

/** The theme the host page itself asks for, if it says; its toggle wins over the system's. */
export const pageTheme = fromPageSignals((): ResolvedTheme | undefined => {
  for (const element of [document.documentElement, document.body]) {
    if (!element) continue;
    if (matchesSelector(element, 'dark')) return 'dark';
    if (matchesSelector(element, 'light')) return 'light';
  }
  return undefined;
});

/** Resolves a widget's `theme` setting to light or dark, and follows the page and the system. */
export class ThemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #setting: () => string | undefined | null;
  #stopWatching?: () => void;
  #lastResolved?: ResolvedTheme;
  /** The theme, kept from the start of an update to its end (a render may ask more than once). */
  #resolved?: ResolvedTheme;

  constructor(host: ReactiveControllerHost, setting: () => string | undefined | null) {
    this.#host = host;
    this.#setting = setting;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#resolved = this.#resolve();
  }

  hostUpdated(): void {
    this.#resolved = undefined;
  }

  hostConnected(): void {
    this.#lastResolved = this.#resolve();
    this.#stopWatching = onPageSignals(() => {
      const resolved = this.#resolve();
      if (resolved === this.#lastResolved) return;
      this.#lastResolved = resolved;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  /** `light` or `dark`: the setting if explicit, else the page's signal, else the system's. */
  get resolved(): ResolvedTheme {
    return this.#resolved ?? this.#resolve();
  }

  #resolve(): ResolvedTheme {
    const setting = this.#setting()?.trim().toLowerCase();
    if (setting === 'light' || setting === 'dark') return setting;
    // A server render (Lit SSR) has neither a page nor a reader to ask; static HTML is light.
    if (isServer) return 'light';
    return pageTheme() ?? (prefersDark() ? 'dark' : 'light');
  }
}
