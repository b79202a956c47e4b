import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Attribution } from '../../bundle/schema.js';
import { claimantName } from '../../base/claimant.js';
import type { Locale } from '../../controllers/locale.js';
import { calendarDateValueOf } from '../../helpers/dates.js';
import { shareValue } from './control-bar.share.js';
import { controlBarStrings } from './control-bar.strings.js';

/**
 * The fallback line for `<control-bar>` (`place`, optional `date`), as its legend says it: for
 * each place, "Deir al-Zour Province: Islamic State: about 33% (as of 3 November 2017)." Bounds
 * and words as the source gives them ("North Front: less than half, according to independent
 * observers"), counts beside them, dates at their precision ("as of late 2017").
 */
export function controlBarFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const date = attributes.get('date')?.trim() || undefined;
  return (attributes.get('place') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const place = locale.pick(index.place(id)?.name)?.text ?? id;
      const claims = index.controlSnapshotsAt(id, date);
      if (claims.length === 0) return `${place}.`;
      const [before, after] = locale.strings(controlBarStrings).shareAccordingTo;
      const claimant = (attribution: Attribution | undefined) => {
        const who = attribution && claimantName(attribution, index, locale);
        return who ? `${before}${who.text}${after}` : '';
      };
      // Each claim with who gives it; competing claims one after the other, neither dropped.
      const told = claims.map((snapshot) => {
        const shares = snapshot.shares.map(
          (share) => `${locale.pick(index.actor(share.actor)?.name)?.text ?? share.actor}: ${shareValue(share, locale)}${claimant(share.attribution)}`,
        );
        return `${shares.join(', ')}${claimant(snapshot.attribution)}`;
      });
      return `${place}: ${told.join('; ')} (${locale.shared.asOf} ${locale.date(calendarDateValueOf(claims[0].asOf))}).`;
    })
    .join(' ');
}
