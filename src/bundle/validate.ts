import { suggestIds } from '../internal/near-miss.js';
import { isPlainObject } from './json-value.js';
import { BundleSchema, ID_PATTERN, type Bundle } from './schema.js';
import { appendKey, REFUSED, type ShapeProblem } from './shape.js';

export { appendKey };

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
    for (const problem of found) report(problem.keys.reduce<string>(appendKey, ''), problem.message);
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
  // Paths are joined only for a problem: a 1,000-actor bundle has some 10,000 references.
  const refer: Refer = (at, field, value, list, index) => {
    if (typeof value !== 'string' || ids[list].has(value) || !ID_PATTERN.test(value)) return;
    report(`${at}${field}${index === undefined ? '' : `[${index}]`}`, `no ${LISTS[list]} has the id "${value}"; ${suggestIds(value, [...ids[list].keys()])}`);
  };
  const referAll = (at: string, field: string, values: unknown, list: ListName): void => {
    if (!Array.isArray(values)) return;
    for (let index = 0; index < values.length; index++) refer(at, field, values[index], list, index);
  };

  eachEntity(input.actors, (actor, a) => {
    const at = `actors[${a}]`;
    referAll(at, '.sources', actor.sources, 'sources');
    eachEntity(actor.relations, (relation, r) => {
      const relationAt = `${at}.relations[${r}]`;
      if (relation.actor !== undefined && relation.actor === actor.id) {
        report(`${relationAt}.actor`, 'an actor cannot have a relation with itself');
      } else refer(relationAt, '.actor', relation.actor, 'actors');
      referAll(relationAt, '.sources', relation.sources, 'sources');
    });
  });

  checkPlaceParents(input.places, refer, report);

  const snapshotOn = new Map<string, number>();
  eachEntity(input.control, (snapshot, s) => {
    const at = `control[${s}]`;
    refer(at, '.place', snapshot.place, 'places');
    referAll(at, '.sources', snapshot.sources, 'sources');
    if (typeof snapshot.place === 'string' && typeof snapshot.asOf === 'string') {
      const key = `${snapshot.place}\n${snapshot.asOf}`;
      const first = snapshotOn.get(key);
      if (first === undefined) snapshotOn.set(key, s);
      else
        report(
          `${at}.asOf`,
          `"${snapshot.place}" already has a snapshot as of ${snapshot.asOf} (control[${first}]); merge the two or correct the date`,
        );
    }
    checkShares(snapshot, at, refer, report);
  });

  eachEntity(input.quotes, (quote, q) => {
    const at = `quotes[${q}]`;
    referAll(at, '.sources', quote.sources, 'sources');
    const speaker = quote.speaker;
    if (!isPlainObject(speaker)) return;
    refer(at, '.speaker.actor', speaker.actor, 'actors');
    if (speaker.name === undefined && speaker.role === undefined) {
      report(`${at}.speaker`, 'give the speaker a "name", a "role", or both');
    }
  });

  eachEntity(input.crossings, (crossing, c) => {
    const at = `crossings[${c}]`;
    refer(at, '.place', crossing.place, 'places');
    referAll(at, '.sources', crossing.sources, 'sources');
    eachEntity(crossing.sides, (side, s) => {
      refer(at, `.sides[${s}].place`, side.place, 'places');
      refer(at, `.sides[${s}].controlledBy`, side.controlledBy, 'actors');
    });
    const asOf = typeof crossing.asOf === 'string' ? Date.parse(crossing.asOf) : NaN;
    eachEntity(crossing.history, (change, h) => {
      referAll(at, `.history[${h}].sources`, change.sources, 'sources');
      if (typeof change.date === 'string' && Date.parse(change.date) > asOf) {
        report(
          `${at}.history[${h}].date`,
          `${change.date} is after the crossing's "asOf" (${String(crossing.asOf)}); move "asOf" to the latest change or later`,
        );
      }
    });
  });
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
          `"${entity.id}" is already the id of ${list}[${first}]; every ${LISTS[list]} needs its own id`,
        );
    });
    ids[list] = firstIndexOf;
  }
  return ids;
}

/** Reports `value` at `at` + `field` if it names no entity of `list`. */
type Refer = (at: string, field: string, value: unknown, list: ListName, index?: number) => void;

function checkPlaceParents(places: unknown, refer: Refer, report: Report): void {
  const parentOf = new Map<unknown, unknown>();
  eachEntity(places, (place) => parentOf.set(place.id, place.parent));
  eachEntity(places, (place, p) => {
    const at = `places[${p}].parent`;
    if (place.parent === undefined) return;
    if (place.parent === place.id) return report(at, 'a place cannot be its own parent');
    refer(at, '', place.parent, 'places');
    const chain: unknown[] = [place.id];
    for (let next: unknown = place.parent; parentOf.has(next) && chain.length <= parentOf.size; next = parentOf.get(next)) {
      if (next === place.id) {
        report(at, `the parents go round in a circle: ${[...chain, next].map((id) => `"${String(id)}"`).join(' → ')}`);
        return;
      }
      chain.push(next);
    }
  });
}

function checkShares(snapshot: Entity, at: string, refer: Refer, report: Report): void {
  if (!Array.isArray(snapshot.shares)) return;
  let withFigures = 0;
  let hasExtent = false;
  let mostAt: number | undefined;
  // Most snapshots have a share or two: a lookup only where a repeat is possible.
  const shareOf = snapshot.shares.length > 1 ? new Map<string, number>() : undefined;
  eachEntity(snapshot.shares, (share, i) => {
    const path = `${at}.shares[${i}]`;
    refer(path, '.actor', share.actor, 'actors');
    if (shareOf && typeof share.actor === 'string') {
      const first = shareOf.get(share.actor);
      if (first === undefined) shareOf.set(share.actor, i);
      else
        report(
          `${path}.actor`,
          `"${share.actor}" already has a share in this snapshot (shares[${first}]); give each actor one share`,
        );
    }
    const hasFigure = share.share !== undefined;
    if (hasFigure && share.extent !== undefined) {
      report(path, 'give either "share" (a fraction like 0.33) or "extent" ("most" or "part"), not both');
    } else if (!hasFigure && share.extent === undefined) {
      report(path, 'missing "share": give a fraction like 0.33, or "extent": "most" or "part" where the source gives no figure');
    }
    if (share.approximate !== undefined && !hasFigure) {
      report(`${path}.approximate`, 'only a "share" with a figure can be approximate');
    }
    if (typeof share.share === 'number' && Number.isFinite(share.share)) withFigures += share.share;
    if (share.extent !== undefined) hasExtent = true;
    if (share.extent === 'most' && !hasFigure) {
      if (mostAt === undefined) mostAt = i;
      else report(`${path}.extent`, `"most" means more than half, and shares[${mostAt}] already has "most"`);
    }
  });

  if (withFigures > 1 + EPSILON) {
    report(`${at}.shares`, `the shares add up to ${percent(withFigures)}, more than the whole place; a share is a fraction of 1`);
    return;
  }
  if (mostAt !== undefined && withFigures >= 0.5 - EPSILON) {
    report(
      `${at}.shares[${mostAt}].extent`,
      `"most" means more than half, but the other shares already add up to ${percent(withFigures)}`,
    );
  }
  const rest = 1 - withFigures;
  if (rest > EPSILON && snapshot.remainder === undefined) {
    report(
      `${at}.remainder`,
      hasExtent
        ? `the shares with figures add up to ${percent(withFigures)}; say what the rest of the place is: "unknown" or "contested"`
        : `the shares add up to ${percent(withFigures)}; say what the remaining ${percent(rest)} is: "unknown" or "contested"`,
    );
  }
  if (rest <= EPSILON && hasExtent) {
    report(`${at}.shares`, 'the shares with figures already add up to 100%, leaving no room for a share given as "most" or "part"');
  } else if (rest <= EPSILON && snapshot.remainder !== undefined) {
    report(`${at}.remainder`, 'the shares already add up to 100%, so nothing remains; remove "remainder"');
  }
}
