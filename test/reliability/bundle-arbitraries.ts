/**
 * fast-check arbitraries for bundles: valid bundles built from the schema's shape (every
 * reference resolving, shares that fit, dates in order, facts attributed to a claimant and
 * competing claims for one place and date), hostile strings, and mutations of the
 * seed bundle (fields deleted, wrong types, dangling and duplicate ids, huge and empty strings,
 * deep nesting, `__proto__` / `constructor` / `prototype` keys).
 */
import fc from 'fast-check';
import { ACTOR_KINDS, CROSSING_STATUSES, PLACE_KINDS, QUOTE_KINDS, RELATION_TYPES } from '../../src/bundle/schema.js';

type Json = Record<string, unknown>;

/** Strings that try to become markup, script, template code, or to reorder the text around them. */
export const HOSTILE_STRINGS = [
  '<script>window.__nwInjected = (window.__nwInjected || 0) + 1</script>',
  '<img src="data:," onerror="window.__nwInjected = (window.__nwInjected || 0) + 1">',
  '<svg onload="window.__nwInjected = (window.__nwInjected || 0) + 1"></svg>',
  '"><iframe srcdoc="<script>parent.__nwInjected = (parent.__nwInjected || 0) + 1</script>"></iframe>',
  '${window.__nwInjected = (window.__nwInjected || 0) + 1}',
  '{{constructor.constructor("window.__nwInjected = (window.__nwInjected || 0) + 1")()}}',
  '</bdi></p><b>bold</b><!--',
  '<style>*{display:none!important}</style>',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#x3C;',
  '\u202Eevil\u202C text \u2066isolate\u2069 \u200Fmark',
  '\u0000\u0007\u001B[31m control',
  '🏳️‍🌈 e\u0301 \uFEFF zero\u200Bwidth',
] as const;

/** Strings of these characters (fast-check's `stringMatching` is slow enough to matter here). */
const stringOf = (characters: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...characters), minLength, maxLength });
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

const id = fc.tuple(stringOf(LOWER + DIGITS, 1, 1), stringOf(`${LOWER}${DIGITS}._:-`, 0, 15)).map(([first, rest]) => first + rest);
const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });

/** Text an editor might write, in any script, and now and then a hostile one. */
const plainText = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  )
  .filter((text) => /\S/.test(text));

const languageTag = fc.oneof(
  fc.constantFrom('en', 'ar', 'fr', 'fa', 'ku', 'he', 'de-CH', 'pt-BR', 'zh-Hant', 'sr-Latn-RS'),
  fc
    .tuple(stringOf(LOWER + LOWER.toUpperCase(), 2, 3), fc.array(stringOf(LOWER + DIGITS + LOWER.toUpperCase(), 1, 8), { maxLength: 2 }))
    .map(([primary, subtags]) => [primary, ...subtags].join('-')),
);

const localizedText = fc.oneof(plainText, fc.dictionary(languageTag, plainText, { minKeys: 1, maxKeys: 3 }));

const DAY_MS = 86_400_000;
const day = fc.integer({ min: -25_000, max: 40_000 });
const dateOnly = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
/** A date as the bundle format allows it: a calendar date, or a date-time in UTC or with an offset. */
const isoDate = fc
  .tuple(day, fc.integer({ min: 0, max: DAY_MS - 1 }), fc.constantFrom('date', 'Z', '+03:00', '-05:30'))
  .map(([days, time, form]) => {
    if (form === 'date') return dateOnly(days);
    const iso = new Date(days * DAY_MS + time).toISOString();
    return form === 'Z' ? iso : `${iso.slice(0, 19)}${form}`;
  });

const link = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(stringOf(LOWER + DIGITS, 1, 1), stringOf(`${LOWER}${DIGITS}/._-`, 0, 30)).map(([first, rest]) => first + rest),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops the keys whose value is undefined, as a JSON bundle would not have them. */
const compact = (object: Json): Json => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const someOf = (list: readonly string[], min = 0) => fc.subarray([...list], { minLength: Math.min(min, list.length) });

/**
 * Who says so: an actor of the bundle, a speaker (a name, a role or both, perhaps an actor's)
 * or a group described in words; exactly one of the three.
 */
const attributionOf = (actorIds: readonly string[]): fc.Arbitrary<Json> =>
  fc.oneof(
    fc.record({ actor: fc.constantFrom(...actorIds) }),
    fc
      .record({ name: optional(localizedText), role: optional(localizedText), actor: optional(fc.constantFrom(...actorIds)) })
      .map((speaker) => ({ speaker: compact({ ...speaker, name: speaker.name ?? (speaker.role === undefined ? 'A spokesman' : undefined) }) })),
    fc.record({ group: localizedText }),
  );

function sharesFor(actorIds: readonly string[]) {
  return fc
    .subarray([...actorIds], { minLength: 0 })
    .chain((actors) =>
      fc.tuple(
        ...actors.map((actor) =>
          fc.record({
            actor: fc.constant(actor),
            figure: fc.boolean(),
            twentieths: fc.integer({ min: 0, max: 20 }),
            approximate: optional(fc.boolean()),
            extent: fc.constantFrom('most', 'part'),
            note: optional(localizedText),
            attribution: fc.option(attributionOf(actorIds), { nil: undefined, freq: 4 }),
          }),
        ),
      ),
    )
    .map((raw) => {
      // Figures are twentieths, so that they add up exactly; never more than the whole.
      let used = 0;
      const drafts = raw.map((share) => {
        if (!share.figure) return { ...share, twentieths: undefined };
        const twentieths = Math.min(share.twentieths, 20 - used);
        used += twentieths;
        return { ...share, twentieths };
      });
      let mostGiven = used >= 10;
      const shares = drafts.flatMap((share) => {
        if (share.twentieths !== undefined) {
          return [compact({ actor: share.actor, share: share.twentieths / 20, approximate: share.approximate, note: share.note, attribution: share.attribution })];
        }
        // An actor "in words" needs room left: none when the figures fill the place.
        if (used >= 20) return [compact({ actor: share.actor, share: 0, note: share.note, attribution: share.attribution })];
        const extent = share.extent === 'most' && !mostGiven ? 'most' : 'part';
        if (extent === 'most') mostGiven = true;
        return [compact({ actor: share.actor, extent, note: share.note, attribution: share.attribution })];
      });
      return { shares, rest: 20 - used };
    });
}

/** A valid bundle, from the schema's shape: every constraint the validator checks is kept. */
export const validBundle: fc.Arbitrary<Json> = fc
  .record({
    sourceIds: ids(1, 3),
    actorIds: ids(1, 5),
    placeIds: ids(1, 5),
    quoteIds: ids(0, 4),
    crossingIds: ids(0, 2),
  })
  .chain(({ sourceIds, actorIds, placeIds, quoteIds, crossingIds }) => {
    const sourceRefs = someOf(sourceIds, 1);
    const source = (sourceId: string) =>
      fc
        .record({
          id: fc.constant(sourceId),
          name: localizedText,
          publisher: optional(localizedText),
          url: optional(link),
          published: optional(isoDate),
          note: optional(localizedText),
        })
        .map(compact);
    const actor = (actorId: string) =>
      fc
        .record({
          id: fc.constant(actorId),
          name: localizedText,
          shortName: optional(localizedText),
          kind: fc.constantFrom(...ACTOR_KINDS),
          color: optional(fc.constantFrom(3, 6).chain((length) => stringOf('0123456789abcdefABCDEF', length, length)).map((hex) => `#${hex}`)),
          summary: optional(localizedText),
          relations: optional(
            actorIds.length < 2
              ? fc.constant<Json[]>([])
              : fc.array(
                  fc
                    .record({
                      type: fc.constantFrom(...RELATION_TYPES),
                      actor: fc.constantFrom(...actorIds.filter((other) => other !== actorId)),
                      note: optional(localizedText),
                      sources: optional(sourceRefs),
                    })
                    .map(compact),
                  { maxLength: 3 },
                ),
          ),
          goals: optional(fc.array(localizedText, { maxLength: 3 })),
          sources: sourceRefs,
        })
        .map(compact);
    const place = (placeId: string, index: number) =>
      fc
        .record({
          id: fc.constant(placeId),
          name: localizedText,
          kind: fc.constantFrom(...PLACE_KINDS),
          country: optional(stringOf(LOWER.toUpperCase(), 2, 2)),
          coordinates: optional(
            fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
          ),
          // Parents come earlier in the list, so that they never go round in a circle.
          parent: index === 0 ? fc.constant(undefined) : optional(fc.constantFrom(...placeIds.slice(0, index))),
          note: optional(localizedText),
        })
        .map(compact);
    // Each date has one snapshot, or competing claims from different claimants (none, at most
    // once: the source's own voice), the same moment written as a date or as midnight UTC.
    const claimants = fc.uniqueArray(fc.option(attributionOf(actorIds), { nil: undefined, freq: 2 }), {
      minLength: 1,
      maxLength: 3,
      selector: (attribution) => JSON.stringify(attribution ?? null),
    });
    const snapshotsOf = (placeId: string) =>
      fc.uniqueArray(day, { maxLength: 2 }).chain((days) =>
        fc.tuple(
          ...days.map((days_) =>
            claimants.chain((attributions) =>
              fc.tuple(
                ...attributions.map((attribution, claim) =>
                  fc
                    .record({ split: sharesFor(actorIds), remainder: fc.constantFrom('unknown', 'contested'), note: optional(localizedText), sources: sourceRefs, midnight: fc.boolean() })
                    .map(({ split, remainder, note, sources, midnight }) =>
                      compact({
                        id: `${placeId}.${days_ + 30_000}${claim > 0 ? `.${claim}` : ''}`,
                        place: placeId,
                        asOf: midnight ? `${dateOnly(days_)}T00:00:00Z` : dateOnly(days_),
                        attribution,
                        shares: split.shares,
                        remainder: split.rest > 0 ? remainder : undefined,
                        note,
                        sources,
                      }),
                    ),
                ),
              ),
            ),
          ),
        ).map((claims) => claims.flat()),
      );
    const quote = (quoteId: string) =>
      fc
        .record({
          id: fc.constant(quoteId),
          text: plainText,
          language: languageTag,
          original: optional(fc.record({ text: plainText, language: languageTag })),
          kind: fc.constantFrom(...QUOTE_KINDS),
          speaker: fc
            .record({
              name: optional(localizedText),
              role: optional(localizedText),
              age: optional(fc.integer({ min: 0, max: 150 })),
              actor: optional(fc.constantFrom(...actorIds)),
            })
            .map((speaker) => compact({ ...speaker, name: speaker.name ?? (speaker.role === undefined ? 'A witness' : undefined) })),
          said: optional(isoDate),
          via: optional(localizedText),
          context: optional(localizedText),
          sources: sourceRefs,
        })
        .map(compact);
    const side = fc
      .record({
        country: stringOf(LOWER.toUpperCase(), 2, 2),
        place: optional(fc.constantFrom(...placeIds)),
        controlledBy: optional(fc.oneof(fc.constantFrom(...actorIds), fc.constant(null))),
      })
      .map(compact);
    const crossing = (crossingId: string) =>
      fc
        .record({
          id: fc.constant(crossingId),
          name: localizedText,
          place: optional(fc.constantFrom(...placeIds)),
          sides: fc.tuple(side, side),
          status: fc.constantFrom(...CROSSING_STATUSES),
          asOfDay: day,
          history: optional(
            fc.array(
              fc.record({ daysBefore: fc.integer({ min: 0, max: 3000 }), status: optional(fc.constantFrom(...CROSSING_STATUSES)), note: localizedText, sources: optional(sourceRefs) }),
              { maxLength: 3 },
            ),
          ),
          note: optional(localizedText),
          sources: sourceRefs,
        })
        .map(({ asOfDay, history, ...rest }) =>
          compact({
            ...rest,
            asOf: dateOnly(asOfDay),
            history: history?.map(({ daysBefore, ...change }) => compact({ ...change, date: dateOnly(asOfDay - daysBefore) })),
          }),
        );

    return fc.record({
      meta: fc
        .record({
          id,
          title: localizedText,
          language: languageTag,
          updated: isoDate,
          credit: optional(localizedText),
          description: optional(localizedText),
        })
        .map(compact),
      sources: fc.tuple(...sourceIds.map(source)),
      actors: fc.tuple(...actorIds.map(actor)),
      places: fc.tuple(...placeIds.map(place)),
      control: fc.tuple(...placeIds.map(snapshotsOf)).map((lists) => lists.flat()),
      quotes: fc.tuple(...quoteIds.map(quote)),
      crossings: fc.tuple(...crossingIds.map(crossing)),
    });
  });

/** Every path in a JSON value, root included, as keys and indexes. */
export function pathsIn(value: unknown, at: Array<string | number> = [], found: Array<Array<string | number>> = []) {
  found.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => pathsIn(item, [...at, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsIn(item, [...at, key], found);
  return found;
}

type Path = ReadonlyArray<string | number>;

/** One change that breaks (or may break) a bundle, applied in place at a path. */
export type Mutation =
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'replace'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'dangling-id'; readonly path: Path }
  | { readonly kind: 'duplicate-id'; readonly list: string; readonly from: number; readonly to: number }
  | { readonly kind: 'nest'; readonly path: Path; readonly depth: number; readonly inObjects: boolean }
  | { readonly kind: 'prototype-key'; readonly path: Path; readonly key: string; readonly value: unknown };

const LISTS = ['sources', 'actors', 'places', 'control', 'quotes', 'crossings'];

/** Mutations of a bundle whose paths are `paths` (from `pathsIn`). */
export function mutation(paths: readonly Path[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  const nonRoot = fc.constantFrom(...paths.filter((each) => each.length > 0));
  const wrongType = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom('', ' ', '\u200B', '\t\n'),
    fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'x'.repeat(length)),
    fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'word '.repeat(length / 5)),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), path: nonRoot }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: wrongType }) },
    fc.record({ kind: fc.constant('dangling-id' as const), path: nonRoot }),
    fc.record({ kind: fc.constant('duplicate-id' as const), list: fc.constantFrom(...LISTS), from: fc.nat(20), to: fc.nat(20) }),
    fc.record({ kind: fc.constant('nest' as const), path: nonRoot, depth: fc.integer({ min: 50, max: 1000 }), inObjects: fc.boolean() }),
    fc.record({
      kind: fc.constant('prototype-key' as const),
      path,
      key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
      value: fc.constantFrom<unknown>({ polluted: true }, 'polluted', [{ polluted: true }], null),
    }),
  );
}

const parentOf = (root: Json, path: Path): [Record<string | number, unknown> | undefined, string | number | undefined] => {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return [undefined, undefined];
    node = (node as Record<string | number, unknown>)[key];
  }
  return node && typeof node === 'object' ? [node as Record<string | number, unknown>, path[path.length - 1]] : [undefined, undefined];
};

/** Applies a mutation to a bundle in place (a later mutation may find its path already gone). */
export function applyMutation(root: Json, change: Mutation): Json {
  switch (change.kind) {
    case 'delete': {
      const [parent, key] = parentOf(root, change.path);
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (parent && key !== undefined) delete parent[key];
      return root;
    }
    case 'replace':
    case 'dangling-id':
    case 'nest': {
      if (change.path.length === 0) return change.kind === 'replace' ? (change.value as Json) : root;
      const [parent, key] = parentOf(root, change.path);
      if (!parent || key === undefined) return root;
      if (change.kind === 'replace') parent[key] = change.value;
      else if (change.kind === 'dangling-id') parent[key] = `no-such-${typeof parent[key] === 'string' ? parent[key] : 'entity'}`;
      else {
        let nested: unknown = parent[key];
        for (let level = 0; level < change.depth; level += 1) nested = change.inObjects ? { nested } : [nested];
        parent[key] = nested;
      }
      return root;
    }
    case 'duplicate-id': {
      const list = root[change.list];
      if (!Array.isArray(list) || list.length < 2) return root;
      const [from, to] = [list[change.from % list.length] as Json, list[change.to % list.length] as Json];
      if (from && to && typeof from === 'object' && typeof to === 'object') to.id = from.id;
      return root;
    }
    case 'prototype-key': {
      let node: unknown = root;
      for (const key of change.path) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
      // An own property named "__proto__", as JSON.parse makes one, not a change of prototype.
      if (node && typeof node === 'object') Object.defineProperty(node, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      return root;
    }
  }
}
