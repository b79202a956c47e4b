import { accordingToText } from '../../base/claimant.js';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Locale } from '../../controllers/locale.js';
import { calendarDateValueOf } from '../../helpers/dates.js';
import { borderCrossingStatusStrings } from './border-crossing-status.strings.js';
import { passageText } from './border-crossing-status.words.js';

/**
 * The fallback line for `<border-crossing-status>` (`crossing`): its name, its status, what may
 * pass, who says so and the date at its precision: "Qaim–Bukamal border crossing: Contested (as of
 * 3 November 2017).", "Northtown–Southtown crossing: Restricted. Open to official and
 * humanitarian traffic only. According to aid workers (as of 20 November 2017)."
 * Text written once for every reader gives the day of a date-time, not a time in one zone.
 */
export function borderCrossingStatusFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const crossing = index.crossing(attributes.get('crossing') ?? '');
  if (!crossing) return '';
  const strings = locale.strings(borderCrossingStatusStrings);
  const said = [
    strings.status[crossing.status],
    passageText(crossing.status, crossing.passage, locale),
    accordingToText(crossing.attribution, index, locale),
  ].filter((part) => part !== undefined);
  return `${locale.pick(crossing.name)?.text ?? crossing.id}: ${said.join('. ')} (${locale.shared.asOf} ${locale.date(calendarDateValueOf(crossing.asOf))}).`;
}
