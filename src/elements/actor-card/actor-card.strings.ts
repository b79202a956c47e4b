import type { StringTable } from '../../controllers/locale-controller.js';
import type { ActorKind, ControlShare, RelationType } from '../../bundle/schema.js';

interface ActorCardStrings {
  kinds: Record<ActorKind, string>;
  relations: Record<RelationType, string>;
  goals: string;
  controls: string;
  /** A share of 1: the actor holds the whole place. */
  all: string;
  extents: Record<NonNullable<ControlShare['extent']>, string>;
  /** Around who says so, after a share that someone claims: "about 45%, according to independent observers". */
  accordingTo: readonly [before: string, after: string];
  /**
   * After a share the card's own actor claims: "about 70%, by its own account". The Arabic says
   * "by this party's account", which needs no gender for the actor.
   */
  ownAccount: string;
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
    },
    goals: 'Goals',
    controls: 'Controls',
    all: 'all of it',
    extents: { most: 'most of it', part: 'part of it' },
    accordingTo: [', according to ', ''],
    ownAccount: ', by its own account',
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
    },
    goals: 'الأهداف',
    controls: 'يسيطر على',
    all: 'بالكامل',
    extents: { most: 'الجزء الأكبر', part: 'جزء منها' },
    accordingTo: ['، بحسب ', ''],
    ownAccount: '، بحسب رواية هذا الطرف',
  },
};
