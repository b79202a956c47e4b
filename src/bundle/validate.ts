import { suggestIds } from '../helpers/near-miss.js';
import { isPlainObject, quoted, shortened } from '../helpers/json-value.js';
import { endOf, momentKey, timeOf, type DateValue } from '../helpers/dates.js';
import { BundleSchema, ID_PATTERN, type Bundle } from './schema.js';
import { pathOf, REFUSED, type ShapeProblem } from './shape.js';

/** One thing wrong with a bundle: where (a JSON path like `actors[3].color`) and what. */
export interface BundleProblem {
  readonly path: string;
  readonly message: string;
}

export type BundleValidation =
  | { readonly valid: true; readonly bundle: Bundle; readonly problems: readonly [] }
  | { readonly valid: false; readonly bundle?: undefined; readonly problems: readonly BundleProblem[] };

/** `actors[3].color: expected a hex colour like "#a03c2e", got "blu"` */
export const formatProblem = (problem: BundleProblem): string =>
  `${problem.path || 'bundle'}: ${problem.message}`;

type Report = (path: string, message: string) => void;
type Entity = Record<string, unknown>;

const LISTS = {
  sources: 'source',
  actors: 'actor',
  places: 'place',
  control: 'control snapshot',
  quotes: 'quote',
  crossings: 'crossing',
  events: 'event',
} as const;
type ListName = keyof typeof LISTS;

/** Shares are fractions; sums within this of a bound count as on it. */
const EPSILON = 1e-6;

const eachEntity = (list: unknown, visit: (entity: Entity, index: number) => void): void => {
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const entity: unknown = list[index];
    if (isPlainObject(entity)) visit(entity, index);
  }
};

const percent = (fraction: number): string => `${Number((fraction * 100).toFixed(1))}%`;
/** A share the shape accepts (a fraction from 0 to 1): one outside is reported there, not compared here. */
const isFraction = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;

/** A date value the shape check accepted, as a message shows it: the string, or the object's JSON. */
const isDateValue = (value: unknown): value is DateValue =>
  (typeof value === 'string' && !Number.isNaN(timeOf(value))) ||
  (isPlainObject(value) && (typeof value.date === 'string' || (typeof value.from === 'string' && typeof value.to === 'string')));
const dateText = (value: DateValue): string => shortened(typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Checks any JSON value against the bundle contract: its shape (every field, with what was
 * expected and what was found) and its consistency (ids unique within a list, references that
 * name existing entities, shares that fit in one place, dates in order). Returns every problem
 * found; never throws. A valid bundle is returned as the value given, typed: it is checked in
 * place, not copied, and fields the format does not have are left in it (`findUnknownFields`
 * names them).
 */
export function validateBundle(input: unknown): BundleValidation {
  const problems: BundleProblem[] = [];
  const reported = new Set<string>();
  const report: Report = (path, message) => {
    const key = `${path}\n${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ path, message });
  };
  let bundle: Bundle | undefined;
  try {
    const found: ShapeProblem[] = [];
    const read = BundleSchema.read(input, found);
    if (read !== REFUSED) bundle = read;
    for (const problem of found) report(pathOf(problem.keys), problem.message);
    checkConsistency(input, report);
  } catch (error) {
    report('', `could not be checked (${String(error)}); is it unusually large or deeply nested?`);
  }
  return bundle && problems.length === 0
    ? { valid: true, bundle, problems: [] }
    : { valid: false, problems };
}

function checkConsistency(input: unknown, report: Report): void {
  if (!isPlainObject(input)) return;
  const ids = collectIds(input, report);
  // A 1,000-actor bundle has some 10,000 references: where each sits is kept as numbers and
  // joined into a path only for a problem, so that checking a good bundle allocates nothing.
  const refer: Refer = (where, field, value, list, item) => {
    if (typeof value !== 'string' || ids[list].has(value) || !ID_PATTERN.test(value)) return;
    report(where.path(field, item), `no ${LISTS[list]} has the id "${value}"; ${suggestIds(value, [...ids[list].keys()])}`);
  };
  const referAll = (where: PathLike, field: string, values: unknown, list: ListName): void => {
    if (!Array.isArray(values)) return;
    for (let item = 0; item < values.length; item++) refer(where, field, values[item], list, item);
  };

  const actorAt = new Where('actors');
  eachEntity(input.actors, (actor, a) => {
    actorAt.at(a);
    const relations = actor.relations;
    for (let r = 0; Array.isArray(relations) && r < relations.length; r++) {
      const relation: unknown = relations[r];
      if (!isPlainObject(relation)) continue;
      actorAt.at(a, '.relations', r);
      if (relation.actor !== undefined && relation.actor === actor.id) {
        report(actorAt.path('.actor'), 'an actor cannot have a relation with itself');
      } else refer(actorAt, '.actor', relation.actor, 'actors');
      const { since, until } = relation;
      // At their precision: "since 2017-06, until 2017" ends within 2017, after it began.
      if (isDateValue(since) && isDateValue(until) && endOf(until) < timeOf(since)) {
        report(actorAt.path('.until'), `the relation ends (${dateText(until)}) before it begins ("since" ${dateText(since)}); correct one of the two`);
      }
    }
  });

  checkPlaceParents(input.places, refer, report);

  const snapshotAt = new Where('control');
  const snapshotOn = new Map<string, number>();
  eachEntity(input.control, (snapshot, s) => {
    snapshotAt.at(s);
    refer(snapshotAt, '.place', snapshot.place, 'places');
    if (typeof snapshot.place === 'string' && isDateValue(snapshot.asOf)) {
      // One snapshot per place, moment and claimant: "2017-11-03" and "2017-11-03T00:00:00Z"
      // are one moment; a snapshot from another claimant is a competing claim, not a repeat.
      const claimant = claimantKey(snapshot.attribution);
      const key = `${snapshot.place}\n${momentKey(snapshot.asOf)}\n${claimant}`;
      const first = snapshotOn.get(key);
      if (first === undefined) snapshotOn.set(key, s);
      else
        report(
          snapshotAt.path('.asOf'),
          claimant
            ? `${quoted(snapshot.place)} already has a snapshot as of ${dateText(snapshot.asOf)} from the same claimant (control[${first}]); merge the two or correct the date`
            : `${quoted(snapshot.place)} already has a snapshot as of ${dateText(snapshot.asOf)} (control[${first}]); merge the two or correct the date`,
        );
    }
    checkShares(snapshot, s, snapshotAt, refer, report);
  });

  const quoteAt = new Where('quotes');
  eachEntity(input.quotes, (quote, q) => {
    quoteAt.at(q);
    const speaker = quote.speaker;
    if (!isPlainObject(speaker)) return;
    refer(quoteAt, '.speaker.actor', speaker.actor, 'actors');
    if (speaker.name === undefined && speaker.role === undefined) {
      report(quoteAt.path('.speaker'), 'give the speaker a "name", a "role", or both');
    }
  });

  const crossingAt = new Where('crossings');
  eachEntity(input.crossings, (crossing, c) => {
    crossingAt.at(c);
    refer(crossingAt, '.place', crossing.place, 'places');
    checkPassage(crossing, crossingAt, report);
    eachEntity(crossing.sides, (side, s) => {
      crossingAt.at(c, '.sides', s);
      refer(crossingAt, '.place', side.place, 'places');
      checkSideHolder(side, crossingAt, refer, report);
    });
    const asOf = crossing.asOf;
    eachEntity(crossing.history, (change, h) => {
      crossingAt.at(c, '.history', h);
      if (change.status !== undefined) checkPassage(change, crossingAt, report);
      eachEntity(change.sides, (side, s) => checkSideHolder(side, new KeyPath(['crossings', c, 'history', h, 'sides', s]), refer, report));
      if (isDateValue(change.date) && isDateValue(asOf) && timeOf(change.date) > endOf(asOf)) {
        report(
          crossingAt.path('.date'),
          `${dateText(change.date)} is after the crossing's "asOf" (${dateText(asOf)}); move "asOf" to the latest change or later`,
        );
      }
    });
  });

  const eventAt = new Where('events');
  eachEntity(input.events, (event, e) => {
    eventAt.at(e);
    referAll(eventAt, '.places', event.places, 'places');
    referAll(eventAt, '.actors', event.actors, 'actors');
    referAll(eventAt, '.crossings', event.crossings, 'crossings');
  });

  // Who says so, which sources say it and in which words (excerpts), wherever a fact carries them: snapshots, shares,
  // statements (summaries, notes, goals, a source's note), relations, crossings, their sides
  // and changes, events.
  const at = new KeyPath();
  for (const list of ['sources', 'actors', 'places', 'control', 'quotes', 'crossings', 'events'] as const) {
    eachEntity(input[list], (entity, i) => {
      at.keys.length = 0;
      at.keys.push(list, i);
      checkCitations(entity, at, refer, report);
    });
  }
}

/**
 * Keys to a nested field, joined into a path only for a problem: ["control", 0, "shares", 1] →
 * control[0].shares[1]. A walk pushes and pops its keys as it goes down and up, so that going
 * through a good bundle allocates nothing.
 */
class KeyPath {
  constructor(readonly keys: (string | number)[] = []) {}

  path(field = '', item?: number): string {
    return `${pathOf(this.keys)}${field}${item === undefined ? '' : `[${item}]`}`;
  }
}

/** Walks one entity for every `attribution` (checked) and every list of `sources` (each must name a source). */
function checkCitations(value: unknown, at: KeyPath, refer: Refer, report: Report): void {
  const { keys } = at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'object' || value[i] === null) continue;
      keys.push(i);
      checkCitations(value[i], at, refer, report);
      keys.pop();
    }
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field: unknown = value[key];
    if (key === 'sources' && Array.isArray(field)) {
      for (let item = 0; item < field.length; item++) refer(at, '.sources', field[item], 'sources', item);
    } else if (key === 'excerpts' && Array.isArray(field)) {
      for (let item = 0; item < field.length; item++) {
        const excerpt: unknown = field[item];
        if (!isPlainObject(excerpt)) continue;
        keys.push('excerpts', item);
        refer(at, '.source', excerpt.source, 'sources');
        keys.length -= 2;
      }
    } else if (key === 'attribution') {
      checkAttribution(field, at, '.attribution', refer, report);
    } else if (typeof field === 'object' && field !== null) {
      keys.push(key);
      checkCitations(field, at, refer, report);
      keys.pop();
    }
  }
}

/** `passage` says what may pass a restricted or partly open crossing, and only such a one. */
function checkPassage(entry: Entity, where: Where, report: Report): void {
  if (entry.passage === undefined || entry.status === 'restricted' || entry.status === 'partly-open') return;
  if (typeof entry.status !== 'string') return;
  report(
    where.path('.passage'),
    `"passage" says what may pass a "restricted" or "partly-open" crossing, and this status is ${quoted(entry.status)}; remove "passage" or correct "status"`,
  );
}

/** A side is held by an actor, by no one known (`null`), or by a state outside the story (`notAtIssue`): one of them. */
function checkSideHolder(side: Entity, where: PathLike, refer: Refer, report: Report): void {
  refer(where, '.controlledBy', side.controlledBy, 'actors');
  if (side.notAtIssue === true && side.controlledBy !== undefined) {
    report(
      where.path('.notAtIssue'),
      'a side "notAtIssue" is held by a state outside the story, not by an actor of it; remove "controlledBy" or "notAtIssue"',
    );
  }
}

/**
 * Where the consistency walk stands: an entity of a list, and maybe an item of one of its
 * lists (`actors[3].relations[1]`), joined into a path only when a problem is reported.
 */
class Where {
  #index = 0;
  #inner = '';
  #innerIndex = 0;

  constructor(readonly list: string) {}

  /** Moves to entity `index`, or to item `innerIndex` of its list `inner` (".relations"). */
  at(index: number, inner = '', innerIndex = 0): void {
    this.#index = index;
    this.#inner = inner;
    this.#innerIndex = innerIndex;
  }

  /** `actors[3].relations[1]` + `.sources` + `[0]` */
  path(field = '', item?: number): string {
    const inner = this.#inner && `${this.#inner}[${this.#innerIndex}]`;
    return `${this.list}[${this.#index}]${inner}${field}${item === undefined ? '' : `[${item}]`}`;
  }
}

function collectIds(input: Entity, report: Report): Record<ListName, Map<string, number>> {
  const ids = {} as Record<ListName, Map<string, number>>;
  for (const list of Object.keys(LISTS) as ListName[]) {
    const firstIndexOf = new Map<string, number>();
    eachEntity(input[list], (entity, index) => {
      if (typeof entity.id !== 'string') return;
      const first = firstIndexOf.get(entity.id);
      if (first === undefined) firstIndexOf.set(entity.id, index);
      else
        report(
          `${list}[${index}].id`,
          `${quoted(entity.id)} is already the id of ${list}[${first}]; every ${LISTS[list]} needs its own id`,
        );
    });
    ids[list] = firstIndexOf;
  }
  return ids;
}

/** Where a problem is: something that makes a JSON path for a field (and an item) of it. */
interface PathLike {
  path(field?: string, item?: number): string;
}

/** Reports `value`, at `field` (and `item`) of `where`, if it names no entity of `list`. */
type Refer = (where: PathLike, field: string, value: unknown, list: ListName, item?: number) => void;

function checkPlaceParents(places: unknown, refer: Refer, report: Report): void {
  const parentOf = new Map<unknown, unknown>();
  eachEntity(places, (place) => parentOf.set(place.id, place.parent));
  const placeAt = new Where('places');
  eachEntity(places, (place, p) => {
    if (place.parent === undefined) return;
    placeAt.at(p);
    const at = placeAt.path('.parent');
    if (place.parent === place.id) return report(at, 'a place cannot be its own parent');
    refer(placeAt, '.parent', place.parent, 'places');
    const chain: unknown[] = [place.id];
    for (let next: unknown = place.parent; parentOf.has(next) && chain.length <= parentOf.size; next = parentOf.get(next)) {
      if (next === place.id) {
        // A circle can run through every place of a big bundle: name its first few.
        const circle = [...chain, next].map((id) => quoted(String(id)));
        const shown = circle.length > 8 ? `${circle.slice(0, 7).join(' → ')} → … (${circle.length - 1} places)` : circle.join(' → ');
        report(at, `the parents go round in a circle: ${shown}`);
        return;
      }
      chain.push(next);
    }
  });
}

/** Who says so, as a key: the same claimant twice for one place and moment is a repeat. */
function claimantKey(attribution: unknown): string {
  if (!isPlainObject(attribution)) return '';
  return JSON.stringify([attribution.actor ?? null, attribution.speaker ?? null, attribution.group ?? null]);
}

/** An attribution names exactly one claimant, and any actor it names is in the bundle. */
function checkAttribution(attribution: unknown, where: PathLike, field: string, refer: Refer, report: Report): void {
  if (!isPlainObject(attribution)) return;
  const given = (['actor', 'speaker', 'group'] as const).filter((key) => attribution[key] !== undefined);
  if (given.length === 0) {
    report(where.path(field), 'say who says so: an "actor" of the bundle, a "speaker" (a name, a role, or both) or a "group" described in words');
  } else if (given.length > 1) {
    const named = given.map((key) => `"${key}"`);
    report(where.path(field), `name one claimant: "actor", "speaker" or "group", not ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`);
  }
  refer(where, `${field}.actor`, attribution.actor, 'actors');
  const speaker = attribution.speaker;
  if (!isPlainObject(speaker)) return;
  refer(where, `${field}.speaker.actor`, speaker.actor, 'actors');
  if (speaker.name === undefined && speaker.role === undefined) {
    report(where.path(`${field}.speaker`), 'give the speaker a "name", a "role", or both');
  }
}

/** What a share's words say of its size, for the messages: only "most" and "all-except" say more than half. */
const MORE_THAN_HALF: Record<string, string> = {
  most: '"most" means more than half',
  'all-except': '"all-except" means all of the place but an exception, so more than half',
};

function checkShares(snapshot: Entity, s: number, where: Where, refer: Refer, report: Report): void {
  if (!Array.isArray(snapshot.shares)) return;
  /** The least the shares can add up to: a bound "less than half" counts as nothing, "more than half" as a half. */
  let atLeast = 0;
  let bounded = false;
  let hasExtent = false;
  let mostAt: number | undefined;
  // Most snapshots have a share or two: a lookup only where a repeat is possible.
  const shareOf = snapshot.shares.length > 1 ? new Map<string, number>() : undefined;
  eachEntity(snapshot.shares, (share, i) => {
    where.at(s, '.shares', i);
    refer(where, '.actor', share.actor, 'actors');
    if (shareOf && typeof share.actor === 'string') {
      const first = shareOf.get(share.actor);
      if (first === undefined) shareOf.set(share.actor, i);
      else
        report(
          where.path('.actor'),
          `${quoted(share.actor)} already has a share in this snapshot (shares[${first}]); give each actor one share`,
        );
    }
    const hasFigure = share.share !== undefined;
    if (hasFigure && share.extent !== undefined) {
      report(where.path(), 'give either "share" (a fraction like 0.33) or "extent" ("most", "part" or "all-except"), not both');
    } else if (!hasFigure && share.extent === undefined) {
      report(where.path(), 'missing "share": give a fraction like 0.33, or "extent": "most", "part" or "all-except" where the source gives no figure');
    }
    if (share.approximate !== undefined && !hasFigure) {
      report(where.path('.approximate'), 'only a "share" with a figure can be approximate');
    }
    if (share.bound !== undefined && !hasFigure) {
      report(where.path('.bound'), 'a "bound" bounds a "share": write "less than half" as "share": 0.5, "bound": "less-than"');
    }
    if (share.upTo !== undefined && !hasFigure) {
      report(where.path('.upTo'), 'a range goes from "share" up to "upTo": write "between 30% and 50%" as "share": 0.3, "upTo": 0.5');
    } else if (share.upTo !== undefined && share.bound !== undefined) {
      report(where.path(), 'give either "bound" (like "less-than") or a range ("upTo"), not both');
    } else if (isFraction(share.upTo) && isFraction(share.share) && share.upTo <= share.share) {
      report(where.path('.upTo'), `a range goes up from "share" (${percent(share.share)}) to "upTo" (${percent(share.upTo)}), so "upTo" must be the larger`);
    }
    if (share.extent === 'all-except' && share.words === undefined) {
      report(where.path('.words'), 'say in "words" what "all-except" leaves out, as the source does: "all of it except the city of Testford"');
    }
    if (share.bound !== undefined || share.upTo !== undefined) bounded = true;
    if (typeof share.share === 'number' && Number.isFinite(share.share) && share.bound !== 'less-than' && share.bound !== 'at-most') {
      atLeast += share.share;
    }
    if (share.extent !== undefined) hasExtent = true;
    // Own keys only: an extent "__proto__" or "constructor" (refused by the shape) is not one of them.
    if (typeof share.extent === 'string' && Object.hasOwn(MORE_THAN_HALF, share.extent) && !hasFigure) {
      if (mostAt === undefined) mostAt = i;
      else report(where.path('.extent'), `${MORE_THAN_HALF[share.extent]}, and shares[${mostAt}] already says more than half`);
    }
    eachEntity(share.counts, (count, n) => checkCount(count, new KeyPath(['control', s, 'shares', i, 'counts', n]), report));
  });

  where.at(s);
  const addUp = bounded ? 'add up to at least' : 'add up to';
  if (atLeast > 1 + EPSILON) {
    report(where.path('.shares'), `the shares ${addUp} ${percent(atLeast)}, more than the whole place; a share is a fraction of 1`);
    return;
  }
  if (mostAt !== undefined && atLeast >= 0.5 - EPSILON) {
    const extent = String((snapshot.shares[mostAt] as Entity).extent);
    report(
      where.path(`.shares[${mostAt}].extent`),
      `${MORE_THAN_HALF[extent]}, but the other shares already ${addUp} ${percent(atLeast)}`,
    );
  }
  const rest = 1 - atLeast;
  const open = bounded || hasExtent;
  if (rest > EPSILON && snapshot.remainder === undefined) {
    report(
      where.path('.remainder'),
      open
        ? `the shares with figures ${addUp} ${percent(atLeast)}; say what the rest of the place is: "unknown", "contested", or "none" where the shares' words cover all of it`
        : `the shares add up to ${percent(atLeast)}; say what the remaining ${percent(rest)} is: "unknown" or "contested"`,
    );
  }
  const [only] = snapshot.shares as unknown[];
  if (snapshot.remainder === 'none' && snapshot.shares.length === 1 && isPlainObject(only) && (only.extent === 'most' || only.extent === 'part')) {
    report(
      where.path('.remainder'),
      `"${String(only.extent)}" leaves the rest of the place to someone, and "none" says nothing remains; say who holds the rest, or give it as "unknown" or "contested"`,
    );
  }
  if (rest > EPSILON && snapshot.remainder === 'none' && !open) {
    report(
      where.path('.remainder'),
      `the shares add up to ${percent(atLeast)}, and "none" says nothing remains; say what the remaining ${percent(rest)} is ("unknown" or "contested"), or correct the shares`,
    );
  }
  if (rest <= EPSILON && hasExtent) {
    report(where.path('.shares'), 'the shares with figures already add up to 100%, leaving no room for a share given as "most", "part" or "all-except"');
  } else if (rest <= EPSILON && snapshot.remainder !== undefined && snapshot.remainder !== 'none') {
    report(where.path('.remainder'), 'the shares already add up to 100%, so nothing remains; remove "remainder"');
  }
}

/** A count is a number of units ("30 of the 52 districts") or a share of one ("80% of the border"). */
function checkCount(count: Entity, where: PathLike, report: Report): void {
  if (count.value !== undefined && count.share !== undefined) {
    report(where.path(), 'give a count either as "value" (30 of 52 districts) or as "share" (80% of the border), not both');
  } else if (count.value === undefined && count.share === undefined) {
    report(where.path(), 'missing "value" or "share": give a number of units like "value": 30, or a fraction like "share": 0.8');
  }
  if (count.of !== undefined && count.value === undefined && count.share !== undefined) {
    report(where.path('.of'), '"of" goes with "value" ("value": 30, "of": 52); a "share" is already a fraction of the whole');
  } else if (typeof count.of === 'number' && typeof count.value === 'number' && count.value > count.of) {
    report(where.path('.value'), `${count.value} is more than the total ("of": ${count.of})`);
  }
}
