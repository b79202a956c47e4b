/**
 * Formatting for one language, without a host element: what an element's `LocaleController`
 * delegates to, and what the embed builder (or anything else with no widget on the page) makes
 * for a chosen language with `localeFor()`, so that it writes a widget's text exactly as the
 * widget does.
 */
import type { DateValue, LocalizedText, Statement } from '../bundle/schema.js';
import { statementOf } from '../bundle/statement.js';
import { ar } from '../i18n/ar.js';
import { en, type SharedStrings } from '../i18n/en.js';
import { closeBidiControls } from '../helpers/bidi.js';
import { precisionOf, timeOf, type DatePrecision } from '../helpers/dates.js';
import { memo } from '../helpers/memo.js';

/** Text chosen from a localizable value, with the language it is actually in. */
export interface PickedText {
  readonly text: string;
  readonly lang: string;
  /** True where the bundle marks the text as a translation (never anyone's original words). */
  readonly translation?: boolean;
}

/** A table of strings per language; English is required and fills any gap. */
export type StringTable<T> = { readonly en: T } & { readonly [language: string]: T | undefined };

const SHARED: StringTable<SharedStrings> = { en, ar };
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The primary language of a tag: "ar" for "ar-EG". */
export const primaryLanguage = (lang: string): string => lang.split('-')[0].toLowerCase();

const canonical = new Map<string, string>();
/** The canonical form of a language tag, or undefined for one `Intl` would throw on. */
export const canonicalLanguage = (tag: string): string | undefined =>
  memo(canonical, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return '';
    }
  }) || undefined;

/** Right-to-left for Arabic, Hebrew, Persian, Urdu and the other RTL scripts' languages. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(primaryLanguage(lang)) ? 'rtl' : 'ltr');

/** The entry of a table for a language: exact tag, then its primary language, then English. */
export function stringsFor<T>(table: StringTable<T>, lang: string): T {
  return table[lang] ?? table[primaryLanguage(lang)] ?? table.en;
}

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat | Intl.DisplayNames;
/** Formatters are costly to build and widgets are many: one per language and style. */
const formatters = new Map<string, Formatter>();
const cached = <T extends Formatter>(key: string, make: () => T): T => memo(formatters, key, make) as T;

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { dateStyle: 'long', timeZone: 'UTC' },
  // A time says its zone ("6:00 PM GMT+3"): a page rendered on a server, or read in another zone, stays true.
  time: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};
const DAY_MS = 86_400_000;
/**
 * The formatter for dates of one precision in a language: "2016", "June 2016", "3 June 2016"
 * (calendar dates in UTC, the day where they were reported), or a date-time in the reader's zone.
 */
const dateFormat = (language: string, precision: DatePrecision) =>
  cached(`date|${language}|${precision}`, () => new Intl.DateTimeFormat(language, DATE_OPTIONS[precision]));

/** Relative times ("2 days ago") only for facts this recent; older ones show their date. */
const RECENT_MS = 28 * 86_400_000;

/**
 * A page's first Intl formatter is slow to make (the browser loads its locale data; figures in
 * bench/RESULTS.md), and the first widget to show a date would pay for it. While the bundle is on its way the page is often idle: the date
 * formatter for the language is made then, once per language, where the browser can wait idle.
 */
const preparing = new Set<string>();
export function prepareDates(language: string): void {
  if (preparing.has(language) || typeof requestIdleCallback !== 'function') return;
  preparing.add(language);
  requestIdleCallback(() => dateFormat(language, 'day'));
}

/**
 * Formatted dates, percentages and names, by language and value: a page of many widgets formats
 * the same few values over and over, and Intl formatting is the costly part of a render.
 */
const formatted = new Map<string, string>();

/** A name `Intl.DisplayNames` gives, or the code itself where it has none (or refuses the code). */
function displayName(language: string, type: 'language' | 'region', code: string): string {
  return memo(formatted, `${type}|${language}|${code}`, () => {
    try {
      return cached(`${type}|${language}`, () => new Intl.DisplayNames(language, { type })).of(code) ?? code;
    } catch {
      return code;
    }
  });
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
 * Words and formats in one language: UI strings, bundle text picked for it, dates, numbers,
 * percentages, lists, and the names of languages and countries. Holds no state of its own
 * (formatters and formatted values are shared by the page); a `LocaleController` is one whose
 * language follows its widget.
 */
export class Locale {
  readonly #language: string;
  readonly #bundleLanguage: string | undefined;

  /** The language (a canonical BCP 47 tag) and the bundle's default one (`meta.language`). */
  constructor(language: string, bundleLanguage?: string) {
    this.#language = language;
    this.#bundleLanguage = bundleLanguage;
  }

  /** The language the text is in (a canonical BCP 47 tag). */
  get language(): string {
    return this.#language;
  }

  /** The bundle's default language (`meta.language`), used for text that lacks the language. */
  get bundleLanguage(): string | undefined {
    return this.#bundleLanguage;
  }

  /** The direction of the language. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** Strings shared by all elements. */
  get shared(): SharedStrings {
    return stringsFor(SHARED, this.language);
  }

  /** An element's own strings. */
  strings<T>(table: StringTable<T>): T {
    return stringsFor(table, this.language);
  }

  /**
   * Picks localizable bundle text (or a statement's text): the language, then its primary
   * language ("ar" for "ar-EG"), then the bundle's default, then whichever the text has first.
   * A value marked as a translation says so (`translation`). Directional controls the text
   * leaves open are closed (see `closeBidiControls`).
   */
  pick(value: LocalizedText | Statement | undefined): PickedText | undefined {
    const text = statementOf(value)?.text;
    if (text === undefined) return undefined;
    const fallback = this.bundleLanguage ?? 'en';
    if (typeof text === 'string') return { text: closeBidiControls(text), lang: fallback };
    const chosen = (lang: string): PickedText => {
      const entry = text[lang];
      return typeof entry === 'string'
        ? { text: closeBidiControls(entry), lang }
        : { text: closeBidiControls(entry.text), lang, translation: entry.translation || undefined };
    };
    for (const lang of [this.language, primaryLanguage(this.language), fallback]) if (text[lang] !== undefined) return chosen(lang);
    const first = Object.keys(text)[0];
    return first === undefined ? undefined : chosen(first);
  }

  /**
   * A date at the precision the bundle gives it: "2016", "June 2016", "3 June 2016", "late
   * 2017", "mid-July 2017", "around June 2016", "June – August 2016", or the source's own words
   * where the date carries them; a date-time also gets its time, in the reader's zone. Never a
   * day the data does not have.
   */
  date(value: DateValue): string {
    const language = this.language;
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    return memo(formatted, `date|${language}|${key}`, () => {
      if (typeof value === 'string') return this.#dateString(value);
      const words = value.text !== undefined ? this.pick(value.text) : undefined;
      if (words) return words.text;
      const shared = this.shared;
      let text: string;
      if (value.date !== undefined) {
        text = value.part ? shared.datePart[value.part](this.#dateString(value.date)) : this.#dateString(value.date);
      } else {
        const from = value.from ?? '';
        const to = value.to ?? '';
        const precision = precisionOf(from);
        text =
          precision === precisionOf(to) && precision !== 'time'
            ? dateFormat(language, precision).formatRange(timeOf(from), timeOf(to))
            : `${this.#dateString(from)} – ${this.#dateString(to)}`;
      }
      return value.approximate ? shared.aroundDate(text) : text;
    });
  }

  /**
   * A date string at its precision. A date-time at midnight UTC ("2017-11-19T00:00:00Z") is how
   * a day is often written: it is shown as that day, not as the evening before west of Greenwich.
   */
  #dateString(iso: string): string {
    const at = timeOf(iso);
    const precision = precisionOf(iso);
    return dateFormat(this.language, precision === 'time' && at % DAY_MS === 0 ? 'day' : precision).format(at);
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

  /**
   * "2 days ago", "yesterday": the time from `now` to a date given to the day or closer, when
   * it is at most four weeks away; undefined for an older fact (it shows its date) or a year,
   * a month or a part of one, which a relative time would sharpen.
   */
  recentTime(value: DateValue, now = Date.now()): string | undefined {
    if (typeof value !== 'string' || precisionOf(value) === 'year' || precisionOf(value) === 'month') return undefined;
    if (Math.abs(timeOf(value) - now) > RECENT_MS) return undefined;
    return this.relativeTime(value, now);
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

  /** "Persian" for `fa` in English, "الفارسية" in Arabic; the tag itself where Intl has no name. */
  languageName(tag: string): string {
    return displayName(this.language, 'language', tag);
  }

  /** "Iraq" for `IQ` in English, "العراق" in Arabic; the code itself where Intl has no name. */
  regionName(code: string): string {
    return displayName(this.language, 'region', code);
  }
}

const locales = new Map<string, Locale>();
/**
 * The formatting for a language (any BCP 47 tag; a malformed one counts as English) and the
 * bundle's default language, made once per pair.
 */
export function localeFor(language: string, bundleLanguage?: string): Locale {
  const tag = canonicalLanguage(language) ?? 'en';
  return memo(locales, `${tag}|${bundleLanguage ?? ''}`, () => new Locale(tag, bundleLanguage));
}
