import type { ControlShare, ControlSnapshot, ShareCount } from '../../bundle/schema.js';
import type { Locale, PickedText } from '../../controllers/locale.js';
import { controlBarStrings } from './control-bar.strings.js';

/** Shares are fractions of 1 that need not add up exactly in floating point. */
export const EPSILON = 1e-6;

/**
 * How a share is drawn, from what the source says of its size:
 * `exact` a figure ("33%", "about 33%"); `range` a figure up to another ("between 10% and 20%");
 * `below` up to a bound ("less than half", "at most 25%"); `above` from a bound on ("more than
 * 60%", "at least a third", and "most", more than half); `all-except` all but an exception;
 * `part` a part of no given size.
 */
export type ShareKind = 'exact' | 'range' | 'below' | 'above' | 'all-except' | 'part';

export const kindOf = (share: ControlShare): ShareKind => {
  if (share.share === undefined) return share.extent === 'most' ? 'above' : share.extent === 'all-except' ? 'all-except' : 'part';
  if (share.upTo !== undefined) return 'range';
  if (share.bound === 'less-than' || share.bound === 'at-most') return 'below';
  if (share.bound === 'more-than' || share.bound === 'at-least') return 'above';
  return 'exact';
};

/** The share's words, as the source wrote them: for the legend, never sharpened into a figure. */
export interface ShareWords {
  /** The bundle's `words` where it has them ("less than half"), in the language they are in. */
  readonly words?: PickedText;
  /** Otherwise the figure as the legend writes it: "about 33%", "more than 60%", "most (no figure given)". */
  readonly value: string;
  /** The counts beside it, in their units: "more than 30 of 52 districts"; '' for none. */
  readonly counts: string;
}

/** A count in its unit: "more than 30 of 52 districts", "about 80% of the border". */
export function countText(count: ShareCount, locale: Locale, unit = locale.pick(count.unit)?.text ?? ''): string {
  const strings = locale.strings(controlBarStrings);
  const figure =
    count.value !== undefined
      ? count.approximate
        ? locale.shared.approximately(locale.number(count.value))
        : locale.number(count.value)
      : count.share !== undefined
        ? locale.percent(count.share, count.approximate)
        : locale.shared.notGiven;
  const bounded = count.bound ? strings.bound[count.bound](figure) : figure;
  return count.of !== undefined ? strings.countOf(bounded, locale.number(count.of), unit) : strings.count(bounded, unit);
}

/** The share as the legend says it: the source's words, else its figure or bound, and its counts. */
export function shareWords(share: ControlShare, locale: Locale): ShareWords {
  const strings = locale.strings(controlBarStrings);
  const counts = share.counts?.length ? locale.list(share.counts.map((count) => countText(count, locale))) : '';
  const words = locale.pick(share.words);
  let value: string;
  if (share.share === undefined) {
    const extent = strings.extent[share.extent ?? 'part'];
    // With counts the share has figures, of another unit: "most (about 80% of the border)".
    value = counts ? extent : strings.noFigure(extent);
  } else if (share.upTo !== undefined) {
    value = strings.range(locale.percent(share.share), locale.percent(share.upTo), share.approximate ?? false);
  } else {
    const figure = locale.percent(share.share, share.approximate);
    value = share.bound ? strings.bound[share.bound](figure) : figure;
  }
  return { words, value, counts };
}

/** The same as one plain line: "less than half", "about 70% (more than 30 of 52 districts)". */
export function shareValue(share: ControlShare, locale: Locale): string {
  const { words, value, counts } = shareWords(share, locale);
  return `${words?.text ?? value}${counts ? locale.strings(controlBarStrings).counts(counts) : ''}`;
}

/** One actor's segment of the bar, as fractions of the whole bar. */
export interface SegmentGeometry {
  readonly kind: ShareKind;
  /** The whole width: the known part and the part that fades. */
  readonly width: number;
  /** How much of it is drawn solid, from the start edge: the known lower figure. */
  readonly solid: number;
}

export interface BarGeometry {
  /** By actor id, for the actors of the snapshot. */
  readonly segments: ReadonlyMap<string, SegmentGeometry>;
  /** The width of the remainder's hatched segment; 0 for `none`. */
  readonly rest: number;
}

/**
 * Weights by which the room no figure sizes is shared out: "all but" the exception takes the
 * most of it, and the remainder as much; a "part" of no given size and the open end of "more
 * than" take a little, visible but never drawn as if it were large.
 */
const ROOM_WEIGHT = { 'all-except': 3, above: 1, part: 1, rest: 3 } as const;
/** Of an "all but" segment, the part drawn solid; the rest fades towards the exception. */
const ALL_EXCEPT_SOLID = 0.85;

/**
 * The bar of a snapshot. Figures are drawn to scale: a solid segment up to the known figure, a
 * fading one up to a bound or a range's upper end ("less than half" fades out at half). What no
 * figure sizes is drawn in the room the figures leave, shared out by weight, never to a scale
 * it does not have: a share from a bound on ("more than 60%", "most" from half on) fades out
 * into it; "all of it except the old town" takes most of it; a "part" fades; the remainder
 * (unknown, contested) takes its own share of it, and none with `none`. The legend gives the
 * words and figures.
 */
export function barGeometry(snapshot: ControlSnapshot): BarGeometry {
  const known = new Map<string, { kind: ShareKind; solid: number; fade: number }>();
  let used = 0;
  for (const share of snapshot.shares) {
    const kind = kindOf(share);
    const figure = share.share ?? (kind === 'above' || kind === 'all-except' ? 0.5 : 0);
    const room = Math.max(0, 1 - used);
    const solid = kind === 'below' || kind === 'part' ? 0 : Math.min(figure, room);
    const fade = Math.min(kind === 'range' ? (share.upTo ?? figure) - figure : kind === 'below' ? figure : 0, room - solid);
    known.set(share.actor, { kind, solid, fade });
    used += solid + fade;
  }
  const room = Math.max(0, 1 - used);
  const remainder = snapshot.remainder ?? 'unknown';
  const weightOf = (kind: ShareKind) => (kind === 'above' || kind === 'part' || kind === 'all-except' ? ROOM_WEIGHT[kind] : 0);
  const weights = [...known.values()].reduce((sum, { kind }) => sum + weightOf(kind), remainder === 'none' ? 0 : ROOM_WEIGHT.rest);
  const shareOfRoom = (weight: number) => (weights > 0 ? (room * weight) / weights : 0);
  const segments = new Map<string, SegmentGeometry>();
  for (const [actor, { kind, solid, fade }] of known) {
    const width = solid + fade + shareOfRoom(weightOf(kind));
    const drawnSolid = kind === 'all-except' ? width * ALL_EXCEPT_SOLID : solid;
    segments.set(actor, { kind, width, solid: drawnSolid });
  }
  return { segments, rest: remainder === 'none' ? 0 : shareOfRoom(ROOM_WEIGHT.rest) };
}

/**
 * Whether the rest has a figure: only where every share is a figure of its own (no bound,
 * range or words) and the source gives it as a figure. Beside "about a third" the rest is not
 * "about 67%": a figure the source never gave.
 */
export const restHasFigure = (snapshot: ControlSnapshot): boolean =>
  snapshot.shares.every((share) => kindOf(share) === 'exact' && share.words === undefined);
