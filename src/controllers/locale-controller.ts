import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LocalizedText } from '../bundle/schema.js';
import { ar } from '../i18n/ar.js';
import { en, type SharedStrings } from '../i18n/en.js';
import { closeBidiControls } from '../helpers/bidi.js';
import { isDateOnly, timeOf } from '../helpers/dates.js';
import { memo } from '../helpers/memo.js';
import { onPageSignals } from './page-signals.js';

/** Text chosen from a localizable value, with the language it is actually in. */
export interface PickedText {
  readonly text: string;
  readonly lang: string;
}

/** A table of strings per language; English is required and fills any gap. */
export type StringTable<T> = { readonly en: T } & { readonly [language: string]: T | undefined };

const SHARED: StringTable<SharedStrings> = { en, ar };
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

const primary = (lang: string) => lang.split('-')[0].toLowerCase();

const canonical = new Map<string, string>();
/** The canonical form of a language tag, or undefined for one `Intl` would throw on. */
const canonicalLanguage = (tag: string): string | undefined =>
  memo(canonical, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return '';
    }
  }) || undefined;

/** Right-to-left for Arabic, Hebrew, Persian, Urdu and the other RTL scripts' languages. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(primary(lang)) ? 'rtl' : 'ltr');

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;
/** Formatters are costly to build and widgets are many: one per language and style. */
const formatters = new Map<string, Formatter>();
const cached = <T extends Formatter>(key: string, make: () => T): T => memo(formatters, key, make) as T;

/** The formatter for calendar dates (or, with `dateOnly` false, date-times) in a language. */
const dateFormat = (language: string, dateOnly: boolean) =>
  cached(`date|${language}|${dateOnly}`, () =>
    new Intl.DateTimeFormat(language, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' }),
  );

/**
 * A page's first Intl formatter costs 10–20 ms (the browser loads its locale data), paid by the
 * first widget to show a date. While the bundle is on its way the page is often idle: the date
 * formatter for the language is made then, once per language, where the browser can wait idle.
 */
const preparing = new Set<string>();
function prepareDates(language: string): void {
  if (preparing.has(language) || typeof requestIdleCallback !== 'function') return;
  preparing.add(language);
  requestIdleCallback(() => dateFormat(language, true));
}

/**
 * Formatted dates and percentages, by language and value: a page of many widgets formats the
 * same few values over and over, and Intl formatting is the costly part of a render.
 */
const formatted = new Map<string, string>();

/** The entry of a table for a language: exact tag, then its primary language, then English. */
export function stringsFor<T>(table: StringTable<T>, lang: string): T {
  return table[lang] ?? table[primary(lang)] ?? table.en;
}

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * Language, direction and formatting for one widget. The language is the widget's own `lang`,
 * else the nearest ancestor's (up to `<html>`), else the bundle's default, else English; it
 * follows changes to any of them.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #stopWatching?: () => void;
  #lastSeen = '';
  #bundleLanguage?: string;
  /** The language, kept from the start of an update to its end (a render asks many times). */
  #language?: string;
  #updating = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
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
  get bundleLanguage(): string | undefined {
    return this.#bundleLanguage;
  }

  set bundleLanguage(language: string | undefined) {
    if (language !== this.#bundleLanguage) this.#language = undefined;
    this.#bundleLanguage = language;
  }

  /** The language the widget speaks to its reader in (a BCP 47 tag); malformed tags are skipped. */
  get language(): string {
    if (!this.#updating) return this.#resolveLanguage();
    this.#language ??= this.#resolveLanguage();
    return this.#language;
  }

  #resolveLanguage(): string {
    // A server render (Lit SSR) has no page around the widget: only its own lang, then the bundle's.
    const candidates = isServer
      ? [this.#host.getAttribute('lang'), this.#bundleLanguage]
      : [this.#host.closest<HTMLElement>('[lang]:not([lang=""])')?.lang, document.documentElement.lang, this.#bundleLanguage];
    for (const candidate of candidates) {
      const language = candidate ? canonicalLanguage(candidate) : undefined;
      if (language) return language;
    }
    return 'en';
  }

  /** The widget's own `dir` attribute if set, else the direction of its language. */
  get dir(): 'ltr' | 'rtl' {
    const own = this.#host.getAttribute('dir')?.toLowerCase();
    return own === 'rtl' || own === 'ltr' ? own : directionOf(this.language);
  }

  /** Strings shared by all elements, in the widget's language. */
  get shared(): SharedStrings {
    return stringsFor(SHARED, this.language);
  }

  /** An element's own strings, in the widget's language. */
  strings<T>(table: StringTable<T>): T {
    return stringsFor(table, this.language);
  }

  /**
   * Picks localizable bundle text: the widget's language, then its primary language ("ar" for
   * "ar-EG"), then the bundle's default, then whichever the text has first.
   * Directional controls the text leaves open are closed (see `closeBidiControls`).
   */
  pick(text: LocalizedText | undefined): PickedText | undefined {
    if (text === undefined) return undefined;
    const fallback = this.bundleLanguage ?? 'en';
    if (typeof text === 'string') return { text: closeBidiControls(text), lang: fallback };
    const wanted = [this.language, primary(this.language), fallback];
    for (const lang of wanted) if (text[lang] !== undefined) return { text: closeBidiControls(text[lang]), lang };
    const first = Object.keys(text)[0];
    return first === undefined ? undefined : { text: closeBidiControls(text[first]), lang: first };
  }

  /** A date ("3 November 2017"); a date-time also gets its time, in the reader's zone. */
  date(iso: string): string {
    const language = this.language;
    return memo(formatted, `date|${language}|${iso}`, () => dateFormat(language, isDateOnly(iso)).format(timeOf(iso)));
  }

  /** "33%" (whole percentages; below 1% one decimal), "about 33%" when approximate. */
  percent(fraction: number, approximate = false): string {
    const language = this.language;
    return memo(formatted, `percent|${language}|${fraction}|${approximate}`, () => {
      const digits = fraction > 0 && fraction < 0.01 ? 1 : 0;
      const text = cached(
        `percent|${language}|${digits}`,
        () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits }),
      ).format(fraction);
      return approximate ? this.shared.approximately(text) : text;
    });
  }

  /** A plain number in the reader's numerals. */
  number(value: number): string {
    return cached(`number|${this.language}`, () => new Intl.NumberFormat(this.language)).format(value);
  }

  /** "2 days ago", "in 3 hours", "yesterday": the time from `now` to a date. */
  relativeTime(iso: string, now = Date.now()): string {
    const difference = timeOf(iso) - now;
    const formatter = cached(
      `relative|${this.language}`,
      () => new Intl.RelativeTimeFormat(this.language, { numeric: 'auto' }),
    );
    for (const [unit, size] of RELATIVE_UNITS) {
      if (Math.abs(difference) >= size) return formatter.format(Math.round(difference / size), unit);
    }
    return formatter.format(0, 'minute');
  }

  /** "Russia, Iran and Hezbollah". */
  list(items: readonly string[]): string {
    return cached(
      `list|${this.language}`,
      () => new Intl.ListFormat(this.language, { style: 'long', type: 'conjunction' }),
    ).format(items);
  }
}
