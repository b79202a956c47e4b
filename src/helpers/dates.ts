const DAY_MS = 86_400_000;

/** ISO 8601: a calendar date, or a date-time with a time zone. */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * Whether the text is an ISO date or date-time (`ISO_DATE_PATTERN`) whose day is on the
 * calendar: not "2017-02-30" nor month 13, which `Date.parse` lets through or rolls over.
 * The bundle's validator, the `date` attribute and the CLI all ask this one question.
 */
export function isCalendarDate(iso: string): boolean {
  const [, year, month, day] = ISO_DATE_PATTERN.exec(iso) ?? [];
  if (year === undefined) return false;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1);
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

/** True for a calendar date without a time ("2017-11-03"). */
export const isDateOnly = (iso: string): boolean => iso.length === 10;

/**
 * The calendar date an ISO date or date-time is written for ("2017-11-03" for
 * "2017-11-03T23:30:00-05:00"): the day where it was reported, whatever the reader's zone.
 */
export const calendarDateOf = (iso: string): string => iso.slice(0, 10);

/** Milliseconds since the epoch; a calendar date counts from its start, in UTC. */
export const timeOf = (iso: string): number => Date.parse(iso);

/**
 * The last moment an ISO date or date-time covers: a calendar date lasts all day, so a
 * snapshot "as of 2017-11-03T20:00Z" is in force "on 2017-11-03".
 */
export const endOf = (iso: string): number => (isDateOnly(iso) ? timeOf(iso) + DAY_MS - 1 : timeOf(iso));
