import type { StringTable } from '../../controllers/locale-controller.js';
import type { CrossingStatus, EventKind } from '../../bundle/schema.js';

/** What may pass, said as a noun ("people", "goods") or as a kind of traffic ("official"). */
type Passers = 'people' | 'goods';
type Traffic = 'official' | 'military' | 'humanitarian';

/** UI strings of `<border-crossing-status>`; the crossing's names and notes come from the bundle. */
export const borderCrossingStatusStrings: StringTable<{
  /**
   * The badge. "Contested" is fighting or a dispute over the crossing itself; that its two sides
   * are held by different forces is what the sides say, not a status.
   */
  readonly status: Readonly<Record<CrossingStatus, string>>;
  /** What may pass, by noun: "people", "goods". */
  readonly passers: Readonly<Record<Passers, string>>;
  /** Kinds of traffic, as words that go with `traffic`: "official", "humanitarian". */
  readonly traffic: Readonly<Record<Traffic, string>>;
  /** "official and humanitarian traffic": the kinds, listed, made one noun. */
  readonly trafficOf: (kinds: string) => string;
  /**
   * What may pass a restricted crossing ("Open to official and humanitarian traffic only") and
   * a partly open one ("Only people may cross"), beside the badge.
   */
  readonly passage: (status: CrossingStatus, what: string) => string;
  /** Before who controls a side. */
  readonly controlledBy: string;
  /** A side whose controller the data does not give (`null`, or not given). */
  readonly unknownController: string;
  /** After the name of the state that holds a side "not at issue": "Sweden, not a party to these events". */
  readonly notAtIssue: string;
  /** Before the date of the status: "Status as of 20 November 2017". */
  readonly statusAsOf: string;
  /** A relative time after the date, for a recent status: "(2 days ago)". */
  readonly ago: (relative: string) => string;
  /** The history toggle, with the number of entries after it. */
  readonly history: string;
  /** The same, where events that name the crossing are listed beside its changes. */
  readonly historyWithEvents: string;
  /** Marks an event in the history, with its kind: "Event: closure". */
  readonly eventKind: Readonly<Record<EventKind, string>>;
  /** After a side's country, before who held it at a change: "Finland: Controlled by unknown". */
  readonly colon: string;
  /** Read between a side's country, place and controller, which the layout separates by lines. */
  readonly separator: string;
}> = {
  en: {
    status: {
      open: 'Open',
      closed: 'Closed',
      restricted: 'Restricted',
      'partly-open': 'Partly open',
      contested: 'Contested',
      unknown: 'Unknown',
    },
    passers: { people: 'people', goods: 'goods' },
    traffic: { official: 'official', military: 'military', humanitarian: 'humanitarian' },
    trafficOf: (kinds) => `${kinds} traffic`,
    passage: (status, what) => (status === 'partly-open' ? `Only ${what} may cross` : `Open to ${what} only`),
    controlledBy: 'Controlled by',
    unknownController: 'unknown',
    notAtIssue: 'not a party to these events',
    statusAsOf: 'Status as of',
    ago: (relative) => `(${relative})`,
    history: 'History of changes',
    historyWithEvents: 'History of changes and events',
    eventKind: {
      offensive: 'Event: offensive',
      capture: 'Event: capture',
      withdrawal: 'Event: withdrawal',
      closure: 'Event: closure',
      reopening: 'Event: reopening',
      displacement: 'Event: displacement',
      attack: 'Event: attack',
      agreement: 'Event: agreement',
      statement: 'Event: statement',
      other: 'Event',
    },
    colon: ': ',
    separator: ', ',
  },
  ar: {
    status: {
      open: 'مفتوح',
      closed: 'مغلق',
      restricted: 'مقيَّد',
      'partly-open': 'مفتوح جزئيًا',
      contested: 'متنازع عليه',
      unknown: 'غير معروف',
    },
    passers: { people: 'الأفراد', goods: 'البضائع' },
    traffic: { official: 'الرسمية', military: 'العسكرية', humanitarian: 'الإنسانية' },
    trafficOf: (kinds) => `الحركة ${kinds}`,
    passage: (status, what) => (status === 'partly-open' ? `يقتصر العبور على ${what}` : `مفتوح أمام ${what} فقط`),
    controlledBy: 'تحت سيطرة',
    unknownController: 'جهة غير معروفة',
    notAtIssue: 'دولة ليست طرفًا في هذه الأحداث',
    statusAsOf: 'الحالة اعتبارًا من',
    ago: (relative) => `(${relative})`,
    history: 'سجل التغييرات',
    historyWithEvents: 'سجل التغييرات والأحداث',
    eventKind: {
      offensive: 'حدث: حملة عسكرية',
      capture: 'حدث: سيطرة',
      withdrawal: 'حدث: انسحاب',
      closure: 'حدث: إغلاق',
      reopening: 'حدث: إعادة فتح',
      displacement: 'حدث: نزوح',
      attack: 'حدث: هجوم',
      agreement: 'حدث: اتفاق',
      statement: 'حدث: بيان',
      other: 'حدث',
    },
    colon: ': ',
    separator: '، ',
  },
};
