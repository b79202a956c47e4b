import '../../src/elements/border-crossing-status/border-crossing-status.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { localeFor } from '../../src/controllers/locale.js';
import { borderCrossingStatusFallbackLine } from '../../src/elements/border-crossing-status/border-crossing-status.fallback.js';
import { contrastRatio } from '../../src/helpers/contrast.js';
import { SEED_URL, baseOf, factText, hexOf, longDate, parts, seedBundle, serveBundle, textOf, uniqueKey, visibleText, waitForState, type Widget as WidgetElement } from '../helpers.js';
import { describeWidgetContract } from './widget-contract.js';

describeWidgetContract({
  tag: 'border-crossing-status',
  attribute: 'crossing',
  id: 'qaim-bukamal',
  readyText: 'Border crossing near Qaim and Bukamal',
  arabicText: 'المعبر الحدودي قرب القائم والبوكمال',
  misspelt: ['qaim-bukamel', 'qaim-bukamal'],
  change: (bundle) => {
    const [crossing] = bundle.crossings as Array<Record<string, unknown>>;
    crossing.status = 'closed';
    return 'Closed';
  },
});

type Widget = WidgetElement & { crossing: string };

const EVERY_STATUS = '/test/fixtures/elements/border-crossing-status-every-status.json';
const TESTLAND = '/stories/bundles/testland.json';
const DAY_MS = 86_400_000;
/** The seed's "Friday", as its data writes it: the article gives no calendar date. */
const FRIDAY = 'Friday [3 November 2017, as the editors read it]';
const FRIDAY_AR = 'الجمعة [3 تشرين الثاني/نوفمبر 2017 بحسب قراءة المحررين]';

let testlandCache: Promise<Record<string, unknown>> | undefined;
/** A fresh deep copy of the fictional Testland bundle, which has every construct of the format. */
async function testland(): Promise<Record<string, unknown>> {
  testlandCache ??= fetch(TESTLAND).then((response) => response.json() as Promise<Record<string, unknown>>);
  return structuredClone(await testlandCache);
}
type CrossingJson = { id: string; asOf: unknown; attribution?: { group: Record<string, string> } };
const crossingIn = (bundle: Record<string, unknown>, id: string) => (bundle.crossings as CrossingJson[]).find((each) => each.id === id)!;

/** Testland with the Northtown–Southtown crossing reported `ago` milliseconds before now. */
async function recentTestland(ago: number): Promise<Record<string, unknown>> {
  const bundle = await testland();
  crossingIn(bundle, 'northtown-southtown').asOf = new Date(Date.now() - ago).toISOString();
  return bundle;
}

async function show(attributes: string): Promise<Widget> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<border-crossing-status ${attributes}></border-crossing-status>`;
  const widget = container.firstElementChild as Widget;
  await waitForState(widget, 'ready');
  return widget;
}

const part = <T extends Element = HTMLElement>(widget: Widget, name: string): T => {
  const found = widget.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
};
/** An icon's drawing, without Lit's marker comments. */
const drawingOf = (badge: Element) => badge.querySelector('svg')!.innerHTML.replace(/<!--[^>]*-->/g, '');
const toggleOf = (widget: Widget) => part<HTMLButtonElement>(widget, 'history-toggle');
/** A computed colour as hex: "rgb(…)", or "color(srgb …)" as a `color-mix()` computes. */
const cssHex = (color: string): string => {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(color);
  return srgb ? hexOf(`rgb(${srgb.slice(1).map((channel) => Math.round(Number(channel) * 255)).join(', ')})`) : hexOf(color);
};
/** "2 days ago", by the same Intl call the widget makes. */
const daysAgo = (days: number, lang: string) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-days, 'day');
/** "2017" or "٢٠١٧", as the widget writes a year in this language. */
const yearIn = (year: number, lang: string) => new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 0, 1));
/** "August 2017", as the widget writes a month. */
const monthIn = (year: number, month: number, lang: string) =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));

describe('<border-crossing-status>', () => {
  it('names the crossing as a heading at level 3, or at heading-level', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const name = part(widget, 'name');
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('3');
    // The article does not name the crossing: the seed describes it.
    expect(textOf(name)).to.equal('Border crossing near Qaim and Bukamal');
    widget.setAttribute('heading-level', '2');
    await widget.updateComplete;
    expect(part(widget, 'name').getAttribute('aria-level')).to.equal('2');
  });

  it('shows both sides of the crossing by Qaim and Bukamal: country, town and who controls each, the Iraqi side as the chief of staff says', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const sides = parts(widget, 'side');
    expect(part(widget, 'sides').localName).to.equal('ul');
    expect(sides).to.have.length(2);
    // Screen readers hear the parts separated, as the layout shows them on lines of their own.
    const source = 'Source: ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing';
    expect(factText(sides[0])).to.equal(
      `Iraq, Qaim, Controlled by Iraqi forces, According to the Iraqi military chief of staff In its own words the article says Iraqi forces “claimed” the other side of the border on Friday. ${source}`,
    );
    expect(textOf(sides[0].querySelector('[part~="side-claimant"]'))).to.equal('According to the Iraqi military chief of staff');
    expect(factText(sides[1])).to.equal(`Syria, Bukamal, Controlled by Islamic State ${source}`);
    expect(sides[1].querySelector('[part~="side-claimant"]')).to.be.null;
    expect(sides[1].querySelector('bdi[lang="en"]')?.textContent).to.equal('Bukamal');
  });

  it('marks each controlling actor in its colour, kept visible on the dark surface', async () => {
    const light = await show(`src="${SEED_URL}" crossing="qaim-bukamal" theme="light"`);
    const dark = await show(`src="${SEED_URL}" crossing="qaim-bukamal" theme="dark"`);
    const markOf = (widget: Widget, side: number) =>
      hexOf(getComputedStyle(parts(widget, 'side')[side].querySelector('[part~="swatch"]')!).backgroundColor);
    expect(markOf(light, 0)).to.equal('#0f6e8c');
    expect(markOf(light, 1)).to.equal('#1f1f1f');
    expect(contrastRatio(markOf(dark, 1), '#1c1c1e')).to.be.at.least(3);
  });

  it('shows the status "Unknown" as a badge with text and an icon hidden from screen readers: split control, and no word on whether it is open', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const badge = part(widget, 'status');
    expect(textOf(badge)).to.equal('Unknown');
    expect(badge.dataset.status).to.equal('unknown');
    const icon = badge.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(8);
  });

  it('gives the date of an old status alone, as the data writes it ("Friday", the editors\' reading) in <time>, with no relative time', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const asOf = part(widget, 'as-of');
    const time = asOf.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2017-11-03');
    expect(textOf(time)).to.equal(FRIDAY);
    // "Last reported 8 years ago" said nothing had happened since; the date is when the status was so.
    expect(textOf(asOf)).to.equal(`Status as of ${FRIDAY}`);
    expect(visibleText(widget)).not.to.include('ago').and.not.to.include('Last reported');
    // The day alone, never written as a bare date the article does not give.
    expect(visibleText(widget)).not.to.include(longDate('2017-11-03', 'en'));

    // A date without the editors' words is written in the reader's locale.
    const bundle = await seedBundle();
    (bundle.crossings as CrossingJson[])[0].asOf = '2017-11-03';
    const british = document.createElement('border-crossing-status') as Widget;
    british.crossing = 'qaim-bukamal';
    british.lang = 'en-GB';
    british.bundle = bundle;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(british);
    await waitForState(british, 'ready');
    expect(textOf(part(british, 'as-of'))).to.equal('Status as of 3 November 2017');
  });

  it('shows the crossing\'s note and its source line with the as-of date', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    expect(factText(part(widget, 'note'))).to.equal(
      `The article does not name the crossing. It reports its two sides held by different forces, Iraqi forces on the Iraqi side and the Islamic State on the Syrian side, and no fighting over the crossing itself. It does not say whether the crossing is open, or whether people or goods can cross. (as of ${FRIDAY})`,
    );
    const sources = parts(widget, 'sources').at(-1)!;
    expect(sources.querySelector('cite')?.textContent).to.equal('ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing');
    expect(sources.querySelector('a')).to.be.null;
    expect(sources.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-03');
  });

  it('keeps the history collapsed at first, opens and closes it by keyboard, and fires nw-interact', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const toggle = toggleOf(widget);
    const history = widget.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    const note = 'seized control of the crossing after taking most of the town';
    expect(toggle.localName).to.equal('button');
    // The change and the event of the same Friday: the crossing claimed.
    expect(textOf(toggle)).to.equal('History of changes and events (2)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(history.getAttribute('part')).to.equal('history');
    expect(visibleText(widget)).not.to.include(note);

    toggle.focus();
    const opened = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'toggle-history',
      entity: 'qaim-bukamal',
      value: 'open',
    });
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(widget)).to.include(note);
    const [entry, event] = history.querySelectorAll(':scope > li');
    expect(entry.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-03');
    // No status: the article gives the two sides' holders, not whether the crossing is open.
    expect(entry.querySelector('[part~="change-status"]')).to.be.null;
    expect([...entry.querySelectorAll('[part~="change-sides"] > li')].map(factText)).to.deep.equal([
      'Iraq: Controlled by Iraqi forces, According to the Iraqi military chief of staff',
      'Syria: Controlled by Islamic State',
    ]);
    expect(entry.querySelector('cite')?.textContent).to.equal('ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing');
    expect(event.getAttribute('part')).to.equal('event');
    expect(event.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-03');
    expect(factText(event.querySelector('[part~="event-title"]')!)).to.equal('Iraqi forces claim the Iraqi side of the border crossing, along with most of Qaim');

    const closed = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: ' ' });
    expect(((await closed) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('closed');
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visibleText(widget)).not.to.include(note);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with the history closed and open, theme="${theme}"`, async () => {
      const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal" theme="${theme}"`);
      await expect(widget).to.be.accessible();
      toggleOf(widget).click();
      await widget.updateComplete;
      expect(toggleOf(widget).getAttribute('aria-expanded')).to.equal('true');
      await expect(widget).to.be.accessible();
    });
  }

  it('renders every status with its own text and a distinct icon, without axe violations in either theme', async () => {
    const sources: Record<string, [string, string]> = {
      contested: ['Contested', `src="${EVERY_STATUS}" crossing="testland-contested"`],
      open: ['Open', `src="${EVERY_STATUS}" crossing="testland-open"`],
      closed: ['Closed', `src="${EVERY_STATUS}" crossing="testland-closed"`],
      unknown: ['Unknown', `src="${SEED_URL}" crossing="qaim-bukamal"`],
      restricted: ['Restricted', `src="${TESTLAND}" crossing="northtown-southtown"`],
      'partly-open': ['Partly open', `src="${TESTLAND}" crossing="river-ferry"`],
    };
    const drawings = new Set<string>();
    for (const [status, [text, source]] of Object.entries(sources)) {
      for (const theme of ['light', 'dark']) {
        const widget = await show(`${source} theme="${theme}"`);
        const badge = part(widget, 'status');
        expect(textOf(badge)).to.equal(text);
        expect(badge.dataset.status).to.equal(status);
        drawings.add(drawingOf(badge));
        await expect(widget).to.be.accessible();
      }
    }
    expect(drawings.size).to.equal(6);
  });

  it('shows "unknown" for a side whose controller is null or not given, never a guess', async () => {
    const widget = await show(`src="${EVERY_STATUS}" crossing="testland-unknown"`);
    const sides = parts(widget, 'side');
    expect(textOf(sides[0])).to.equal('Finland, Testland Northtown, Controlled by unknown');
    expect(textOf(sides[1])).to.equal('Sweden, Controlled by unknown');
    expect(widget.shadowRoot!.querySelector('[part~="swatch"]')).to.be.null;
  });

  it('names a controller without a colour by name alone', async () => {
    const widget = await show(`src="${EVERY_STATUS}" crossing="testland-closed"`);
    const [first, second] = parts(widget, 'side');
    expect(textOf(first)).to.equal('Finland, Controlled by Testland Colourless Force');
    expect(first.querySelector('[part~="swatch"]')).to.be.null;
    expect(second.querySelector('[part~="swatch"]')).to.exist;
  });

  it('leaves out the history control when the crossing has no history', async () => {
    const widget = await show(`src="${EVERY_STATUS}" crossing="testland-closed"`);
    expect(parts(widget, 'history-toggle')).to.have.length(0);
    expect(textOf(part(widget, 'status'))).to.equal('Closed');
  });

  it('lists a longer history newest first, each change with its date, status, note and sources', async () => {
    const widget = await show(`src="${EVERY_STATUS}" crossing="testland-open"`);
    expect(textOf(toggleOf(widget))).to.equal('History of changes (4)');
    toggleOf(widget).click();
    await widget.updateComplete;
    const entries = [...part(widget, 'history').children];
    expect(entries.map((entry) => entry.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2024-05-20T08:30:00Z',
      '2024-02-14',
      '2023-09-02',
      '2023-01-10',
    ]);
    expect(entries.map((entry) => entry.querySelector('[part~="change-status"]')?.textContent?.trim())).to.deep.equal([
      'Open',
      undefined,
      'Closed',
      'Open',
    ]);
    expect(textOf(entries[1])).to.include('Testland change C: queues of more than a day');
    expect(textOf(entries[2].querySelector('[part~="sources"]'))).to.equal('Source: Testland Radio');
    // A change without its own sources carries the crossing's.
    expect(entries[1].querySelector('a')?.textContent).to.equal('Testland Wire');
    expect(entries[3].querySelector('time')?.textContent).to.equal(longDate('2023-01-10', 'en'));
  });

  it('fires open-source when a reader follows a source link', async () => {
    const widget = await show(`src="${EVERY_STATUS}" crossing="testland-open"`);
    const link = parts(widget, 'sources').at(-1)!.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/testland-wire');
    link.addEventListener('click', (event) => event.preventDefault());
    const opened = oneEvent(widget, 'nw-interact');
    link.click();
    expect(((await opened) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'open-source',
      entity: 'testland-open',
      value: 'testland-wire',
    });
  });

  it('follows a change of the crossing attribute', async () => {
    const widget = await show(`src="${EVERY_STATUS}" crossing="testland-open"`);
    widget.setAttribute('crossing', 'testland-closed');
    await widget.updateComplete;
    expect(visibleText(widget)).to.include('Testland Westgate crossing');
    expect(textOf(part(widget, 'status'))).to.equal('Closed');
  });

  it('updates the badge and keeps the history open when a refresh brings a new status', async () => {
    const key = uniqueKey('border-crossing-status-live');
    const bundle = await seedBundle();
    const url = await serveBundle(key, { body: JSON.stringify(bundle) });
    const widget = await show(`src="${url}" crossing="qaim-bukamal" refresh="1"`);
    toggleOf(widget).click();
    const before = drawingOf(part(widget, 'status'));

    const [crossing] = bundle.crossings as Array<Record<string, unknown>>;
    crossing.status = 'closed';
    crossing.asOf = '2017-11-10';
    (crossing.history as unknown[]).push({ date: '2017-11-10', status: 'closed', note: 'Test change: closed.' });
    await serveBundle(key, { body: JSON.stringify(bundle) });
    await oneEvent(widget, 'nw-ready');
    await widget.updateComplete;

    const badge = part(widget, 'status');
    expect(textOf(badge)).to.equal('Closed');
    expect(badge.dataset.status).to.equal('closed');
    expect(drawingOf(badge)).not.to.equal(before);
    expect(part(widget, 'as-of').querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-10');
    expect(toggleOf(widget).getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(part(widget, 'history').children[0])).to.include('Test change: closed.');
    widget.remove();
  });

  it('keeps the relative time true while the page stays open, drops it once no longer recent, and leaves no timer running once removed', async () => {
    const started = new Map<number, () => void>();
    const cleared = new Set<number>();
    const realSet = window.setInterval.bind(window);
    const realClear = window.clearInterval.bind(window);
    const realNow = Date.now;
    window.setInterval = ((handler: () => void, delay?: number) => {
      const id = realSet(handler, delay);
      started.set(id, handler);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) cleared.add(id);
      realClear(id);
    }) as typeof window.clearInterval;
    try {
      const widget = document.createElement('border-crossing-status');
      widget.crossing = 'northtown-southtown';
      widget.bundle = await recentTestland(2 * DAY_MS);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
      await waitForState(widget, 'ready');
      const asOf = () => textOf(part(widget, 'as-of'));
      expect(started.size).to.be.greaterThan(0);
      expect(asOf()).to.match(/\(2 days ago\)$/);

      const tick = async (later: number) => {
        Date.now = () => later;
        for (const each of started.values()) each();
        await widget.updateComplete;
      };
      await tick(realNow() + DAY_MS);
      expect(asOf()).to.match(/\(3 days ago\)$/);
      // Five weeks on, "5 weeks ago" would be a relative time for a fact no longer recent: the date alone.
      await tick(realNow() + 33 * DAY_MS);
      expect(asOf()).not.to.include('ago');
      expect(asOf()).to.match(/^Status as of /);

      widget.remove();
      expect([...started.keys()].every((id) => cleared.has(id))).to.be.true;
    } finally {
      window.setInterval = realSet;
      window.clearInterval = realClear;
      Date.now = realNow;
    }
  });

  it('speaks Arabic: country names by Intl, Arabic names and status, right to left', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal" lang="ar"`);
    const text = visibleText(widget);
    const arabicRegion = new Intl.DisplayNames('ar', { type: 'region' });
    expect(text).to.include('العراق').and.include(arabicRegion.of('SY')!);
    expect(text).to.include('القائم').and.include('القوات العراقية').and.include('تحت سيطرة');
    expect(textOf(part(widget, 'as-of'))).to.equal(`الحالة اعتبارًا من ${FRIDAY_AR}`);
    const badge = part(widget, 'status');
    expect(textOf(badge)).to.equal('غير معروف');
    expect(getComputedStyle(badge).direction).to.equal('rtl');
    expect(textOf(toggleOf(widget))).to.equal(`سجل التغييرات والأحداث (${new Intl.NumberFormat('ar').format(2)})`);
    expect(textOf(part(widget, 'name'))).to.equal('المعبر الحدودي قرب القائم والبوكمال');
    // The seed's note has an Arabic translation, marked as one, right to left.
    const note = part(widget, 'note');
    expect(factText(note)).to.include('لا يذكر المقال اسم المعبر.').and.include('(مترجم)');
    expect(getComputedStyle(note).direction).to.equal('rtl');
    expect(text).not.to.include('The article does not name the crossing');
  });

  for (const width of [640, 280]) {
    it(`reserves about its ready height while loading, so the article does not jump (${width}px wide)`, async () => {
      const key = uniqueKey(`border-crossing-status-reserve-${width}`);
      const url = await serveBundle(key, { fixture: '../../bundles/syria-iraq-border-2017.json', delayMs: 700 });
      const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      container.innerHTML = `<border-crossing-status src="${url}" crossing="qaim-bukamal"></border-crossing-status>`;
      const widget = container.firstElementChild as Widget;
      await waitForState(widget, 'loading');
      const loading = baseOf(widget).getBoundingClientRect().height;
      await waitForState(widget, 'ready');
      expect(loading / baseOf(widget).getBoundingClientRect().height).to.be.within(0.75, 1.1);
    });
  }

  it('stacks the sides in a narrow column and sets them side by side, mirrored in Arabic, when wide', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
    container.innerHTML = `<border-crossing-status src="${SEED_URL}" crossing="qaim-bukamal"></border-crossing-status>
      <border-crossing-status src="${SEED_URL}" crossing="qaim-bukamal" lang="ar"></border-crossing-status>`;
    const [english, arabic] = [...container.children] as Widget[];
    await waitForState(english, 'ready');
    await waitForState(arabic, 'ready');
    const boxes = (widget: Widget) => parts(widget, 'side').map((side) => side.getBoundingClientRect());
    const [top, bottom] = boxes(english);
    expect(bottom.top).to.be.at.least(top.bottom - 1);
    expect(baseOf(english).scrollWidth).to.be.at.most(280);

    container.style.width = '640px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const [left, right] = boxes(english);
    expect(left.top).to.equal(right.top);
    expect(right.left).to.be.greaterThan(left.left);
    const [iraq, syria] = boxes(arabic);
    expect(iraq.left).to.be.greaterThan(syria.left);
  });

  describe('what a restricted crossing is, who says so, and what happened to it (fictional Testland)', () => {
    const NORTHTOWN = `src="${TESTLAND}" crossing="northtown-southtown"`;
    const FERRY = `src="${TESTLAND}" crossing="river-ferry"`;
    /** The history, opened; its entries in the order shown. */
    const openHistory = async (widget: Widget) => {
      toggleOf(widget).click();
      await widget.updateComplete;
      return [...part(widget, 'history').children] as HTMLElement[];
    };
    const within = (entry: Element, name: string) => textOf(entry.querySelector(`[part~="${name}"]`));

    it('says what may pass a restricted crossing and who says so, beside the badge, and reads them as one line', async () => {
      const widget = await show(NORTHTOWN);
      expect(textOf(part(widget, 'status'))).to.equal('Restricted');
      expect(textOf(part(widget, 'passage'))).to.equal('Open to official and humanitarian traffic only');
      expect(textOf(part(widget, 'status-claimant'))).to.equal('According to aid workers');
      expect(textOf(part(widget, 'as-of'))).to.equal(`Status as of ${longDate('2017-11-20', 'en')}`);
      // A screen reader hears who says so with the status, in one run, each part set apart.
      const line = part(widget, 'status').parentElement!;
      expect(textOf(line)).to.equal(
        `Restricted, Open to official and humanitarian traffic only, According to aid workers, Status as of ${longDate('2017-11-20', 'en')}`,
      );
      expect(line.querySelector('bdi')?.textContent).to.equal('aid workers');
    });

    it('says a side held by a state outside the story is not at issue, never "unknown"', async () => {
      const widget = await show(NORTHTOWN);
      const [, sweden] = parts(widget, 'side');
      expect(textOf(sweden)).to.equal('Sweden, Southtown, Controlled by Sweden, not a party to these events');
      expect(textOf(sweden.querySelector('[part~="not-at-issue"]'))).to.equal('Sweden, not a party to these events');
      expect(sweden.querySelector('[part~="swatch"]')).to.be.null;
    });

    it('gives a side its own claimant and as-of where it differs from the crossing\'s, and its sources', async () => {
      const widget = await show(NORTHTOWN);
      const [finland] = parts(widget, 'side');
      expect(textOf(finland)).to.match(
        new RegExp(`^Finland, Northtown, Controlled by North Front, According to North Front, as of ${longDate('2017-11-18', 'en')} Source: `),
      );
      expect(textOf(finland.querySelector('[part~="side-claimant"]'))).to.equal('According to North Front');
      expect(finland.querySelector('[part~="side-as-of"] time')?.getAttribute('datetime')).to.equal('2017-11-18');
      expect(finland.querySelector('[part~="swatch"]')).to.exist;
      expect(textOf(finland.querySelector('[part~="sources"]'))).to.equal(
        'Source: North Front says it holds most of Testland Province — Testland Wire via The Daily Example',
      );
    });

    it('leaves out a side\'s as-of that is the crossing\'s own', async () => {
      const bundle = await testland();
      const crossing = crossingIn(bundle, 'northtown-southtown') as CrossingJson & { sides: Array<Record<string, unknown>> };
      crossing.sides[0].asOf = '2017-11-20';
      const widget = document.createElement('border-crossing-status');
      widget.crossing = 'northtown-southtown';
      widget.bundle = bundle;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
      await waitForState(widget, 'ready');
      expect(parts(widget, 'side-as-of')).to.have.length(0);
      expect(textOf(parts(widget, 'side')[0])).to.include('According to North Front Source:');
    });

    it('shows the crossing\'s note with the date it was true on', async () => {
      const widget = await show(NORTHTOWN);
      expect(textOf(part(widget, 'note'))).to.equal(
        `The crossing is now open only to official and humanitarian traffic. (as of ${longDate('2017-11-20', 'en')})`,
      );
    });

    it('lists the events naming the crossing beside its changes, newest first, dates at their precision', async () => {
      const widget = await show(NORTHTOWN);
      expect(textOf(toggleOf(widget))).to.equal('History of changes and events (5)');
      const entries = await openHistory(widget);
      const times = entries.map((entry) => entry.querySelector('.change-head time')!);
      expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2017-11-20', '2017-11-20', '2017-08', '2017', '2016-06']);
      expect(times.map((time) => textOf(time))).to.deep.equal([
        longDate('2017-11-20', 'en'),
        longDate('2017-11-20', 'en'),
        'August 2017',
        'mid-2017',
        'around June 2016',
      ]);
      expect(entries.map((entry) => entry.getAttribute('part'))).to.deep.equal(['change', 'event', 'event', 'change', 'change']);
      expect(entries.map((entry) => within(entry, 'event-kind') || within(entry, 'change-status'))).to.deep.equal([
        'Restricted',
        'Event: reopening',
        'Event: closure',
        'Contested',
        'Open',
      ]);
    });

    it('marks each event with its kind, title and sources', async () => {
      const widget = await show(NORTHTOWN);
      const [, reopened, closed] = await openHistory(widget);
      expect(textOf(reopened)).to.equal(
        `${longDate('2017-11-20', 'en')} Event: reopening The crossing reopens to official and aid traffic ` +
          'Source: North Front says it holds most of Testland Province — Testland Wire via The Daily Example',
      );
      expect(within(closed, 'event-title')).to.equal('The crossing is closed');
      expect(within(closed, 'sources')).to.equal('Source: Radio Testland: the crossing, 2016 to 2017 — Radio Testland');
      expect(closed.querySelector('[part~="event-kind"] svg')?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('gives each change what could pass, who held each side then, who says so, and its note as a statement', async () => {
      const widget = await show(NORTHTOWN);
      const [restricted, , , contested, opened] = await openHistory(widget);
      expect(within(restricted, 'change-passage')).to.equal('Open to official and humanitarian traffic only');
      expect([...restricted.querySelectorAll('[part~="change-sides"] > li')].map((side) => textOf(side))).to.deep.equal([
        'Finland: Controlled by North Front',
        'Sweden: Controlled by Sweden, not a party to these events',
      ]);
      expect(within(contested, 'change-claimant')).to.equal('According to North Front');
      expect(within(contested, 'change-note')).to.equal('According to North Front: Fighting over the crossing itself, the front says.');
      expect(contested.querySelector('[part~="change-sides"]')).to.be.null;
      expect([...opened.querySelectorAll('[part~="change-sides"] > li')].map((side) => textOf(side))).to.deep.equal([
        'Finland: Controlled by unknown',
        'Sweden: Controlled by Sweden, not a party to these events',
      ]);
      expect(within(opened, 'change-note')).to.equal('Open to all traffic.');
    });

    it('shows an event\'s claimant and attributed summary', async () => {
      const widget = await show(FERRY);
      expect(textOf(toggleOf(widget))).to.equal('History of changes and events (1)');
      const [fled] = await openHistory(widget);
      expect(within(fled, 'event-kind')).to.equal('Event: displacement');
      expect(within(fled, 'change-claimant')).to.equal('According to aid workers');
      expect(textOf(fled.querySelector('.change-head time'))).to.equal('late October 2017');
      expect(within(fled, 'event-summary')).to.equal('According to aid workers: About 200 troops crossed into the neighbouring state.');
    });

    it('says what may pass a partly open crossing, with the month of its status and no day', async () => {
      const widget = await show(FERRY);
      expect(textOf(part(widget, 'status'))).to.equal('Partly open');
      expect(textOf(part(widget, 'passage'))).to.equal('Only people may cross');
      expect(parts(widget, 'status-claimant')).to.have.length(0);
      const asOf = part(widget, 'as-of');
      expect(textOf(asOf)).to.equal('Status as of November 2017');
      expect(asOf.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11');
      expect(parts(widget, 'side').map((side) => textOf(side))).to.deep.equal(['Finland, Controlled by River Guard', 'Sweden, Controlled by unknown']);
    });

    it('shows how long ago a recent status was reported, after its date', async () => {
      const key = uniqueKey('border-crossing-status-recent');
      const url = await serveBundle(key, { body: JSON.stringify(await recentTestland(2 * DAY_MS)) });
      const widget = await show(`src="${url}" crossing="northtown-southtown"`);
      const asOf = part(widget, 'as-of');
      expect(textOf(asOf)).to.match(new RegExp(`^Status as of .+ \\(${daysAgo(2, 'en')}\\)$`));
      expect(textOf(asOf.querySelector('time'))).not.to.include('ago');
      // The side was reported on 18 November 2017, now another day than the crossing's.
      expect(parts(widget, 'side-as-of')).to.have.length(1);
      const arabic = await show(`src="${url}" crossing="northtown-southtown" lang="ar"`);
      expect(textOf(part(arabic, 'as-of'))).to.match(new RegExp(`^الحالة اعتبارًا من .+ \\(${daysAgo(2, 'ar')}\\)$`));
    });

    it('speaks Arabic: the restricted status, what may pass, who says so, a side not at issue', async () => {
      const bundle = await testland();
      const aidWorkers = crossingIn(bundle, 'northtown-southtown').attribution!.group.ar;
      const widget = await show(`${NORTHTOWN} lang="ar"`);
      expect(textOf(part(widget, 'status'))).to.equal('مقيَّد');
      expect(textOf(part(widget, 'passage'))).to.equal('مفتوح أمام الحركة الرسمية والإنسانية فقط');
      expect(textOf(part(widget, 'status-claimant'))).to.equal(`بحسب ${aidWorkers}`);
      expect(textOf(part(widget, 'as-of'))).to.equal(`الحالة اعتبارًا من ${longDate('2017-11-20', 'ar')}`);
      const sweden = new Intl.DisplayNames('ar', { type: 'region' }).of('SE')!;
      expect(textOf(parts(widget, 'side')[1])).to.equal(`${sweden}، بلدة الجنوب، تحت سيطرة ${sweden}، دولة ليست طرفًا في هذه الأحداث`);
      expect(getComputedStyle(part(widget, 'passage')).direction).to.equal('rtl');

      expect(textOf(toggleOf(widget))).to.equal(`سجل التغييرات والأحداث (${new Intl.NumberFormat('ar').format(5)})`);
      const entries = await openHistory(widget);
      expect(entries.map((entry) => within(entry, 'event-kind') || within(entry, 'change-status'))).to.deep.equal([
        'مقيَّد',
        'حدث: إعادة فتح',
        'حدث: إغلاق',
        'متنازع عليه',
        'مفتوح',
      ]);
      expect(textOf(entries[2].querySelector('.change-head time'))).to.equal(monthIn(2017, 8, 'ar'));
      expect(textOf(entries[3].querySelector('.change-head time'))).to.equal(`منتصف ${yearIn(2017, 'ar')}`);
      expect(textOf(entries[4].querySelector('.change-head time'))).to.equal(`نحو ${monthIn(2016, 6, 'ar')}`);
      expect(within(entries[1], 'event-title')).to.equal('المعبر يُفتح مجددًا أمام الحركة الرسمية والإغاثية');
      expect(textOf(entries[4].querySelector('[part~="change-sides"] > li'))).to.equal(
        `${new Intl.DisplayNames('ar', { type: 'region' }).of('FI')}: تحت سيطرة جهة غير معروفة`,
      );
    });

    it('speaks Arabic for a partly open crossing and a side whose holder is unknown', async () => {
      const widget = await show(`${FERRY} lang="ar"`);
      expect(textOf(part(widget, 'status'))).to.equal('مفتوح جزئيًا');
      expect(textOf(part(widget, 'passage'))).to.equal('يقتصر العبور على الأفراد');
      expect(textOf(part(widget, 'as-of'))).to.equal(`الحالة اعتبارًا من ${monthIn(2017, 11, 'ar')}`);
      expect(textOf(parts(widget, 'side')[1])).to.include('تحت سيطرة جهة غير معروفة');
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'ar'] as const) {
        it(`has no axe violations for a restricted and a partly open crossing with their history open, theme="${theme}" lang="${lang}"`, async () => {
          for (const crossing of [NORTHTOWN, FERRY]) {
            const widget = await show(`${crossing} theme="${theme}" lang="${lang}"`);
            await expect(widget).to.be.accessible();
            await openHistory(widget);
            await expect(widget).to.be.accessible();
          }
        });
      }
    }

    it('keeps the new badges readable: text against its tint at least 4.5:1 in both themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        for (const crossing of [NORTHTOWN, FERRY]) {
          const badge = part(await show(`${crossing} theme="${theme}"`), 'status');
          const style = getComputedStyle(badge);
          expect(contrastRatio(cssHex(style.color), cssHex(style.backgroundColor)), `${crossing} ${theme}`).to.be.at.least(4.5);
        }
      }
    });

    it('writes the fallback line with what may pass, who says so and the date at its precision', async () => {
      const index = new BundleIndex((await testland()) as unknown as Bundle);
      const line = (crossing: string, lang: string) => borderCrossingStatusFallbackLine(index, new Map([['crossing', crossing]]), localeFor(lang, 'en'));
      expect(line('northtown-southtown', 'en')).to.equal(
        `Northtown–Southtown crossing (fictional): Restricted. Open to official and humanitarian traffic only. According to aid workers (as of ${longDate('2017-11-20', 'en')}).`,
      );
      expect(line('river-ferry', 'en')).to.equal('River ferry crossing (fictional): Partly open. Only people may cross (as of November 2017).');
      expect(line('river-ferry', 'ar')).to.equal(
        `معبر العبّارة النهري (متخيَّل): مفتوح جزئيًا. يقتصر العبور على الأفراد (اعتبارًا من ${monthIn(2017, 11, 'ar')}).`,
      );
    });
  });
});
