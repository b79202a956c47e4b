import type { ControlShare, ControlSnapshot, ShareBound } from '../../bundle/schema.js';
import type { StringTable } from '../../controllers/locale-controller.js';

type Remainder = NonNullable<ControlSnapshot['remainder']>;
type Extent = NonNullable<ControlShare['extent']>;

/** `<control-bar>`'s own interface strings; names, shares and notes come from the bundle. */
export const controlBarStrings: StringTable<{
  /** Label of the time slider, followed by the date shown. */
  asOf: string;
  noData: string;
  /** The accessible name of the legend, which is also the bar's text alternative. */
  legend: (place: string, date: string) => string;
  /** The part of the place no figure is given for, when every share has a figure. (`none` is never shown.) */
  remainder: Record<Remainder, string>;
  /** The same when some shares are bounds, ranges or words ("most"), so the rest has no figure. */
  rest: Record<Remainder, string>;
  /** A share in words where the source gives neither figure nor words of its own. */
  extent: Record<Extent, string>;
  noFigure: (extent: string) => string;
  /** A figure given as a bound: "less than 50%", "at least 30". */
  bound: Record<ShareBound, (figure: string) => string>;
  /** A range: "between 10% and 20%"; "about 10% to 20%" when approximate. */
  range: (from: string, to: string, approximate: boolean) => string;
  /** A count of a total: "more than 30 of 52 districts". */
  countOf: (figure: string, total: string, unit: string) => string;
  /** A count without a total: "about 80% of the border", "12 villages". */
  count: (figure: string, unit: string) => string;
  /** The counts after a share: " (more than 30 of 52 districts)". */
  counts: (counts: string) => string;
  /** The words around who says a share is held, after the share: " — according to <who>". */
  shareAccordingTo: readonly [before: string, after: string];
}> = {
  en: {
    asOf: 'As of',
    noData: 'No control data',
    legend: (place, date) => `Who controls ${place}, as of ${date}`,
    remainder: { unknown: 'Unknown', contested: 'Contested', none: 'Nothing else' },
    rest: { unknown: 'Rest unknown', contested: 'Rest contested', none: 'Nothing else' },
    extent: { most: 'most', part: 'part', 'all-except': 'all but a part' },
    noFigure: (extent) => `${extent} (no figure given)`,
    bound: {
      'less-than': (figure) => `less than ${figure}`,
      'more-than': (figure) => `more than ${figure}`,
      'at-least': (figure) => `at least ${figure}`,
      'at-most': (figure) => `at most ${figure}`,
    },
    range: (from, to, approximate) => (approximate ? `about ${from} to ${to}` : `between ${from} and ${to}`),
    countOf: (figure, total, unit) => `${figure} of ${total} ${unit}`,
    count: (figure, unit) => `${figure} ${unit}`,
    counts: (counts) => ` (${counts})`,
    shareAccordingTo: [', according to ', ''],
  },
  ar: {
    asOf: 'اعتبارًا من',
    noData: 'لا بيانات عن السيطرة',
    legend: (place, date) => `من يسيطر على ${place}، اعتبارًا من ${date}`,
    remainder: { unknown: 'غير معروف', contested: 'متنازع عليه', none: 'لا شيء غير ذلك' },
    rest: { unknown: 'الباقي غير معروف', contested: 'الباقي متنازع عليه', none: 'لا شيء غير ذلك' },
    extent: { most: 'معظمها', part: 'جزء منها', 'all-except': 'كلها إلا جزءًا منها' },
    noFigure: (extent) => `${extent} (لم يُذكر رقم)`,
    bound: {
      'less-than': (figure) => `أقل من ${figure}`,
      'more-than': (figure) => `أكثر من ${figure}`,
      'at-least': (figure) => `${figure} على الأقل`,
      'at-most': (figure) => `${figure} على الأكثر`,
    },
    range: (from, to, approximate) => (approximate ? `نحو ${from} إلى ${to}` : `بين ${from} و${to}`),
    countOf: (figure, total, unit) => `${figure} من أصل ${total} ${unit}`,
    count: (figure, unit) => `${figure} ${unit}`,
    counts: (counts) => ` (${counts})`,
    shareAccordingTo: ['، بحسب ', ''],
  },
};
