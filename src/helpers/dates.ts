const DAY_MS = 86_400_000;

/** ISO 8601: a calendar date, or a date-time with a time zone. */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * A date at the precision the source gives it: a year ("2016"), a month ("2016-06"), a day
 * ("2016-06-03") or a date-time with a zone. Never padded to a day the source does not have.
 */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2})?$/;

const daysIn = (y: number, m: number): number => {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1);
};

/**
 * Whether the text is an ISO date or date-time (`ISO_DATE_PATTERN`) whose day is on the
 * calendar: not "2017-02-30" nor month 13, which `Date.parse` lets through or rolls over.
 * The bundle's validator, the `date` attribute and the CLI all ask this one question.
 */
export function isCalendarDate(iso: string): boolean {
  const [, year, month, day] = ISO_DATE_PATTERN.exec(iso) ?? [];
  if (year === undefined) return false;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** A year, a month that exists ("2016-13" does not), or a calendar date or date-time. */
export const isDateAtAnyPrecision = (text: string): boolean =>
  PARTIAL_DATE_PATTERN.test(text) ? text.length === 4 || (Number(text.slice(5)) >= 1 && Number(text.slice(5)) <= 12) : isCalendarDate(text);

/** How precise a date string is. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';
export const precisionOf = (text: string): DatePrecision =>
  text.length === 4 ? 'year' : text.length === 7 ? 'month' : text.length === 10 ? 'day' : 'time';

/** True for a calendar date without a time ("2017-11-03"). */
export const isDateOnly = (iso: string): boolean => iso.length === 10;

/** A part of a year or a month: "early 2017", "mid-July", "late 2017". */
export type DatePart = 'early' | 'mid' | 'late';
export const DATE_PARTS = ['early', 'mid', 'late'] as const;

/**
 * A date as a bundle may give it: a string at its precision, or an object for what a string
 * cannot say: part of a period (`{"date": "2017", "part": "late"}`), an approximate date
 * (`{"date": "2016-06", "approximate": true}`), a range (`{"from": "2016-06", "to": "2016-08"}`),
 * and the words the source uses (`text`). The shape is checked by the bundle contract.
 */
export interface DateObject {
  readonly date?: string;
  readonly from?: string;
  readonly to?: string;
  readonly part?: DatePart;
  readonly approximate?: boolean;
  readonly text?: unknown;
}
export type DateValue = string | DateObject;

/** The first and last millisecond a date string covers, in UTC. */
function spanOfString(text: string): readonly [number, number] {
  const precision = precisionOf(text);
  if (precision === 'time') {
    const at = Date.parse(text);
    return [at, at];
  }
  const y = Number(text.slice(0, 4));
  const m = precision === 'year' ? 1 : Number(text.slice(5, 7));
  const start = Date.UTC(y, m - 1, precision === 'day' ? Number(text.slice(8, 10)) : 1);
  const end =
    precision === 'year' ? Date.UTC(y + 1, 0, 1) : precision === 'month' ? Date.UTC(y, m, 1) : start + DAY_MS;
  return [start, end - 1];
}

/** The thirds of a year (by months) and of a month (by days) that "early", "mid" and "late" cover. */
function partOf(text: string, part: DatePart): readonly [number, number] {
  const [start, end] = spanOfString(text);
  const third = DATE_PARTS.indexOf(part);
  if (precisionOf(text) === 'year') {
    const y = Number(text);
    return [Date.UTC(y, third * 4, 1), Date.UTC(y, third * 4 + 4, 1) - 1];
  }
  const first = start + third * 10 * DAY_MS;
  return [first, third === 2 ? end : first + 10 * DAY_MS - 1];
}

const spans = new Map<DateValue, readonly [number, number]>();
/**
 * The first and last millisecond a date value covers: a year from 1 January to 31 December,
 * "late 2017" from September to December, a range from the start of `from` to the end of `to`.
 * An approximate date covers what its date does: it is sorted and compared as that date.
 */
export function spanOf(value: DateValue): readonly [number, number] {
  if (typeof value === 'string') return spanOfString(value);
  let span = spans.get(value);
  if (!span) {
    const { date, from, to, part } = value;
    span =
      date !== undefined
        ? part
          ? partOf(date, part)
          : spanOfString(date)
        : [spanOfString(from ?? to ?? '').at(0)!, spanOfString(to ?? from ?? '').at(1)!];
    spans.set(value, span);
  }
  return span;
}

/** Milliseconds since the epoch at which a date value begins; a calendar date counts from its start, in UTC. */
export const timeOf = (value: DateValue): number => spanOf(value)[0];

/**
 * The last moment a date value covers: a calendar date lasts all day, so a snapshot "as of
 * 2017-11-03T20:00Z" is in force "on 2017-11-03"; "2017-06" lasts until 30 June.
 */
export const endOf = (value: DateValue): number => spanOf(value)[1];

/** Earlier first; of two that begin together, the shorter (the more precise) first. */
export const compareDates = (a: DateValue, b: DateValue): number => timeOf(a) - timeOf(b) || endOf(a) - endOf(b);

/**
 * Earlier first, as `compareDates`, but two values that are one moment (`momentKey`) keep
 * their order: "2017-11-03" and "2017-11-03T00:00:00Z" stay in the bundle's order.
 */
export const compareMoments = (a: DateValue, b: DateValue): number => (momentKey(a) === momentKey(b) ? 0 : compareDates(a, b));

/**
 * A key that two date values share when they are one moment: "2017-11-03" and
 * "2017-11-03T00:00:00Z" (a day and its first instant, as the validator has always compared
 * them), or "2017-11" and {"from": "2017-11-01", "to": "2017-11-30"}.
 */
export const momentKey = (value: DateValue): string => {
  const [start, end] = spanOf(value);
  const instant = typeof value === 'string' && precisionOf(value) === 'time';
  return `${start}|${instant && end === start && start % DAY_MS === 0 ? start + DAY_MS - 1 : end}`;
};

/** The date string a `<time datetime>` can carry: the date, or a range's start. */
export const machineDate = (value: DateValue): string =>
  typeof value === 'string' ? value : (value.date ?? value.from ?? value.to ?? '');

/**
 * The calendar date an ISO date or date-time is written for ("2017-11-03" for
 * "2017-11-03T23:30:00-05:00"): the day where it was reported, whatever the reader's zone.
 * A year or a month stays as written.
 */
export const calendarDateOf = (iso: string): string => iso.slice(0, 10);

/**
 * A date value as text written once for every reader writes it (a fallback line, a builder
 * snippet): a date-time becomes the day it was reported on, not a time in one zone; a year, a
 * month, part of one or a range stays as given.
 */
export function calendarDateValueOf<T extends DateValue>(value: T): T {
  if (typeof value === 'string') return calendarDateOf(value) as T;
  const object: DateObject = value;
  const { date, from, to } = object;
  return {
    ...object,
    ...(date !== undefined && { date: calendarDateOf(date) }),
    ...(from !== undefined && { from: calendarDateOf(from) }),
    ...(to !== undefined && { to: calendarDateOf(to) }),
  } as T;
}
