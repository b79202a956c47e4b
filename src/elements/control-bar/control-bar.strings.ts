import type { ControlShare, ControlSnapshot } from '../../bundle/schema.js';
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
  /** The part of the place no figure is given for, when every share has a figure. */
  remainder: Record<Remainder, string>;
  /** The same when some shares are given in words ("most"), so the rest has no size. */
  rest: Record<Remainder, string>;
  extent: Record<Extent, string>;
  noFigure: (extent: string) => string;
  /** The words around who says a share is held, after the share: " — according to <who>". */
  shareAccordingTo: readonly [before: string, after: string];
}> = {
  en: {
    asOf: 'As of',
    noData: 'No control data',
    legend: (place, date) => `Who controls ${place}, as of ${date}`,
    remainder: { unknown: 'Unknown', contested: 'Contested' },
    rest: { unknown: 'Rest unknown', contested: 'Rest contested' },
    extent: { most: 'most', part: 'part' },
    noFigure: (extent) => `${extent} (no figure given)`,
    shareAccordingTo: [', according to ', ''],
  },
  ar: {
    asOf: 'اعتبارًا من',
    noData: 'لا بيانات عن السيطرة',
    legend: (place, date) => `من يسيطر على ${place}، اعتبارًا من ${date}`,
    remainder: { unknown: 'غير معروف', contested: 'متنازع عليه' },
    rest: { unknown: 'الباقي غير معروف', contested: 'الباقي متنازع عليه' },
    extent: { most: 'معظمها', part: 'جزء منها' },
    noFigure: (extent) => `${extent} (لم يُذكر رقم)`,
    shareAccordingTo: ['، بحسب ', ''],
  },
};
