/**
 * The bundles the stories show. The real topic is the seed bundle, read by URL as a page would
 * (Storybook serves bundles/ at /topics/). States the seed cannot show — several dated
 * snapshots, quotes with an original, every crossing status, very long text — use small
 * bundles under stories/bundles/ (served at /story-bundles/) whose every name says
 * "Testland" and "fictional": they carry no facts about the world.
 */
import seed from '../../bundles/syria-iraq-border-2017.json';
import minimal from '../bundles/minimal.json';

export { seed, minimal };

/** The seed bundle's URL, relative to the story's page (as an editor would write it). */
export const SEED_URL = 'topics/syria-iraq-border-2017.json';

/** Fictional bundles for the states the seed does not have. */
export const STORY_BUNDLES = {
  snapshots: 'story-bundles/testland-snapshots.json',
  quotes: 'story-bundles/testland-quotes.json',
  crossings: 'story-bundles/testland-crossings.json',
  longText: 'story-bundles/testland-long-text.json',
  /** Attributed facts and competing claims of control: who says so. */
  claims: 'story-bundles/testland-claims.json',
  /** Every construct of the format at least once: bounds, words, counts, partial dates, restricted crossings, events. */
  testland: 'story-bundles/testland.json',
  invalid: 'story-bundles/invalid-colour-and-reference.json',
  /** No such file: the server answers 404. */
  missing: 'story-bundles/no-such-topic.json',
  /** A request that never gets an answer (see holdRequestsForever). */
  held: 'story-bundles/held-forever.json',
} as const;

/** Ids for a select control: every actor, quote and crossing of the seed. */
export const seedIds = {
  actors: seed.actors.map((actor) => actor.id),
  /** Only places with control data: a control bar for any other place has nothing to show. */
  placesWithControl: [...new Set(seed.control.map((snapshot) => snapshot.place))],
  quotes: seed.quotes.map((quote) => quote.id),
  crossings: seed.crossings.map((crossing) => crossing.id),
};

let holding = false;

/**
 * Makes every request for STORY_BUNDLES.held wait forever, so that a widget stays in its
 * loading state for as long as anyone looks at it. The real loader gives up after ten seconds
 * with a timeout notice; holding the request open (and ignoring that abort) is what makes the
 * loading stories deterministic. Other requests go through untouched.
 */
export function holdRequestsForever(): void {
  if (holding) return;
  holding = true;
  const heldPath = new URL(STORY_BUNDLES.held, document.baseURI).pathname;
  const passThrough = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    return url.pathname === heldPath ? new Promise<Response>(() => undefined) : passThrough(input, init);
  };
}
