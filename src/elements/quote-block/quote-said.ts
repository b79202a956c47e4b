import type { DateValue } from '../../bundle/schema.js';
import type { Locale } from '../../controllers/locale.js';
import { precisionOf } from '../../helpers/dates.js';
import { quoteBlockStrings } from './quote-block.strings.js';

/**
 * When a quote was said, as words around its dates: "Said on 3 June 2017" for a day, "Said in
 * June 2017", "Said in mid-November 2017" or "Said in 2017" for a period, "Said around June
 * 2016", "Said between June 2016 and August 2016", or "Said: a Sunday in June" for the source's
 * own words. Never a day the data does not have: the date is formatted at its precision.
 */
export function saidForm(value: DateValue, locale: Locale): { readonly words: readonly string[]; readonly dates: readonly DateValue[] } {
  const strings = locale.strings(quoteBlockStrings);
  const toTheDay = (date: string) => precisionOf(date) === 'day' || precisionOf(date) === 'time';
  if (typeof value === 'string') return { words: toTheDay(value) ? strings.saidOn : strings.saidIn, dates: [value] };
  if (value.text !== undefined) return { words: strings.saidInWords, dates: [value] };
  if (value.approximate) {
    // "around" is the element's own word here, so that each language can place it ("في يونيو 2016 تقريبًا").
    return { words: strings.saidAround, dates: [{ ...value, approximate: false }] };
  }
  if (value.date !== undefined) return { words: value.part === undefined && toTheDay(value.date) ? strings.saidOn : strings.saidIn, dates: [value] };
  if (value.from !== undefined && value.to !== undefined) return { words: strings.saidBetween, dates: [value.from, value.to] };
  return { words: strings.saidIn, dates: [value] };
}

/** The phrase as plain text, for the fallback line (`renderSaid` in quote-block.ts puts each date in a `<time>`). */
export function saidText(value: DateValue, locale: Locale): string {
  const { words, dates } = saidForm(value, locale);
  return `${words[0]}${dates.map((date, i) => `${locale.date(date)}${words[i + 1]}`).join('')}`;
}
