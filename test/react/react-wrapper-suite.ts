import { expect, waitUntil } from '@open-wc/testing';
import type * as React from 'react';
import type { WidgetErrorDetail, WidgetInteractDetail, WidgetReadyDetail } from '../../src/index.js';
import type * as Wrappers from '../../src/react/index.js';
import { captureConsole, SEED_URL, seedBundle } from '../helpers.js';

/** What test/react/react-bundle.mjs exports, once bundled by the test server. */
interface ReactBundle {
  version: string;
  createElement: typeof React.createElement;
  createRoot: (container: Element) => { render(node: React.ReactNode): void; unmount(): void };
  flushSync: (run: () => void) => void;
  wrappers: typeof Wrappers;
}

interface Seed {
  meta: { id: string };
  actors: { id: string; name: { en: string } }[];
  places: { id: string; name: { en: string } }[];
}

const shadowPart = (host: Element, name: string): HTMLElement | null =>
  host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * The React wrapper tests, against the React `major` that the test server bundles at
 * `bundleUrl` (react-bundle-server.mjs): each version runs in a test file, so a page of its own.
 */
export async function describeReactWrappers(major: number, bundleUrl: string): Promise<void> {
  const { version, createElement: h, createRoot, flushSync, wrappers } = (await import(bundleUrl)) as ReactBundle;
  const { ActorCard, BorderCrossingStatus, ControlBar, QuoteBlock } = wrappers;

  let container: HTMLElement;
  let root: ReturnType<ReactBundle['createRoot']>;

  /** Renders React nodes into a fresh container, synchronously, and returns the container. */
  function render(node: React.ReactNode): HTMLElement {
    flushSync(() => root.render(node));
    return container;
  }

  describe(`React ${major} wrappers (news-widgets/react)`, () => {
    it(`runs on React ${major}`, () => {
      expect(Number(version.split('.')[0])).to.equal(major);
    });

    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
    });

    afterEach(() => {
      root.unmount();
      container.remove();
    });

    it('renders <actor-card> with props set as properties and reports nw-ready through onNwReady', async () => {
      const seed = (await seedBundle()) as unknown as Seed;
      const ready: WidgetReadyDetail[] = [];
      render(h(ActorCard, { src: SEED_URL, actor: 'sdf', theme: 'dark', headingLevel: 2, onNwReady: (event) => ready.push(event.detail) }));
      await waitUntil(() => ready.length === 1, 'nw-ready reaches onNwReady');

      const card = container.querySelector('actor-card')!;
      const name = shadowPart(card, 'name')!;
      expect(name.textContent).to.equal(seed.actors.find((actor) => actor.id === 'sdf')!.name.en);
      expect(name.getAttribute('aria-level')).to.equal('2');
      expect(shadowPart(card, 'base')!.dataset.theme).to.equal('dark');
      expect(ready[0]).to.include({ bundle: seed.meta.id, entity: 'sdf', stale: false });
    });

    it('takes a bundle object through the bundle prop, with no URL', async () => {
      const seed = (await seedBundle()) as unknown as Seed;
      const ready: string[] = [];
      render(h(ControlBar, { bundle: seed, place: 'deir-al-zour-province', onNwReady: (event) => ready.push(event.detail.entity) }));
      await waitUntil(() => ready.length === 1, 'nw-ready reaches onNwReady');

      const bar = container.querySelector('control-bar')!;
      expect(bar.hasAttribute('src')).to.equal(false);
      const place = seed.places.find((entry) => entry.id === 'deir-al-zour-province')!.name.en;
      expect(bar.shadowRoot!.textContent).to.include(place);
      expect(ready).to.deep.equal(['deir-al-zour-province']);
    });

    it('reports a quote the bundle lacks through onNwError, and shows the notice', async () => {
      const errors: WidgetErrorDetail[] = [];
      const logged = await captureConsole('error', async () => {
        render(h(QuoteBlock, { src: SEED_URL, quote: 'no-such-quote', onNwError: (event) => errors.push(event.detail) }));
        await waitUntil(() => errors.length === 1, 'nw-error reaches onNwError');
      });
      expect(logged).to.deep.equal([`news-widgets: ${errors[0].message}`]);

      expect(errors[0].code).to.equal('entity-not-found');
      expect(errors[0].message).to.include('"no-such-quote"');
      expect(shadowPart(container.querySelector('quote-block')!, 'notice')).to.exist;
    });

    it('passes a reader’s action to onNwInteract', async () => {
      const ready: string[] = [];
      const actions: WidgetInteractDetail[] = [];
      render(
        h(BorderCrossingStatus, {
          src: SEED_URL,
          crossing: 'qaim-bukamal',
          onNwReady: (event) => ready.push(event.detail.entity),
          onNwInteract: (event) => actions.push(event.detail),
        }),
      );
      await waitUntil(() => ready.length === 1, 'nw-ready reaches onNwReady');

      shadowPart(container.querySelector('border-crossing-status')!, 'history-toggle')!.click();
      expect(actions).to.deep.equal([{ action: 'toggle-history', entity: 'qaim-bukamal', value: 'open' }]);
    });

    it('follows a changed prop, and stops calling a handler that was removed', async () => {
      const seed = (await seedBundle()) as unknown as Seed;
      const ready: string[] = [];
      const onNwReady = (event: CustomEvent<WidgetReadyDetail>) => ready.push(event.detail.entity);
      render(h(ActorCard, { src: SEED_URL, actor: 'sdf', onNwReady }));
      await waitUntil(() => ready.length === 1, 'nw-ready for sdf');

      render(h(ActorCard, { src: SEED_URL, actor: 'iran', onNwReady }));
      await waitUntil(() => ready.length === 2, 'nw-ready for iran');
      const card = container.querySelector('actor-card')!;
      expect(shadowPart(card, 'name')!.textContent).to.equal(seed.actors.find((actor) => actor.id === 'iran')!.name.en);

      render(h(ActorCard, { src: SEED_URL, actor: 'sdf' }));
      await waitUntil(() => shadowPart(card, 'name')!.textContent === seed.actors.find((actor) => actor.id === 'sdf')!.name.en);
      expect(ready).to.deep.equal(['sdf', 'iran']);
    });
  });
}
