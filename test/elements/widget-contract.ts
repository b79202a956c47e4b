/**
 * The contract every news widget keeps (issue #4, "The contract all four share"), as one suite
 * each element's test file runs for itself: states, fallback, notices and console messages,
 * events, themes, right-to-left Arabic, refresh, and axe in every state and theme.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { WidgetErrorDetail, WidgetReadyDetail } from '../../src/base/events.js';
import { bundleFeed } from '../../src/bundle/load.js';
import {
  SEED_URL,
  baseOf,
  captureConsole,
  fixtureText,
  refreshAfter,
  requestCount,
  seedBundle,
  serveBundle,
  sleep,
  uniqueKey,
  useManualClock,
  visibleText,
  waitForState,
  type Widget,
} from '../helpers.js';

export interface WidgetContract {
  /** The tag, e.g. `actor-card`. */
  readonly tag: string;
  /** The entity attribute, e.g. `actor`. */
  readonly attribute: string;
  /** An id of the seed bundle the widget can show. */
  readonly id: string;
  /** Text the ready widget shows for `id` in English (a fact from the article). */
  readonly readyText: string;
  /** The same widget's text in Arabic (`lang="ar"`): a UI string or an Arabic name from the seed. */
  readonly arabicText: string;
  /** An id close to a real one, and the real one the console message must suggest. */
  readonly misspelt: readonly [wrong: string, suggested: string];
  /**
   * Changes the seed so that the widget for `id` must show something else, and returns the
   * text it must then show: for the refresh test.
   */
  readonly change: (bundle: Record<string, unknown>) => string;
}

/** Makes a widget from markup, appended to a fresh fixture container. */
async function make(markup: string): Promise<Widget> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  return container.firstElementChild as Widget;
}

export function describeWidgetContract(contract: WidgetContract): void {
  const { tag, attribute, id } = contract;
  const tagWith = (attributes: string, inner = '') => `<${tag} ${attributes}>${inner}</${tag}>`;

  describe(`<${tag}> widget contract`, () => {
    afterEach(() => {
      document.documentElement.removeAttribute('data-theme');
      document.documentElement.classList.remove('dark');
    });

    it('is defined by its module, as a custom element with an open shadow root', () => {
      const element = document.createElement(tag);
      expect(customElements.get(tag), 'the definition').to.be.a('function');
      expect(element).to.be.instanceOf(customElements.get(tag)!);
      // Lit attaches the shadow root when the element is first connected; open, the page sees it.
      document.body.append(element);
      expect(element.shadowRoot, 'an open shadow root').to.be.instanceOf(ShadowRoot);
      element.remove();
    });

    it('shows the fact from the seed bundle when ready, and fires nw-ready with the bundle and entity', async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const ready = oneEvent(container, 'nw-ready');
      container.innerHTML = tagWith(`src="${SEED_URL}" ${attribute}="${id}"`);
      const widget = container.firstElementChild as Widget;
      const event = (await ready) as CustomEvent<WidgetReadyDetail>;
      expect(event.detail).to.deep.include({ bundle: 'syria-iraq-border-2017', entity: id, stale: false });
      expect(event.composed && event.bubbles).to.be.true;
      await waitForState(widget, 'ready');
      expect(visibleText(widget)).to.include(contract.readyText);
      await expect(widget).to.be.accessible();
      container.remove();
    });

    it('shows the same fact from the bundle property, without a request', async () => {
      const bundle = await seedBundle();
      const widget = await make(tagWith(`${attribute}="${id}"`));
      widget.bundle = bundle;
      await waitForState(widget, 'ready');
      expect(visibleText(widget)).to.include(contract.readyText);
    });

    it('shows fallback content and reserves space while loading, then replaces it with the data', async () => {
      const key = uniqueKey(`${tag}-slow`);
      const url = await serveBundle(key, { fixture: '../../bundles/syria-iraq-border-2017.json', delayMs: 700 });
      const widget = await make(tagWith(`src="${url}" ${attribute}="${id}"`, '<p>Fallback from the editor</p>'));
      await waitForState(widget, 'loading');
      expect(visibleText(widget)).to.include('Fallback from the editor');
      expect(baseOf(widget).getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(widget).to.be.accessible();
      await waitForState(widget, 'ready');
      expect(visibleText(widget)).not.to.include('Fallback from the editor');
      expect(visibleText(widget)).to.include(contract.readyText);
    });

    it('shows a skeleton with a loading status when there is no fallback', async () => {
      const key = uniqueKey(`${tag}-slow-bare`);
      const url = await serveBundle(key, { fixture: '../../bundles/syria-iraq-border-2017.json', delayMs: 700 });
      const widget = await make(tagWith(`src="${url}" ${attribute}="${id}"`));
      await waitForState(widget, 'loading');
      const status = widget.shadowRoot!.querySelector('[role="status"]');
      expect(status?.textContent).to.equal('Loading…');
      expect(baseOf(widget).getBoundingClientRect().height).to.be.greaterThan(40);
      await waitForState(widget, 'ready');
    });

    it('shows the fallback, a readable notice and one console error naming the URL when the bundle is missing', async () => {
      const key = uniqueKey(`${tag}-404`);
      const url = await serveBundle(key, { status: 404, body: 'Not here' });
      let widget!: Widget;
      const errors = await captureConsole('error', async () => {
        const container = document.createElement('div');
        document.body.append(container);
        const failed = oneEvent(container, 'nw-error');
        container.innerHTML = tagWith(`src="${url}" ${attribute}="${id}"`, 'Editor fallback text');
        widget = container.firstElementChild as Widget;
        const event = (await failed) as CustomEvent<WidgetErrorDetail>;
        expect(event.detail.code).to.equal('bundle-http');
        await waitForState(widget, 'error');
      });
      expect(visibleText(widget)).to.include('Editor fallback text');
      expect(visibleText(widget)).to.include('This graphic could not load its data.');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(`<${tag}`).and.include(`${url}`).and.include('404');
      await expect(widget).to.be.accessible();
      widget.parentElement!.remove();
    });

    it('still shows a readable line when the bundle fails and there is no fallback', async () => {
      const key = uniqueKey(`${tag}-500`);
      const url = await serveBundle(key, { status: 500, body: 'Oops' });
      let widget!: Widget;
      await captureConsole('error', async () => {
        widget = await make(tagWith(`src="${url}" ${attribute}="${id}"`));
        await waitForState(widget, 'error');
      });
      expect(visibleText(widget)).to.include('This graphic could not load its data.');
      expect(baseOf(widget).getBoundingClientRect().height).to.be.greaterThan(20);
    });

    it('reports an invalid bundle with the validator\'s message', async () => {
      const bundle = await seedBundle();
      (bundle.meta as Record<string, unknown>).updated = 'last Friday';
      const key = uniqueKey(`${tag}-invalid`);
      const url = await serveBundle(key, { body: JSON.stringify(bundle) });
      let widget!: Widget;
      const errors = await captureConsole('error', async () => {
        widget = await make(tagWith(`src="${url}" ${attribute}="${id}"`));
        await waitForState(widget, 'error');
      });
      expect(errors.join('\n')).to.include('meta.updated: expected a date like "2017-11-03"');
      expect(visibleText(widget)).to.include('This graphic could not load its data.');
    });

    it('says which id is not in the bundle and suggests the near miss', async () => {
      const [wrong, suggested] = contract.misspelt;
      let widget!: Widget;
      const errors = await captureConsole('error', async () => {
        const container = document.createElement('div');
        document.body.append(container);
        const failed = oneEvent(container, 'nw-error');
        container.innerHTML = tagWith(`src="${SEED_URL}" ${attribute}="${wrong}"`);
        widget = container.firstElementChild as Widget;
        expect(((await failed) as CustomEvent<WidgetErrorDetail>).detail.code).to.equal('entity-not-found');
        await waitForState(widget, 'error');
      });
      expect(visibleText(widget)).to.include(`This graphic has nothing to show for “${wrong}”.`);
      // What it shows is a notice: styles that follow :state() see the same as data-state.
      expect(widget.matches(':state(error)') && !widget.matches(':state(ready)'), 'custom state').to.be.true;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(`${attribute}="${wrong}"`).and.include(`did you mean "${suggested}"`);
      await expect(widget).to.be.accessible();
      widget.parentElement!.remove();
    });

    it(`says that the ${attribute} attribute is missing`, async () => {
      let widget!: Widget;
      const errors = await captureConsole('error', async () => {
        widget = await make(tagWith(`src="${SEED_URL}"`));
        await waitForState(widget, 'error');
      });
      expect(visibleText(widget)).to.include('This graphic has not been told what to show.');
      expect(errors.join('\n')).to.include(`needs the ${attribute} attribute`);
    });

    it('says that src is missing when there is no bundle at all', async () => {
      let widget!: Widget;
      const errors = await captureConsole('error', async () => {
        widget = await make(tagWith(`${attribute}="${id}"`));
        await waitForState(widget, 'error');
      });
      expect(errors.join('\n')).to.include('set the src attribute');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`renders theme="${theme}" with readable contrast (axe)`, async () => {
        const widget = await make(tagWith(`src="${SEED_URL}" ${attribute}="${id}" theme="${theme}"`));
        await waitForState(widget, 'ready');
        expect(baseOf(widget).dataset.theme).to.equal(theme);
        await expect(widget).to.be.accessible();
      });
    }

    it('follows the host page\'s own dark signal in theme="auto", and its change back', async () => {
      document.documentElement.setAttribute('data-theme', 'dark');
      const widget = await make(tagWith(`src="${SEED_URL}" ${attribute}="${id}"`));
      await waitForState(widget, 'ready');
      expect(baseOf(widget).dataset.theme).to.equal('dark');
      await expect(widget).to.be.accessible();
      document.documentElement.setAttribute('data-theme', 'light');
      await sleep(50);
      await widget.updateComplete;
      expect(baseOf(widget).dataset.theme).to.equal('light');
    });

    it('lets an explicit theme win over the page signal', async () => {
      document.documentElement.classList.add('dark');
      const widget = await make(tagWith(`src="${SEED_URL}" ${attribute}="${id}" theme="light"`));
      await waitForState(widget, 'ready');
      expect(baseOf(widget).dataset.theme).to.equal('light');
    });

    it('speaks Arabic right to left with lang="ar"', async () => {
      const widget = await make(tagWith(`src="${SEED_URL}" ${attribute}="${id}" lang="ar"`));
      await waitForState(widget, 'ready');
      expect(baseOf(widget).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(baseOf(widget)).direction).to.equal('rtl');
      expect(visibleText(widget)).to.include(contract.arabicText);
      await expect(widget).to.be.accessible();
    });

    it('shows the Arabic notice when the bundle fails in Arabic', async () => {
      const key = uniqueKey(`${tag}-404-ar`);
      const url = await serveBundle(key, { status: 404 });
      let widget!: Widget;
      await captureConsole('error', async () => {
        widget = await make(tagWith(`src="${url}" ${attribute}="${id}" lang="ar"`));
        await waitForState(widget, 'error');
      });
      expect(visibleText(widget)).to.include('تعذّر تحميل بيانات هذا الرسم.');
    });

    describe('over time (on a clock the test moves)', () => {
      const clock = useManualClock();

      it('follows a refreshed bundle, with one request per refresh for all widgets on the URL', async () => {
        const key = uniqueKey(`${tag}-refresh`);
        const bundle = await seedBundle();
        const url = await serveBundle(key, { body: JSON.stringify(bundle) });
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = [1, 2, 3].map(() => tagWith(`src="${url}" ${attribute}="${id}" refresh="1"`)).join('');
        const widgets = [...container.children] as Widget[];
        for (const widget of widgets) await waitForState(widget, 'ready');
        expect((await requestCount(key)).requests).to.equal(1);

        const expected = contract.change(bundle);
        await serveBundle(key, { body: JSON.stringify(bundle) });
        const updated = oneEvent(widgets[0], 'nw-ready');
        await refreshAfter(clock(), bundleFeed(url), 1000);
        await updated;
        for (const widget of widgets) {
          await widget.updateComplete;
          expect(visibleText(widget)).to.include(expected);
        }
        expect((await requestCount(key)).requests).to.equal(2);
        container.remove();
      });

      it('keeps the last good data, marked stale, when a refresh fails', async () => {
        const key = uniqueKey(`${tag}-stale`);
        const url = await serveBundle(key, { body: await fixtureText('../../bundles/syria-iraq-border-2017.json') });
        const widget = await make(tagWith(`src="${url}" ${attribute}="${id}" refresh="1"`));
        await waitForState(widget, 'ready');
        await serveBundle(key, { status: 503 });
        const warnings = await captureConsole('warn', async () => {
          const failed = oneEvent(widget, 'nw-error');
          await refreshAfter(clock(), bundleFeed(url), 1000);
          const event = (await failed) as CustomEvent<WidgetErrorDetail>;
          expect(event.detail).to.deep.include({ code: 'bundle-http', stale: true });
          await widget.updateComplete;
        });
        expect(warnings.join('\n')).to.include('showing the last good data');
        expect(visibleText(widget)).to.include(contract.readyText);
        expect(visibleText(widget)).to.include('Could not refresh');
        await expect(widget).to.be.accessible();
        widget.remove();
      });
    });
  });
}
