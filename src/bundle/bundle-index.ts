import { compareDates, compareMoments, endOf, momentKey, timeOf } from '../helpers/dates.js';
import type {
  Actor,
  Attribution,
  Bundle,
  ControlShare,
  ControlSnapshot,
  Crossing,
  DateValue,
  Excerpt,
  Place,
  Quote,
  RelationType,
  Source,
  Statement,
  TopicEvent,
} from './schema.js';

/** A relation seen from one actor, whichever side of it the bundle wrote it on. */
export interface ActorRelation {
  readonly type: RelationType;
  readonly actor: Actor;
  readonly note?: Statement;
  readonly since?: DateValue;
  readonly until?: DateValue;
  readonly attribution?: Attribution;
  /** The words of its sources that support it, as the declaring actor's relation gives them. */
  readonly excerpts?: readonly Excerpt[];
  /** The relation's own sources; for one written without them, those of the actor declaring it. */
  readonly sources: readonly Source[];
}

/** A place an actor holds some of, according to the latest snapshot of that place. */
export interface ControlledPlace {
  readonly place: Place;
  readonly snapshot: ControlSnapshot;
  readonly share: ControlShare;
}

export type EntityList = 'actors' | 'places' | 'quotes' | 'crossings' | 'sources' | 'events';

/** What an event can name: the lists of `events[].places`, `.actors` and `.crossings`. */
export type EventSubject = 'places' | 'actors' | 'crossings';

/** Each relation type seen from the other actor: "backs" is "backed-by" there. */
export const INVERSE_RELATION: Readonly<Record<RelationType, RelationType>> = {
  backs: 'backed-by',
  'backed-by': 'backs',
  'allied-with': 'allied-with',
  fights: 'fights',
  rivals: 'rivals',
  'led-by': 'leads',
  leads: 'led-by',
  'part-of': 'includes',
  includes: 'part-of',
};

const byId = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> =>
  new Map(list.map((entity) => [entity.id, entity]));

/**
 * Lookups over one validated bundle, built once and shared by every widget that reads it, so a
 * widget's cost does not grow with the size of the bundle.
 */
export class BundleIndex {
  readonly bundle: Bundle;
  /**
   * What relative links in the bundle are relative to: the bundle's own URL. Undefined when the
   * bundle has no address (a bundle object rendered on a server): links then stay as written.
   */
  readonly baseUrl: string | undefined;
  readonly #lists: { readonly [K in EntityList]: ReadonlyMap<string, NonNullable<Bundle[K]>[number]> };
  readonly #snapshotsByPlace = new Map<string, ControlSnapshot[]>();
  #relations?: Map<string, ActorRelation[]>;
  #events?: Map<string, TopicEvent[]>;
  #controlledPlaces?: Map<string, ControlledPlace[]>;

  constructor(bundle: Bundle, baseUrl?: string) {
    this.bundle = bundle;
    this.baseUrl = baseUrl;
    this.#lists = {
      actors: byId(bundle.actors),
      places: byId(bundle.places),
      quotes: byId(bundle.quotes),
      crossings: byId(bundle.crossings),
      sources: byId(bundle.sources),
      events: byId(bundle.events ?? []),
    };
    for (const snapshot of bundle.control) {
      const list = this.#snapshotsByPlace.get(snapshot.place) ?? [];
      list.push(snapshot);
      this.#snapshotsByPlace.set(snapshot.place, list);
    }
    for (const list of this.#snapshotsByPlace.values()) list.sort((a, b) => compareMoments(a.asOf, b.asOf));
  }

  actor(id: string): Actor | undefined {
    return this.#lists.actors.get(id);
  }

  place(id: string): Place | undefined {
    return this.#lists.places.get(id);
  }

  quote(id: string): Quote | undefined {
    return this.#lists.quotes.get(id);
  }

  crossing(id: string): Crossing | undefined {
    return this.#lists.crossings.get(id);
  }

  source(id: string): Source | undefined {
    return this.#lists.sources.get(id);
  }

  event(id: string): TopicEvent | undefined {
    return this.#lists.events.get(id);
  }

  /**
   * The events that name a place, an actor or a crossing (`events[].places` and so on), oldest
   * first: a crossing's closures and reopenings beside its status changes.
   */
  eventsOf(subject: EventSubject, id: string): readonly TopicEvent[] {
    this.#events ??= this.#buildEvents();
    return this.#events.get(`${subject}\n${id}`) ?? [];
  }

  /** Every id in one list, in bundle order: for pickers and "did you mean" messages. */
  ids(list: EntityList): string[] {
    return [...this.#lists[list].keys()];
  }

  /** The sources with these ids, skipping none: the validator has checked that they exist. */
  sources(ids: readonly string[] | undefined): Source[] {
    return (ids ?? []).flatMap((id) => this.source(id) ?? []);
  }

  /**
   * The date the facts of these sources are as of: the newest among each source's `published`
   * date, or, for a source that gives none, the period it `covers` ("Friday", "June 2016 –
   * November 2017"); undefined when no source is dated at all. `covered: false` for words a
   * source reports without dating them (a quote): the period it covers does not date them.
   */
  newestSourceDate(ids: readonly string[] | undefined, { covered = true } = {}): DateValue | undefined {
    let newest: DateValue | undefined;
    for (const { published, covers } of this.sources(ids)) {
      const date = published ?? (covered ? covers : undefined);
      if (date !== undefined && (newest === undefined || compareDates(date, newest) > 0)) newest = date;
    }
    return newest;
  }

  /** A source's link made absolute against the bundle's URL, or undefined if it has none. */
  linkOf(source: Source): string | undefined {
    if (source.url === undefined) return undefined;
    return this.baseUrl === undefined ? source.url : new URL(source.url, this.baseUrl).href;
  }

  /** The control snapshots of a place, oldest first. */
  snapshotsOf(placeId: string): readonly ControlSnapshot[] {
    return this.#snapshotsByPlace.get(placeId) ?? [];
  }

  /**
   * The snapshot in force at a date (the latest one dated on or before it); the latest of all
   * when no date is given. Undefined when the place has none that early.
   */
  controlSnapshotAt(placeId: string, date?: DateValue): ControlSnapshot | undefined {
    const snapshots = this.snapshotsOf(placeId);
    if (date === undefined) return snapshots[snapshots.length - 1];
    const until = endOf(date);
    let found: ControlSnapshot | undefined;
    for (const snapshot of snapshots) if (timeOf(snapshot.asOf) <= until) found = snapshot;
    return found;
  }

  /**
   * Every snapshot of the moment in force at a date (the latest moment on or before it; the
   * latest of all when no date is given): one, or several competing claims from different
   * claimants, in the bundle's order. Empty when the place has none that early.
   */
  controlSnapshotsAt(placeId: string, date?: DateValue): readonly ControlSnapshot[] {
    const latest = this.controlSnapshotAt(placeId, date);
    if (!latest) return [];
    const moment = momentKey(latest.asOf);
    return this.snapshotsOf(placeId).filter((snapshot) => momentKey(snapshot.asOf) === moment);
  }

  /** An actor's relations, including those other actors state towards it, each once. */
  relationsOf(actorId: string): readonly ActorRelation[] {
    this.#relations ??= this.#buildRelations();
    return this.#relations.get(actorId) ?? [];
  }

  /**
   * The places where the latest snapshot gives this actor a share: one entry per snapshot of
   * that moment, so each competing claim that gives it one is listed with its claimant.
   */
  placesControlledBy(actorId: string): readonly ControlledPlace[] {
    this.#controlledPlaces ??= this.#buildControlledPlaces();
    return this.#controlledPlaces.get(actorId) ?? [];
  }

  #buildRelations(): Map<string, ActorRelation[]> {
    const relations = new Map<string, ActorRelation[]>();
    const seen = new Set<string>();
    const add = (from: Actor, relation: Omit<ActorRelation, 'actor'>, to: Actor) => {
      const key = `${from.id}\n${relation.type}\n${to.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      const list = relations.get(from.id) ?? [];
      list.push({ ...relation, actor: to });
      relations.set(from.id, list);
    };
    for (const actor of this.bundle.actors) {
      for (const relation of actor.relations ?? []) {
        const other = this.actor(relation.actor);
        if (!other) continue;
        const { type, note, since, until, attribution, excerpts } = relation;
        const stated = { note, since, until, attribution, excerpts, sources: this.sources(relation.sources ?? actor.sources) };
        add(actor, { type, ...stated }, other);
        add(other, { type: INVERSE_RELATION[type], ...stated }, actor);
      }
    }
    return relations;
  }

  #buildEvents(): Map<string, TopicEvent[]> {
    const events = new Map<string, TopicEvent[]>();
    const sorted = [...(this.bundle.events ?? [])].sort((a, b) => compareDates(a.date, b.date));
    for (const event of sorted) {
      for (const subject of ['places', 'actors', 'crossings'] as const) {
        for (const id of event[subject] ?? []) {
          const key = `${subject}\n${id}`;
          const list = events.get(key) ?? [];
          list.push(event);
          events.set(key, list);
        }
      }
    }
    return events;
  }

  #buildControlledPlaces(): Map<string, ControlledPlace[]> {
    const controlled = new Map<string, ControlledPlace[]>();
    for (const placeId of this.#snapshotsByPlace.keys()) {
      const place = this.place(placeId);
      if (!place) continue;
      for (const snapshot of this.controlSnapshotsAt(placeId)) {
        for (const share of snapshot.shares) {
          if (share.share === 0) continue;
          const list = controlled.get(share.actor) ?? [];
          list.push({ place, snapshot, share });
          controlled.set(share.actor, list);
        }
      }
    }
    return controlled;
  }
}
