import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Locale } from '../../controllers/locale.js';
import { calendarDateOf } from '../../helpers/dates.js';
import { borderCrossingStatusStrings } from './border-crossing-status.strings.js';

/**
 * The fallback line for `<border-crossing-status>` (`crossing`): its name, its status and when
 * that was reported: "Qaim–Bukamal border crossing: Contested (as of 3 November 2017)."
 * Text written once for every reader gives the day of a date-time, not a time in one zone.
 */
export function borderCrossingStatusFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const crossing = index.crossing(attributes.get('crossing') ?? '');
  if (!crossing) return '';
  const status = locale.strings(borderCrossingStatusStrings).status[crossing.status];
  return `${locale.pick(crossing.name)?.text ?? crossing.id}: ${status} (${locale.shared.asOf} ${locale.date(calendarDateOf(crossing.asOf))}).`;
}
