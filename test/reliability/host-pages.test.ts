/**
 * Hostile host pages: the built dist/news-widgets.js pasted into pages full of other people's
 * code (test/reliability/pages/), each loaded in an iframe — aggressive global CSS, layouts that
 * size children to their content, a strict Content-Security-Policy with Trusted Types, two
 * copies of the library, another script's element under one of our names, and widgets in the
 * page before the script arrives.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readerText, sleep } from '../helpers.js';
import {
  baseIn,
  expectNotBlank,
  expectOnlyWebLinks,
  figures,
  measurements,
  painted,
  reportFigures,
  settledState,
  type SettledState,
} from './reliability.js';

const WIDGETS = 'actor-card, control-bar, quote-block, border-crossing-status';
const TAGS = ['actor-card', 'control-bar', 'quote-block', 'border-crossing-status'];

interface PageWatch {
  readonly errors: string[];
  readonly violations: string[];
  readonly warnings: string[];
}

interface HostPage {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: Window & { __nwWatch: PageWatch };
}

const open: HostPage[] = [];

/** Loads a page of test/reliability/pages/ in an iframe and waits for its `load` event. */
async function openHostPage(name: string): Promise<HostPage> {
  figures.hostPages += 1;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 900px; border: 0';
  frame.src = `/test/reliability/pages/${name}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = { frame, doc: frame.contentDocument!, win: frame.contentWindow as HostPage['win'] };
  open.push(page);
  return page;
}

/** Waits for the page's widgets to be defined and settled; returns each widget's state. */
async function settleWidgets(page: HostPage, tags = TAGS): Promise<Map<Element, SettledState>> {
  await Promise.all(tags.map((tag) => page.win.customElements.whenDefined(tag)));
  const states = new Map<Element, SettledState>();
  for (const widget of page.doc.querySelectorAll(tags.join(', '))) states.set(widget, await settledState(widget));
  await painted(page.win);
  return states;
}

const newsWidgetsWarnings = (page: HostPage) => page.win.__nwWatch.warnings.filter((line) => line.startsWith('news-widgets:'));

/** Fails if the page had an uncaught error or a CSP violation. */
function expectCleanPage(page: HostPage): void {
  expect(page.win.__nwWatch.errors, `uncaught errors in ${page.doc.title}`).to.deep.equal([]);
  expect(page.win.__nwWatch.violations, `CSP violations in ${page.doc.title}`).to.deep.equal([]);
}

/** After each test, its pages' uncaught errors and CSP violations are counted for the figures. */
afterEach(() => {
  for (const page of open.splice(0)) {
    figures.uncaughtExceptions += page.win.__nwWatch.errors.length;
    figures.cspViolations += page.win.__nwWatch.violations.length;
    page.frame.remove();
  }
});

reportFigures('host-pages.test.ts');

describe('a host page with aggressive global CSS', () => {
  it('leaves every widget legible: its own type size, line height, colour, direction and spacing', async () => {
    const page = await openHostPage('hostile-css.html');
    const states = await settleWidgets(page);
    expect([...states.values()]).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    for (const widget of states.keys()) {
      const label = `<${widget.localName}>`;
      const base = baseIn(widget)!;
      const style = page.win.getComputedStyle(base);
      const fontSize = parseFloat(style.fontSize);
      expect(fontSize, `${label} font-size`).to.be.within(15, 24);
      expect(parseFloat(style.lineHeight) / fontSize, `${label} line-height`).to.be.closeTo(1.45, 0.02);
      expect(style.color, `${label} color`).to.equal('rgb(29, 29, 31)');
      expect(style.direction, `${label} direction`).to.equal('ltr');
      expect(style.textAlign, `${label} text-align`).to.be.oneOf(['start', 'left']);
      expect(style.letterSpacing, `${label} letter-spacing`).to.be.oneOf(['normal', '0px']);
      expect(style.wordSpacing, `${label} word-spacing`).to.be.oneOf(['normal', '0px']);
      expect(style.textTransform, `${label} text-transform`).to.equal('none');
      expect(style.textIndent, `${label} text-indent`).to.equal('0px');
      expect(style.fontStyle, `${label} font-style`).to.equal('normal');
      expect(style.visibility, `${label} visibility`).to.equal('visible');
      expect(style.whiteSpace, `${label} white-space`).to.equal('normal');

      const host = page.win.getComputedStyle(widget);
      expect(host.display, `${label} display`).to.equal('block');
      const box = widget.getBoundingClientRect();
      expect(box.width, `${label} width`).to.be.greaterThan(600);
      expect(box.height, `${label} height`).to.be.greaterThan(60);
      expect(base.scrollWidth, `${label} overflows sideways`).to.be.at.most(base.clientWidth + 1);

      for (const element of base.querySelectorAll('p, li, bdi, span, blockquote, time, button, strong')) {
        const inner = page.win.getComputedStyle(element);
        if (inner.display === 'none' || element.closest('[aria-hidden="true"], .sr-only')) continue;
        expect(inner.visibility, `${label} ${element.localName} visibility`).to.equal('visible');
        expect(inner.color, `${label} ${element.localName} color`).not.to.be.oneOf(['transparent', 'rgba(0, 0, 0, 0)']);
        expect(parseFloat(inner.fontSize), `${label} ${element.localName} font-size`).to.be.at.least(12);
      }
      expectNotBlank(widget, 'on the hostile CSS page');
      expectOnlyWebLinks(widget);
    }
    const text = (selector: string) => readerText(page.doc.querySelector(selector)!);
    expect(text('actor-card')).to.include('Syrian Democratic Forces');
    expect(text('control-bar')).to.include('about a third');
    expect(text('quote-block')).to.include('The U.S. is planning to partition Syria');
    expect(text('border-crossing-status')).to.include('Unknown');
    expectCleanPage(page);
  });
});

describe('a host page whose layouts size children to their content', () => {
  it('gives every widget a reading width in a flex row, a flex column, a grid auto column, a float, an inline-block and a table cell', async () => {
    const page = await openHostPage('host-layouts.html');
    const states = await settleWidgets(page);
    const layoutOf = (widget: Element) => widget.closest<HTMLElement>('[data-layout]')!.dataset.layout!;
    expect([...states.keys()].map(layoutOf)).to.deep.equal([
      'flex row',
      'flex column, items at the start',
      'grid, auto column',
      'float',
      'inline-block',
      'table cell',
      'narrow flex row',
    ]);
    expect([...states.values()]).to.deep.equal(Array(7).fill('ready'));
    for (const widget of states.keys()) {
      const layout = layoutOf(widget);
      const width = widget.getBoundingClientRect().width;
      if (layout === 'narrow flex row') expect(width, layout).to.be.within(200, 240);
      else expect(width, `<${widget.localName}> in a ${layout}`).to.be.at.least(300);
      const base = baseIn(widget)!;
      expect(base.scrollWidth, `${layout} overflows sideways`).to.be.at.most(base.clientWidth + 1);
      expectNotBlank(widget, `in a ${layout}`);
    }
    expectCleanPage(page);
  });
});

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every widget, its colours and bar widths included, with no violation', async () => {
    const page = await openHostPage('strict-csp.html');
    const states = await settleWidgets(page);
    expect([...states.values()]).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready', 'error']);
    for (const widget of states.keys()) {
      expectNotBlank(widget, 'under a strict CSP');
      expectOnlyWebLinks(widget);
    }
    expect(readerText(page.doc.querySelector('quote-block[src*="no-such"]')!)).to.include('Fallback of a widget whose bundle is missing.');

    // Colours and widths are set as style properties (CSSOM), which a CSP allows; a style
    // attribute would be refused and the bar would lose its proportions.
    const bar = page.doc.querySelector('control-bar')!.shadowRoot!.querySelector('[part~="bar"]')!;
    const segment = bar.querySelector<HTMLElement>('[part~="segment"]:not([part~="remainder"])')!;
    expect(segment.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(0.333, 0.03);
    expect(page.win.getComputedStyle(segment).getPropertyValue('--_c').trim()).to.match(/^#[0-9a-f]{6}$/i);

    await sleep(100);
    expect(page.win.__nwWatch.violations).to.deep.equal([]);
  });

  it('is really under that policy: eval and, where the engine has Trusted Types, a string into innerHTML are refused', async () => {
    const page = await openHostPage('strict-csp.html');
    await settleWidgets(page);
    const before = page.win.__nwWatch.violations.length;
    expect(() => (page.win as unknown as { eval: (code: string) => unknown }).eval('1 + 1')).to.throw();
    measurements['Trusted Types'] = 'trustedTypes' in page.win ? 'enforced' : 'not in this engine (the CSP without it still holds)';
    if ('trustedTypes' in page.win) {
      let refused: unknown;
      try {
        page.doc.createElement('div').innerHTML = '<b>not trusted</b>';
      } catch (error) {
        refused = error;
      }
      // The error comes from the frame's realm: its TypeError is not this page's.
      expect((refused as Error | undefined)?.name).to.equal('TypeError');
    }
    await waitUntil(() => page.win.__nwWatch.violations.length > before, 'the probes were reported as violations');
    // These violations were caused on purpose by the probes: they are not counted.
    page.win.__nwWatch.violations.splice(before);
    expectCleanPage(page);
  });
});

describe('a host page that loads two versions of news-widgets', () => {
  it('keeps the first definitions, renders every widget, and warns once', async () => {
    const page = await openHostPage('two-versions.html');
    await waitUntil(() => newsWidgetsWarnings(page).length > 0, 'the second copy warns', { timeout: 8000 });
    const states = await settleWidgets(page);
    expect([...states.values()]).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    for (const widget of states.keys()) expectNotBlank(widget, 'with two copies of the library');
    await sleep(100);
    expect(newsWidgetsWarnings(page)).to.deep.equal([
      'news-widgets: <actor-card>, <control-bar>, <quote-block> and <border-crossing-status> are already defined on this page by another script (perhaps a second copy of news-widgets); those definitions are kept and these skipped. Load news-widgets once.',
    ]);
    expectCleanPage(page);
  });
});

describe('a host page where another script defined <quote-block> first', () => {
  it('leaves that element alone, renders the others, and warns once', async () => {
    const page = await openHostPage('conflicting-element.html');
    const states = await settleWidgets(page, ['actor-card', 'border-crossing-status']);
    expect([...states.values()]).to.deep.equal(['ready', 'ready']);
    for (const widget of states.keys()) expectNotBlank(widget, 'beside a conflicting element');
    const theirs = page.doc.querySelector<HTMLElement>('quote-block')!;
    expect(theirs.dataset.owner).to.equal('someone else');
    expect(theirs.shadowRoot).to.be.null;
    expect(theirs.textContent).to.include("Someone else's quote element.");
    expect(newsWidgetsWarnings(page)).to.deep.equal([
      'news-widgets: <quote-block> is already defined on this page by another script (perhaps a second copy of news-widgets); that definition is kept and this one skipped. Load news-widgets once.',
    ]);
    expectCleanPage(page);
  });
});

describe('widgets in a page before the library\'s script, and after it', () => {
  it('shows the fallback until the script comes, then upgrades them; widgets added later render too', async () => {
    const page = await openHostPage('late-script.html');
    const early = [...page.doc.querySelectorAll(WIDGETS)];
    expect(early.map((widget) => widget.matches(':defined'))).to.deep.equal([false, false]);
    expect(page.doc.querySelector('actor-card')!.textContent).to.include('before the script');

    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/news-widgets.js';
    page.doc.head.append(script);
    const states = await settleWidgets(page, ['actor-card', 'control-bar']);
    expect([...states.values()]).to.deep.equal(['ready', 'ready']);

    const created = page.doc.createElement('quote-block');
    created.setAttribute('src', '/bundles/syria-iraq-border-2017.json');
    created.setAttribute('quote', 'velayati-partition');
    page.doc.body.append(created);
    const parsed = page.doc.createElement('div');
    page.doc.body.append(parsed);
    parsed.innerHTML = '<border-crossing-status src="/bundles/syria-iraq-border-2017.json" crossing="qaim-bukamal"></border-crossing-status>';
    for (const widget of [...early, created, parsed.firstElementChild!]) {
      expect(await settledState(widget)).to.equal('ready');
      expectNotBlank(widget, 'inserted before or after the script');
    }
    expect(readerText(created)).to.include('The U.S. is planning to partition Syria');
    expectCleanPage(page);
  });
});
