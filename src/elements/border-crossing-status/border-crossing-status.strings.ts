import type { StringTable } from '../../controllers/locale-controller.js';
import type { CrossingStatus } from '../../bundle/schema.js';

/** UI strings of `<border-crossing-status>`; the crossing's names and notes come from the bundle. */
export const borderCrossingStatusStrings: StringTable<{
  readonly status: Readonly<Record<CrossingStatus, string>>;
  readonly controlledBy: string;
  readonly lastReported: string;
  readonly history: string;
  /** Read between a side's country, place and controller, which the layout separates by lines. */
  readonly separator: string;
}> = {
  en: {
    status: { open: 'Open', closed: 'Closed', contested: 'Contested', unknown: 'Unknown' },
    controlledBy: 'Controlled by',
    lastReported: 'Last reported',
    history: 'History of changes',
    separator: ', ',
  },
  ar: {
    status: { open: 'مفتوح', closed: 'مغلق', contested: 'متنازع عليه', unknown: 'غير معروف' },
    controlledBy: 'تحت سيطرة',
    lastReported: 'آخر تحديث',
    history: 'سجل التغييرات',
    separator: '، ',
  },
};
