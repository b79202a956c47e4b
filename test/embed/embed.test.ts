/**
 * dist/embed.html (npm test builds it first) inside a page that sizes it with the real pym.js:
 * `new pym.Parent(containerId, url)`, as a newsroom's CMS page does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SEED_URL, seedBundle, serveBundle, uniqueKey } from '../helpers.js';

interface PymParent {
  iframe: HTMLIFrameElement;
  remove(): void;
}
type PymLibrary = { Parent: new (id: string, url: string, config?: object) => PymParent };
const pymOf = () => (window as Window & { pym?: PymLibrary }).pym;

/** The seed bundle, as a path relative to dist/embed.html: relative src must resolve there. */
const SEED_FROM_EMBED = '../bundles/syria-iraq-border-2017.json';

interface Embed {
  readonly container: HTMLDivElement;
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly parent: PymParent;
}

const embeds: Embed[] = [];

async function loadPym(): Promise<void> {
  if (pymOf()) return;
  const script = document.createElement('script');
  script.src = '/node_modules/pym.js/dist/pym.v1.js';
  document.head.append(script);
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
}

/** A container of the given width, and pym.Parent pointing it at embed.html with `query`. */
async function embed(query: string, width = 600): Promise<Embed> {
  await loadPym();
  const container = document.createElement('div');
  container.id = uniqueKey('embed');
  container.style.inlineSize = `${width}px`;
  document.body.append(container);
  const parent = new (pymOf()!).Parent(container.id, `/dist/embed.html?${query}`, { title: 'Embedded graphic' });
  const frame = parent.iframe;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const result = { container, frame, doc: frame.contentDocument!, parent };
  embeds.push(result);
  return result;
}

const widgetIn = ({ doc }: Embed) => doc.querySelector('main')!.firstElementChild as HTMLElement;
const stateOf = (embedded: Embed) => widgetIn(embedded).shadowRoot?.querySelector('[part~="base"]')?.getAttribute('data-state');
const textIn = (embedded: Embed) => (widgetIn(embedded).shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const frameHeight = ({ frame }: Embed) => Number.parseInt(frame.getAttribute('height') ?? '0', 10);
const contentHeight = ({ doc }: Embed) => doc.body.offsetHeight;

async function waitForReady(embedded: Embed): Promise<void> {
  await waitUntil(() => stateOf(embedded) === 'ready', 'the embedded widget shows its data (is dist/ built?)', { timeout: 10_000 });
}

/** Waits until pym.js has given the iframe the height of the embed page's content. */
async function waitForFit(embedded: Embed, message: string): Promise<number> {
  await waitUntil(() => frameHeight(embedded) === contentHeight(embedded), message, { timeout: 10_000 });
  return frameHeight(embedded);
}

async function axeViolations(doc: Document): Promise<string[]> {
  const win = doc.defaultView as Window & { axe?: { run(context: Node, options: object): Promise<{ violations: Array<{ id: string }> }> } };
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  // A frame inside an article must not add an <h1> to the article's outline (screen readers
  // list the headings of iframes with the page's); the frame's title names it instead.
  const results = await win.axe!.run(doc, { rules: { 'page-has-heading-one': { enabled: false } } });
  return results.violations.map((violation) => violation.id);
}

afterEach(() => {
  for (const { parent, container } of embeds.splice(0)) {
    parent.remove();
    container.remove();
  }
});

describe('dist/embed.html in a pym.js parent page', () => {
  it('renders the widget its query names, from a src relative to the embed page, and fits the iframe to it', async () => {
    const embedded = await embed(`widget=border-crossing-status&crossing=qaim-bukamal&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    await waitForReady(embedded);
    expect(widgetIn(embedded).localName).to.equal('border-crossing-status');
    expect(textIn(embedded)).to.include('Border crossing near Qaim and Bukamal');
    const height = await waitForFit(embedded, 'the iframe takes the height of the widget');
    expect(height).to.be.greaterThan(150);
    expect(embedded.doc.documentElement.scrollHeight, 'nothing is cut off').to.be.at.most(height);
    expect(embedded.frame.getAttribute('title')).to.equal('Embedded graphic');
  });

  it('grows the iframe when a reader opens the crossing\'s history, and shrinks it when they close it', async () => {
    const embedded = await embed(`widget=border-crossing-status&crossing=qaim-bukamal&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    await waitForReady(embedded);
    const closed = await waitForFit(embedded, 'fits with the history closed');
    const toggle = widgetIn(embedded).shadowRoot!.querySelector<HTMLButtonElement>('[part~="history-toggle"]')!;
    toggle.click();
    await waitUntil(() => frameHeight(embedded) > closed && frameHeight(embedded) === contentHeight(embedded), 'the iframe grows to show the history', { timeout: 10_000 });
    expect(textIn(embedded)).to.include('seized control of the crossing after taking most of the town');
    toggle.click();
    await waitUntil(() => frameHeight(embedded) === closed, 'the iframe shrinks back', { timeout: 10_000 });
  });

  it('grows the iframe when new data makes the widget taller', async () => {
    const key = uniqueKey('embed-refresh');
    const bundle = await seedBundle();
    const url = await serveBundle(key, { body: JSON.stringify(bundle) });
    const embedded = await embed(`widget=actor-card&actor=sdf&refresh=1&src=${encodeURIComponent(url)}`);
    await waitForReady(embedded);
    const before = await waitForFit(embedded, 'fits the first data');
    const sdf = (bundle.actors as Array<Record<string, unknown>>).find((actor) => actor.id === 'sdf')!;
    const added = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].map((nth) => `A ${nth} goal added by the newsroom.`);
    sdf.goals = [...(sdf.goals as string[]), ...added];
    await serveBundle(key, { body: JSON.stringify(bundle) });
    await waitUntil(() => textIn(embedded).includes('A sixth goal added by the newsroom.'), 'the refreshed data is shown', { timeout: 10_000 });
    await waitUntil(() => frameHeight(embedded) > before && frameHeight(embedded) === contentHeight(embedded), 'the iframe grows with the content', { timeout: 10_000 });
  });

  it('grows the iframe when its column narrows and the widget wraps', async () => {
    const embedded = await embed(`widget=actor-card&actor=sdf&src=${encodeURIComponent(SEED_FROM_EMBED)}`, 720);
    await waitForReady(embedded);
    const wide = await waitForFit(embedded, 'fits at 720 px');
    embedded.container.style.inlineSize = '280px';
    await waitUntil(() => frameHeight(embedded) > wide && frameHeight(embedded) === contentHeight(embedded), 'the iframe grows at 280 px', { timeout: 10_000 });
    expect(embedded.frame.getBoundingClientRect().width).to.equal(280);
  });

  it('applies each element\'s own attributes from the query: control-bar\'s place and date', async () => {
    const embedded = await embed(`widget=control-bar&place=deir-al-zour-province&date=2017-11-03&theme=dark&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    await waitForReady(embedded);
    const widget = widgetIn(embedded);
    expect(widget.getAttribute('place')).to.equal('deir-al-zour-province');
    expect(widget.getAttribute('date')).to.equal('2017-11-03');
    expect(widget.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('data-theme')).to.equal('dark');
    expect(textIn(embedded)).to.include('about a third');
  });

  it('reads compact=true as the flag on and compact=false as off', async () => {
    const on = await embed(`widget=actor-card&actor=sdf&compact=true&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    const off = await embed(`widget=actor-card&actor=sdf&compact=false&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    await waitForReady(on);
    await waitForReady(off);
    expect(widgetIn(on).hasAttribute('compact')).to.be.true;
    expect(widgetIn(on).shadowRoot!.querySelector('[part~="chip"]')).to.exist;
    expect(widgetIn(off).hasAttribute('compact')).to.be.false;
    expect(widgetIn(off).shadowRoot!.querySelector('[part~="chip"]')).to.be.null;
  });

  it('speaks the language the query names, and otherwise the bundle\'s, on the whole page', async () => {
    const arabic = await embed(`widget=actor-card&actor=sdf&lang=ar&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    const plain = await embed(`widget=actor-card&actor=sdf&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    await waitForReady(arabic);
    await waitForReady(plain);
    expect(arabic.doc.documentElement.lang).to.equal('ar');
    expect(widgetIn(arabic).shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(textIn(arabic)).to.include('قوات سوريا الديمقراطية');
    await waitUntil(() => plain.doc.documentElement.lang === 'en', 'the page takes the bundle\'s language');
  });

  it('sets only the attributes the widget documents, as text: nothing else from the query reaches the page', async () => {
    const hostile = '"><img src=x id=injected onerror="document.title=1">';
    const embedded = await embed(
      `widget=actor-card&actor=sdf&src=${encodeURIComponent(SEED_FROM_EMBED)}&onclick=alert(1)&style=display:none&class=x&bundle=%7B%7D&heading-level=${encodeURIComponent(hostile)}`,
    );
    await waitForReady(embedded);
    const widget = widgetIn(embedded);
    expect([...widget.attributes].map((attribute) => attribute.name).sort()).to.deep.equal(['actor', 'heading-level', 'src']);
    expect(widget.getAttribute('heading-level')).to.equal(hostile);
    expect(embedded.doc.getElementById('injected')).to.be.null;
    expect(embedded.doc.querySelectorAll('img')).to.have.length(0);
    expect(embedded.doc.querySelector('main')!.children).to.have.length(1);
  });

  it('says in the page when the query names no widget it knows, with the name it probably meant', async () => {
    const embedded = await embed(`widget=actor-crd&actor=sdf&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    const notice = embedded.doc.querySelector<HTMLElement>('[role="alert"]');
    expect(notice?.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'This graphic cannot be shown. The address asks for a widget “actor-crd”, and there is none by that name (did you mean “actor-card”?). Use one of “actor-card”, “control-bar”, “quote-block”, “border-crossing-status”.',
    );
    expect(embedded.doc.querySelector('actor-card, actor-crd')).to.be.null;
    expect(embedded.doc.documentElement.lang).to.equal('en');
    await waitForFit(embedded, 'the notice is sized like a widget');
  });

  it('has no accessibility violations, with a widget or with a notice', async () => {
    const widget = await embed(`widget=control-bar&place=qaim&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    await waitForReady(widget);
    expect(await axeViolations(widget.doc)).to.deep.equal([]);
    const notice = await embed('widget=actor-card');
    expect(await axeViolations(notice.doc)).to.deep.equal([]);
  });

  it('says in the page when the query names no widget at all', async () => {
    const embedded = await embed(`actor=sdf&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    expect(embedded.doc.querySelector('[role="alert"]')?.textContent).to.include(
      'The address does not say which widget to show. Add widget=… to it: one of “actor-card”, “control-bar”, “quote-block”, “border-crossing-status”.',
    );
  });

  it('says in the page when the widget\'s entity attribute is missing', async () => {
    const embedded = await embed(`widget=quote-block&src=${encodeURIComponent(SEED_FROM_EMBED)}`);
    expect(embedded.doc.querySelector('[role="alert"]')?.textContent).to.include(
      'The quote-block widget needs quote=… in the address: the id of the quote to show, from the bundle.',
    );
    expect(embedded.doc.querySelector('quote-block')).to.be.null;
  });

  it('says in the page when the bundle is not named', async () => {
    const embedded = await embed('widget=actor-card&actor=sdf');
    expect(embedded.doc.querySelector('[role="alert"]')?.textContent).to.include(
      'The address does not say where the bundle is. Add src=… to it',
    );
  });

  it('lets the widget say when its entity is not in the bundle', async () => {
    const embedded = await embed(`widget=actor-card&actor=sfd&src=${encodeURIComponent(SEED_URL)}`);
    await waitUntil(() => stateOf(embedded) === 'error', 'the widget shows a notice', { timeout: 10_000 });
    expect(textIn(embedded)).to.include('This graphic has nothing to show for “sfd”.');
  });
});
