import * as v from 'valibot';
import { suggestIds } from '../internal/near-miss.js';
import { isPlainObject } from './json-value.js';
import { BundleSchema, ID_PATTERN, type Bundle } from './schema.js';

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

/** Longer keys are cut in paths: a key can be any length, and a path is read on one line. */
const MAX_KEY_SHOWN = 48;

/** `actors[3]` + `color` → `actors[3].color`; numbers become indexes, odd keys are quoted. */
export function appendKey(path: string, key: unknown): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = String(key);
  if (name.length > MAX_KEY_SHOWN) return `${path}[${JSON.stringify(`${name.slice(0, MAX_KEY_SHOWN)}…`)}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return `${path}${path ? '.' : ''}${name}`;
  return `${path}[${JSON.stringify(name)}]`;
}

const joinPath = (items: readonly v.IssuePathItem[], path = ''): string =>
  items.reduce<string>((at, item) => appendKey(at, item.key), path);
const pathOf = (issue: v.BaseIssue<unknown>, path = ''): string => joinPath(issue.path ?? [], path);

const eachEntity = (list: unknown, visit: (entity: Entity, index: number) => void): void => {
  if (!Array.isArray(list)) return;
  list.forEach((entity: unknown, index) => {
    if (isPlainObject(entity)) visit(entity, index);
  });
};

const percent = (fraction: number): string => `${Number((fraction * 100).toFixed(1))}%`;

/**
 * Checks any JSON value against the bundle contract: its shape (every field, with what was
 * expected and what was found) and its consistency (ids unique within a list, references that
 * name existing entities, shares that fit in one place, dates in order). Returns every problem
 * found; never throws.
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
    const result = v.safeParse(BundleSchema, input, { abortPipeEarly: true });
    if (result.success) bundle = result.output;
    else for (const issue of result.issues) reportIssue(issue, report);
    checkConsistency(input, report);
  } catch (error) {
    report('', `could not be checked (${String(error)}); is it unusually large or deeply nested?`);
  }
  return bundle && problems.length === 0
    ? { valid: true, bundle, problems: [] }
    : { valid: false, problems };
}

/**
 * Text is a string or a map of languages; when a map has a bad entry, the entry is named
 * (`meta.title.ar: expected text, got 5`) rather than the whole union refused.
 */
function reportIssue(issue: v.BaseIssue<unknown>, report: Report): void {
  const last = issue.path?.[issue.path.length - 1];
  if (last?.origin === 'key' && Array.isArray(last.input)) {
    // A list where an object belongs: valibot names each missing field; say it once, at the list.
    return report(joinPath(issue.path?.slice(0, -1) ?? []), issue.message);
  }
  const inMap = issue.type === 'union' && isPlainObject(issue.input) ? issue.issues?.filter((sub) => sub.path) : undefined;
  if (!inMap?.length) return report(pathOf(issue), issue.message);
  const at = pathOf(issue);
  for (const sub of inMap) report(pathOf(sub, at), sub.message);
}

function checkConsistency(input: unknown, report: Report): void {
  if (!isPlainObject(input)) return;
  const ids = collectIds(input, report);
  const refer = (path: string, value: unknown, list: ListName): void => {
    if (typeof value !== 'string' || !ID_PATTERN.test(value) || ids[list].has(value)) return;
    report(path, `no ${LISTS[list]} has the id "${value}"; ${suggestIds(value, [...ids[list].keys()])}`);
  };
  const referAll = (path: string, values: unknown, list: ListName): void => {
    if (Array.isArray(values)) values.forEach((value: unknown, index) => refer(`${path}[${index}]`, value, list));
  };

  eachEntity(input.actors, (actor, a) => {
    referAll(`actors[${a}].sources`, actor.sources, 'sources');
    eachEntity(actor.relations, (relation, r) => {
      const at = `actors[${a}].relations[${r}]`;
      if (relation.actor !== undefined && relation.actor === actor.id) {
        report(`${at}.actor`, 'an actor cannot have a relation with itself');
      } else refer(`${at}.actor`, relation.actor, 'actors');
      referAll(`${at}.sources`, relation.sources, 'sources');
    });
  });

  checkPlaceParents(input.places, refer, report);

  const snapshotOn = new Map<string, number>();
  eachEntity(input.control, (snapshot, s) => {
    const at = `control[${s}]`;
    refer(`${at}.place`, snapshot.place, 'places');
    referAll(`${at}.sources`, snapshot.sources, 'sources');
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
    referAll(`${at}.sources`, quote.sources, 'sources');
    const speaker = quote.speaker;
    if (!isPlainObject(speaker)) return;
    refer(`${at}.speaker.actor`, speaker.actor, 'actors');
    if (speaker.name === undefined && speaker.role === undefined) {
      report(`${at}.speaker`, 'give the speaker a "name", a "role", or both');
    }
  });

  eachEntity(input.crossings, (crossing, c) => {
    const at = `crossings[${c}]`;
    refer(`${at}.place`, crossing.place, 'places');
    referAll(`${at}.sources`, crossing.sources, 'sources');
    eachEntity(crossing.sides, (side, s) => {
      refer(`${at}.sides[${s}].place`, side.place, 'places');
      refer(`${at}.sides[${s}].controlledBy`, side.controlledBy, 'actors');
    });
    const asOf = typeof crossing.asOf === 'string' ? Date.parse(crossing.asOf) : NaN;
    eachEntity(crossing.history, (change, h) => {
      referAll(`${at}.history[${h}].sources`, change.sources, 'sources');
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

type Refer = (path: string, value: unknown, list: ListName) => void;

function checkPlaceParents(places: unknown, refer: Refer, report: Report): void {
  const parentOf = new Map<unknown, unknown>();
  eachEntity(places, (place) => parentOf.set(place.id, place.parent));
  eachEntity(places, (place, p) => {
    const at = `places[${p}].parent`;
    if (place.parent === undefined) return;
    if (place.parent === place.id) return report(at, 'a place cannot be its own parent');
    refer(at, place.parent, 'places');
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
  const shareOf = new Map<string, number>();
  eachEntity(snapshot.shares, (share, i) => {
    const path = `${at}.shares[${i}]`;
    refer(`${path}.actor`, share.actor, 'actors');
    if (typeof share.actor === 'string') {
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
