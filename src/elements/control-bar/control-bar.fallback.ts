import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Locale } from '../../controllers/locale.js';
import { calendarDateOf } from '../../helpers/dates.js';
import { shareValue } from './control-bar.share.js';

/**
 * The fallback line for `<control-bar>` (`place`, optional `date`), as its legend says it: for
 * each place, "Deir al-Zour Province: Islamic State: about 33% (as of 3 November 2017)."
 * Text written once for every reader gives the day of a date-time, not a time in one zone.
 */
export function controlBarFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const date = attributes.get('date')?.trim() || undefined;
  return (attributes.get('place') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const place = locale.pick(index.place(id)?.name)?.text ?? id;
      const snapshot = index.controlSnapshotAt(id, date);
      if (!snapshot) return `${place}.`;
      const shares = snapshot.shares.map((share) => `${locale.pick(index.actor(share.actor)?.name)?.text ?? share.actor}: ${shareValue(share, locale)}`);
      return `${place}: ${shares.join(', ')} (${locale.shared.asOf} ${locale.date(calendarDateOf(snapshot.asOf))}).`;
    })
    .join(' ');
}
