import '../../src/elements/border-crossing-status/border-crossing-status.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { contrastRatio } from '../../src/helpers/contrast.js';
import { SEED_URL, baseOf, hexOf, longDate, parts, seedBundle, serveBundle, textOf, uniqueKey, visibleText, waitForState, type Widget as WidgetElement } from '../helpers.js';
import { describeWidgetContract } from './widget-contract.js';

describeWidgetContract({
  tag: 'border-crossing-status',
  attribute: 'crossing',
  id: 'qaim-bukamal',
  readyText: 'Qaim–Bukamal border crossing',
  arabicText: 'معبر القائم – البوكمال',
  misspelt: ['qaim-bukamel', 'qaim-bukamal'],
  change: (bundle) => {
    const [crossing] = bundle.crossings as Array<Record<string, unknown>>;
    crossing.status = 'closed';
    return 'Closed';
  },
});

type Widget = WidgetElement & { crossing: string };

const EVERY_STATUS = '/test/fixtures/elements/border-crossing-status-every-status.json';
const YEAR_MS = 365 * 86_400_000;

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
/** "9 years ago", by the same Intl call the widget makes. */
const yearsAgo = (iso: string, lang: string, now = Date.now()) =>
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(Math.round((Date.parse(iso) - now) / YEAR_MS), 'year');

describe('<border-crossing-status>', () => {
  it('names the crossing as a heading at level 3, or at heading-level', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const name = part(widget, 'name');
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('3');
    expect(textOf(name)).to.equal('Qaim–Bukamal border crossing');
    widget.setAttribute('heading-level', '2');
    await widget.updateComplete;
    expect(part(widget, 'name').getAttribute('aria-level')).to.equal('2');
  });

  it('shows both sides of Qaim–Bukamal: country, town and who controls each', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const sides = parts(widget, 'side');
    expect(part(widget, 'sides').localName).to.equal('ul');
    expect(sides).to.have.length(2);
    // Screen readers hear the parts separated, as the layout shows them on lines of their own.
    expect(textOf(sides[0])).to.equal('Iraq, Qaim, Controlled by Iraqi forces');
    expect(textOf(sides[1])).to.equal('Syria, Bukamal, Controlled by Islamic State');
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

  it('shows the status "Contested" as a badge with text and an icon hidden from screen readers', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const badge = part(widget, 'status');
    expect(textOf(badge)).to.equal('Contested');
    expect(badge.dataset.status).to.equal('contested');
    const icon = badge.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(8);
  });

  it('says how long ago the status was reported, with the exact date 3 November 2017 in <time>', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const time = part(widget, 'as-of').querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2017-11-03');
    expect(textOf(time)).to.equal(`${yearsAgo('2017-11-03', 'en')} (${longDate('2017-11-03', 'en')})`);
    expect(visibleText(widget)).to.include(`Last reported ${yearsAgo('2017-11-03', 'en')} (${longDate('2017-11-03', 'en')})`);

    const british = await show(`src="${SEED_URL}" crossing="qaim-bukamal" lang="en-GB"`);
    expect(textOf(part(british, 'as-of').querySelector('time'))).to.include('(3 November 2017)');
  });

  it('shows the crossing\'s note and its source line with the as-of date', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    expect(textOf(part(widget, 'note'))).to.equal('The article does not say whether people or goods can cross.');
    const sources = parts(widget, 'sources').at(-1)!;
    expect(sources.querySelector('cite')?.textContent).to.equal('ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing');
    expect(sources.querySelector('a')).to.be.null;
    expect(sources.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-03');
  });

  it('keeps the history collapsed at first, opens and closes it by keyboard, and fires nw-interact', async () => {
    const widget = await show(`src="${SEED_URL}" crossing="qaim-bukamal"`);
    const toggle = toggleOf(widget);
    const history = widget.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    const note = 'seized the Iraqi side of the crossing after taking most of Qaim';
    expect(toggle.localName).to.equal('button');
    expect(textOf(toggle)).to.equal('History of changes (1)');
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
    const [entry] = history.querySelectorAll('li');
    expect(entry.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-03');
    expect(textOf(entry.querySelector('[part~="change-status"]'))).to.equal('Contested');
    expect(entry.querySelector('cite')?.textContent).to.equal('ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing');

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
    const expected = { contested: 'Contested', open: 'Open', closed: 'Closed', unknown: 'Unknown' };
    const drawings = new Set<string>();
    for (const [status, text] of Object.entries(expected)) {
      const source = status === 'contested' ? `src="${SEED_URL}" crossing="qaim-bukamal"` : `src="${EVERY_STATUS}" crossing="testland-${status}"`;
      for (const theme of ['light', 'dark']) {
        const widget = await show(`${source} theme="${theme}"`);
        const badge = part(widget, 'status');
        expect(textOf(badge)).to.equal(text);
        expect(badge.dataset.status).to.equal(status);
        drawings.add(drawingOf(badge));
        await expect(widget).to.be.accessible();
      }
    }
    expect(drawings.size).to.equal(4);
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
    const contested = drawingOf(part(widget, 'status'));

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
    expect(drawingOf(badge)).not.to.equal(contested);
    expect(part(widget, 'as-of').querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-10');
    expect(toggleOf(widget).getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(part(widget, 'history').children[0])).to.include('Test change: closed.');
    widget.remove();
  });

  it('keeps the relative time true while the page stays open, and leaves no timer running once removed', async () => {
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
      widget.crossing = 'qaim-bukamal';
      widget.bundle = await seedBundle();
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
      await waitForState(widget, 'ready');
      const time = () => textOf(part(widget, 'as-of').querySelector('time'));
      expect(started.size).to.be.greaterThan(0);
      expect(time()).to.include(yearsAgo('2017-11-03', 'en'));

      const later = realNow() + 2 * YEAR_MS;
      Date.now = () => later;
      for (const tick of started.values()) tick();
      await widget.updateComplete;
      expect(time()).to.include(yearsAgo('2017-11-03', 'en', later));
      expect(yearsAgo('2017-11-03', 'en', later)).not.to.equal(yearsAgo('2017-11-03', 'en', realNow()));

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
    expect(text).to.include(`آخر تحديث ${yearsAgo('2017-11-03', 'ar')}`);
    const badge = part(widget, 'status');
    expect(textOf(badge)).to.equal('متنازع عليه');
    expect(getComputedStyle(badge).direction).to.equal('rtl');
    expect(textOf(toggleOf(widget))).to.equal(`سجل التغييرات (${new Intl.NumberFormat('ar').format(1)})`);
    // The seed's note is English only: it keeps its language inside the Arabic widget.
    const note = part(widget, 'note');
    expect(note.lang).to.equal('en');
    expect(getComputedStyle(note).direction).to.equal('ltr');
  });

  it('reserves about its ready height while loading, so the article does not jump', async () => {
    const key = uniqueKey('border-crossing-status-reserve');
    const url = await serveBundle(key, { fixture: '../../bundles/syria-iraq-border-2017.json', delayMs: 700 });
    const container = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    container.innerHTML = `<border-crossing-status src="${url}" crossing="qaim-bukamal"></border-crossing-status>`;
    const widget = container.firstElementChild as Widget;
    await waitForState(widget, 'loading');
    const loading = baseOf(widget).getBoundingClientRect().height;
    await waitForState(widget, 'ready');
    expect(loading / baseOf(widget).getBoundingClientRect().height).to.be.within(0.75, 1.1);
  });

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
});
