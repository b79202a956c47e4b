const DAY_MS = 86_400_000;

/** True for a calendar date without a time ("2017-11-03"). */
export const isDateOnly = (iso: string): boolean => iso.length === 10;

/** Milliseconds since the epoch; a calendar date counts from its start, in UTC. */
export const timeOf = (iso: string): number => Date.parse(iso);

/**
 * The last moment an ISO date or date-time covers: a calendar date lasts all day, so a
 * snapshot "as of 2017-11-03T20:00Z" is in force "on 2017-11-03".
 */
export const endOf = (iso: string): number => (isDateOnly(iso) ? timeOf(iso) + DAY_MS - 1 : timeOf(iso));
