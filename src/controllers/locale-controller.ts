import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { canonicalLanguage, directionOf, Locale, prepareDates } from './locale.js';
import { onPageSignals } from './page-signals.js';

export { directionOf, stringsFor, type PickedText, type StringTable } from './locale.js';

/**
 * Language, direction and formatting (everything a `Locale` does) for one widget. The language is the widget's own `lang`,
 * else the nearest ancestor's (up to `<html>`), else the bundle's default, else English; it
 * follows changes to any of them.
 */
export class LocaleController extends Locale implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #stopWatching?: () => void;
  #lastSeen = '';
  readonly #bundleLanguage: () => string | undefined;
  /** The language, kept from the start of an update to its end (a render asks many times). */
  #language?: string;
  #updating = false;

  /** `bundleLanguage` gives the `meta.language` of the bundle the widget shows, if any. */
  constructor(host: ReactiveControllerHost & HTMLElement, bundleLanguage: () => string | undefined) {
    // The language and the bundle's are read afresh through the getters below, not kept.
    super('en');
    this.#host = host;
    this.#bundleLanguage = bundleLanguage;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) prepareDates(this.language);
    this.#lastSeen = this.#signature();
    this.#stopWatching = onPageSignals(() => {
      const seen = this.#signature();
      if (seen === this.#lastSeen) return;
      this.#lastSeen = seen;
      this.#host.requestUpdate();
    });
  }

  hostUpdate(): void {
    this.#updating = true;
    this.#language = undefined;
  }

  hostUpdated(): void {
    this.#updating = false;
    this.#language = undefined;
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  #signature(): string {
    return `${this.language}|${this.dir}`;
  }

  /** The bundle's default language (`meta.language`), used when the page names none. */
  override get bundleLanguage(): string | undefined {
    return this.#bundleLanguage();
  }

  /** The language the widget speaks to its reader in (a BCP 47 tag); malformed tags are skipped. */
  override get language(): string {
    if (!this.#updating) return this.#resolveLanguage();
    this.#language ??= this.#resolveLanguage();
    return this.#language;
  }

  #resolveLanguage(): string {
    // A server render (Lit SSR) has no page around the widget: only its own lang, then the bundle's.
    const candidates = isServer
      ? [this.#host.getAttribute('lang'), this.#bundleLanguage()]
      : [this.#host.closest<HTMLElement>('[lang]:not([lang=""])')?.lang, document.documentElement.lang, this.#bundleLanguage()];
    for (const candidate of candidates) {
      const language = candidate ? canonicalLanguage(candidate) : undefined;
      if (language) return language;
    }
    return 'en';
  }

  /** The widget's own `dir` attribute if set, else the direction of its language. */
  override get dir(): 'ltr' | 'rtl' {
    const own = this.#host.getAttribute('dir')?.toLowerCase();
    return own === 'rtl' || own === 'ltr' ? own : directionOf(this.language);
  }
}
