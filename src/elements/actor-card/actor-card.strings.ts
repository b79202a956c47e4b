import type { StringTable } from '../../controllers/locale-controller.js';
import type { ActorKind, ControlShare, RelationType, ShareBound } from '../../bundle/schema.js';

interface ActorCardStrings {
  kinds: Record<ActorKind, string>;
  relations: Record<RelationType, string>;
  goals: string;
  controls: string;
  /** A share of 1: the actor holds the whole place. */
  all: string;
  /** A share in words without the source's own words; `all-except` is "all of it except a part". */
  extents: Record<NonNullable<ControlShare['extent']>, string>;
  /** A figure the source gives as a bound: "less than 50%", "at least 33%". */
  bounds: Record<ShareBound, (figure: string) => string>;
  /** A range of shares: "between 10% and 20%", and the same approximate. */
  range: (from: string, to: string) => string;
  approximateRange: (from: string, to: string) => string;
  /** A count out of a total, before its unit: "30 of 52" (districts). */
  countOf: (figure: string, total: string) => string;
  /**
   * Before a share that the card's own actor (or someone speaking for it) claims: "claims about
   * 70%". Empty in Arabic, where the claim is said after the share, without a verb that would
   * need the actor's gender.
   */
  claims: string;
  /** Around who says so, after a share that someone claims: "about 45%, according to independent observers". */
  accordingTo: readonly [before: string, after: string];
  /**
   * After a share the card's own actor claims: "claims about 70%, by its own account". The
   * Arabic says "as this party declares", which needs no gender for the actor.
   */
  ownAccount: string;
  /** A relation's dates: "since June 2016", "until late 2017", "from around June 2016 until late October 2017". */
  since: readonly [before: string, after: string];
  until: readonly [before: string, after: string];
  fromUntil: readonly [before: string, between: string, after: string];
}

/** `<actor-card>`'s own interface strings. Facts (names, summaries, goals) come from the bundle. */
export const actorCardStrings: StringTable<ActorCardStrings> = {
  en: {
    kinds: {
      state: 'State',
      government: 'Government',
      military: 'Military',
      'armed-group': 'Armed group',
      militia: 'Militia',
      coalition: 'Coalition',
      organization: 'Organization',
      person: 'Person',
      other: 'Other actor',
    },
    relations: {
      'backed-by': 'Backed by',
      backs: 'Backs',
      'allied-with': 'Allied with',
      fights: 'Fights',
      rivals: 'Rivals',
      'led-by': 'Led by',
      leads: 'Leads',
      'part-of': 'Part of',
      includes: 'Includes',
    },
    goals: 'Goals',
    controls: 'Controls',
    all: 'all of it',
    extents: { most: 'most of it', part: 'part of it', 'all-except': 'all of it except a part' },
    bounds: {
      'less-than': (figure) => `less than ${figure}`,
      'more-than': (figure) => `more than ${figure}`,
      'at-least': (figure) => `at least ${figure}`,
      'at-most': (figure) => `at most ${figure}`,
    },
    range: (from, to) => `between ${from} and ${to}`,
    approximateRange: (from, to) => `roughly between ${from} and ${to}`,
    countOf: (figure, total) => `${figure} of ${total}`,
    claims: 'claims ',
    accordingTo: [', according to ', ''],
    ownAccount: ', by its own account',
    since: [', since ', ''],
    until: [', until ', ''],
    fromUntil: [', from ', ' until ', ''],
  },
  ar: {
    kinds: {
      state: 'دولة',
      government: 'حكومة',
      military: 'قوات عسكرية',
      'armed-group': 'جماعة مسلحة',
      militia: 'ميليشيا',
      coalition: 'تحالف',
      organization: 'منظمة',
      person: 'شخص',
      other: 'طرف آخر',
    },
    relations: {
      'backed-by': 'بدعم من',
      backs: 'يدعم',
      'allied-with': 'متحالف مع',
      fights: 'يقاتل',
      rivals: 'ينافس',
      'led-by': 'بقيادة',
      leads: 'يقود',
      'part-of': 'جزء من',
      includes: 'يضم',
    },
    goals: 'الأهداف',
    controls: 'يسيطر على',
    all: 'بالكامل',
    extents: { most: 'الجزء الأكبر', part: 'جزء منها', 'all-except': 'كلها ما عدا جزءًا منها' },
    bounds: {
      'less-than': (figure) => `أقل من ${figure}`,
      'more-than': (figure) => `أكثر من ${figure}`,
      'at-least': (figure) => `${figure} على الأقل`,
      'at-most': (figure) => `${figure} على الأكثر`,
    },
    range: (from, to) => `بين ${from} و${to}`,
    approximateRange: (from, to) => `ما بين ${from} و${to} تقريبًا`,
    countOf: (figure, total) => `${figure} من أصل ${total}`,
    claims: '',
    accordingTo: ['، بحسب ', ''],
    ownAccount: '، بحسب ما يعلنه هذا الطرف',
    since: ['، منذ ', ''],
    until: ['، حتى ', ''],
    fromUntil: ['، من ', ' حتى ', ''],
  },
};
