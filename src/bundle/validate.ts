import { suggestIds } from '../helpers/near-miss.js';
import { isPlainObject, quoted, shortened } from '../helpers/json-value.js';
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
  const referAll = (where: Where, field: string, values: unknown, list: ListName): void => {
    if (!Array.isArray(values)) return;
    for (let item = 0; item < values.length; item++) refer(where, field, values[item], list, item);
  };

  const actorAt = new Where('actors');
  eachEntity(input.actors, (actor, a) => {
    actorAt.at(a);
    referAll(actorAt, '.sources', actor.sources, 'sources');
    const relations = actor.relations;
    for (let r = 0; Array.isArray(relations) && r < relations.length; r++) {
      const relation: unknown = relations[r];
      if (!isPlainObject(relation)) continue;
      actorAt.at(a, '.relations', r);
      if (relation.actor !== undefined && relation.actor === actor.id) {
        report(actorAt.path('.actor'), 'an actor cannot have a relation with itself');
      } else refer(actorAt, '.actor', relation.actor, 'actors');
      referAll(actorAt, '.sources', relation.sources, 'sources');
    }
  });

  checkPlaceParents(input.places, refer, report);

  const snapshotAt = new Where('control');
  const snapshotOn = new Map<string, number>();
  eachEntity(input.control, (snapshot, s) => {
    snapshotAt.at(s);
    refer(snapshotAt, '.place', snapshot.place, 'places');
    referAll(snapshotAt, '.sources', snapshot.sources, 'sources');
    checkAttribution(snapshot.attribution, snapshotAt, '.attribution', refer, report);
    if (typeof snapshot.place === 'string' && typeof snapshot.asOf === 'string') {
      // One snapshot per place, moment and claimant: "2017-11-03" and "2017-11-03T00:00:00Z"
      // are one moment; a snapshot from another claimant is a competing claim, not a repeat.
      const claimant = claimantKey(snapshot.attribution);
      const key = `${snapshot.place}\n${Date.parse(snapshot.asOf) || snapshot.asOf}\n${claimant}`;
      const first = snapshotOn.get(key);
      if (first === undefined) snapshotOn.set(key, s);
      else
        report(
          snapshotAt.path('.asOf'),
          claimant
            ? `${quoted(snapshot.place)} already has a snapshot as of ${shortened(snapshot.asOf)} from the same claimant (control[${first}]); merge the two or correct the date`
            : `${quoted(snapshot.place)} already has a snapshot as of ${shortened(snapshot.asOf)} (control[${first}]); merge the two or correct the date`,
        );
    }
    checkShares(snapshot, s, snapshotAt, refer, report);
  });

  const quoteAt = new Where('quotes');
  eachEntity(input.quotes, (quote, q) => {
    quoteAt.at(q);
    referAll(quoteAt, '.sources', quote.sources, 'sources');
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
    referAll(crossingAt, '.sources', crossing.sources, 'sources');
    eachEntity(crossing.sides, (side, s) => {
      crossingAt.at(c, '.sides', s);
      refer(crossingAt, '.place', side.place, 'places');
      refer(crossingAt, '.controlledBy', side.controlledBy, 'actors');
    });
    const asOf = typeof crossing.asOf === 'string' ? Date.parse(crossing.asOf) : NaN;
    eachEntity(crossing.history, (change, h) => {
      crossingAt.at(c, '.history', h);
      referAll(crossingAt, '.sources', change.sources, 'sources');
      if (typeof change.date === 'string' && Date.parse(change.date) > asOf) {
        report(
          crossingAt.path('.date'),
          `${shortened(change.date)} is after the crossing's "asOf" (${shortened(String(crossing.asOf))}); move "asOf" to the latest change or later`,
        );
      }
    });
  });
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

/** Reports `value`, at `field` (and `item`) of `where`, if it names no entity of `list`. */
type Refer = (where: Where, field: string, value: unknown, list: ListName, item?: number) => void;

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
function checkAttribution(attribution: unknown, where: Where, field: string, refer: Refer, report: Report): void {
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

function checkShares(snapshot: Entity, s: number, where: Where, refer: Refer, report: Report): void {
  if (!Array.isArray(snapshot.shares)) return;
  let withFigures = 0;
  let hasExtent = false;
  let mostAt: number | undefined;
  // Most snapshots have a share or two: a lookup only where a repeat is possible.
  const shareOf = snapshot.shares.length > 1 ? new Map<string, number>() : undefined;
  eachEntity(snapshot.shares, (share, i) => {
    where.at(s, '.shares', i);
    refer(where, '.actor', share.actor, 'actors');
    checkAttribution(share.attribution, where, '.attribution', refer, report);
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
      report(where.path(), 'give either "share" (a fraction like 0.33) or "extent" ("most" or "part"), not both');
    } else if (!hasFigure && share.extent === undefined) {
      report(where.path(), 'missing "share": give a fraction like 0.33, or "extent": "most" or "part" where the source gives no figure');
    }
    if (share.approximate !== undefined && !hasFigure) {
      report(where.path('.approximate'), 'only a "share" with a figure can be approximate');
    }
    if (typeof share.share === 'number' && Number.isFinite(share.share)) withFigures += share.share;
    if (share.extent !== undefined) hasExtent = true;
    if (share.extent === 'most' && !hasFigure) {
      if (mostAt === undefined) mostAt = i;
      else report(where.path('.extent'), `"most" means more than half, and shares[${mostAt}] already has "most"`);
    }
  });

  where.at(s);
  if (withFigures > 1 + EPSILON) {
    report(where.path('.shares'), `the shares add up to ${percent(withFigures)}, more than the whole place; a share is a fraction of 1`);
    return;
  }
  if (mostAt !== undefined && withFigures >= 0.5 - EPSILON) {
    report(
      where.path(`.shares[${mostAt}].extent`),
      `"most" means more than half, but the other shares already add up to ${percent(withFigures)}`,
    );
  }
  const rest = 1 - withFigures;
  if (rest > EPSILON && snapshot.remainder === undefined) {
    report(
      where.path('.remainder'),
      hasExtent
        ? `the shares with figures add up to ${percent(withFigures)}; say what the rest of the place is: "unknown" or "contested"`
        : `the shares add up to ${percent(withFigures)}; say what the remaining ${percent(rest)} is: "unknown" or "contested"`,
    );
  }
  if (rest <= EPSILON && hasExtent) {
    report(where.path('.shares'), 'the shares with figures already add up to 100%, leaving no room for a share given as "most" or "part"');
  } else if (rest <= EPSILON && snapshot.remainder !== undefined) {
    report(where.path('.remainder'), 'the shares already add up to 100%, so nothing remains; remove "remainder"');
  }
}
