import '../../src/elements/control-bar/control-bar.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { fixtureText, longDate, percent, readerText, textOf, visibleText, waitForState, type Widget } from '../helpers.js';

/** "What the source says" in `<control-bar>` (issue #15): a snapshot's and a share's excerpts. */

const TESTLAND = '/stories/bundles/testland.json';
const HEADLINE = 'North Front says it holds most of Testland Province';
const SNAPSHOT_WORDS = 'The North Front said on Sunday that it held about 70 percent of Testland Province, including more than 30 of its 52 districts.';
const SHARE_WORDS = 'it held about 70 percent of Testland Province';
const OBSERVER_WORDS = "Independent observers put the front's share at less than half of the province.";
const TESTFORD_WORDS = 'The South League holds all of Testford except the old town, which the River Guard still holds.';

type ControlBarWidget = Widget & { place: string };

/** A control-bar from attributes, inside a container of the given width, once it is ready. */
async function make(attributes: string, width = 800): Promise<ControlBarWidget> {
  const container = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  container.innerHTML = `<control-bar ${attributes}></control-bar>`;
  const widget = container.firstElementChild as ControlBarWidget;
  await waitForState(widget, 'ready');
  return widget;
}

/** A control-bar showing a bundle object. */
async function makeWith(bundle: unknown, place: string): Promise<ControlBarWidget> {
  const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
  const widget = document.createElement('control-bar') as ControlBarWidget;
  widget.place = place;
  widget.bundle = bundle;
  container.append(widget);
  await waitForState(widget, 'ready');
  return widget;
}

const all = <T extends Element = HTMLElement>(root: Widget | Element, selector: string): T[] => [
  ...(root.shadowRoot ?? root).querySelectorAll<T>(selector),
];
const toggles = (root: Widget | Element) => all<HTMLButtonElement>(root, '[part~="excerpt-toggle"]');
/** The toggle whose accessible name is "What the source says: <fact>". */
function toggleFor(widget: Widget, fact: string, prefix = 'What the source says'): HTMLButtonElement {
  const name = `${prefix}: ${fact}`;
  const found = toggles(widget).find((toggle) => toggle.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no toggle "${name}" among ${toggles(widget).map((each) => `"${each.getAttribute('aria-label')}"`).join(', ')}`);
  return found;
}
/** The panel a toggle opens. */
const panelOf = (widget: Widget, toggle: HTMLButtonElement) => widget.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
const isShown = (element: HTMLElement) => getComputedStyle(element).display !== 'none' && !element.hidden;
const claimOf = (widget: Widget, n = 0) => all(widget, '[part~="claim"]')[n];
/** What the legend says, item by item, as a reader sees it (closed panels are not seen). */
const legend = (widget: Widget, n = 0) => all(claimOf(widget, n), '[part~="legend"] > li').map(readerText);

/** Clicks or presses a key on a toggle, and gives the `nw-interact` detail it fired, once rendered. */
async function operate(widget: Widget, toggle: HTMLButtonElement, how: 'click' | 'Enter' | ' '): Promise<WidgetInteractDetail> {
  const interaction = oneEvent(widget, 'nw-interact');
  if (how === 'click') toggle.click();
  else {
    toggle.focus();
    await sendKeys({ press: how });
  }
  const detail = ((await interaction) as CustomEvent<WidgetInteractDetail>).detail;
  await widget.updateComplete;
  return detail;
}

const PROVINCE_CLAIM = `Who controls Testland Province, as of ${longDate('2017-11-19')}. According to North Front`;
const FRONT_SHARE = `North Front: about ${percent(0.7)} (more than 30 of 52 districts), according to North Front`;
const OBSERVERS_SHARE = 'North Front: less than half, according to independent observers';

describe('<control-bar> "What the source says"', () => {
  it('offers it after each fact with excerpts, collapsed, named by the fact, and nowhere else', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`);
    expect(toggles(widget).map((toggle) => toggle.getAttribute('aria-label'))).to.deep.equal([
      `What the source says: ${PROVINCE_CLAIM}`,
      `What the source says: ${FRONT_SHARE}`,
      `What the source says: ${OBSERVERS_SHARE}`,
    ]);
    for (const toggle of toggles(widget)) {
      expect(toggle.localName).to.equal('button');
      expect(toggle.type).to.equal('button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panelOf(widget, toggle))).to.be.false;
    }
    // The snapshot's after who says so; the observers' snapshot has no excerpt, so its line has none.
    const [front, observers] = all(widget, '[part~="attribution"]');
    expect(toggles(front)).to.have.length(1);
    expect(toggles(observers)).to.have.length(0);
    expect(textOf(front)).to.equal('According to North Front');
    // Each share's in its legend item, after the figure, counts and claimant; the rest has none.
    const [frontShare, rest] = all(claimOf(widget, 0), '[part~="legend"] > li');
    expect(frontShare.contains(toggleFor(widget, FRONT_SHARE))).to.be.true;
    expect(toggles(rest)).to.have.length(0);
    // A reader who never opens one sees no extra words.
    expect(visibleText(widget)).not.to.include('What the source says');
    expect(visibleText(widget)).not.to.include(SHARE_WORDS);
    expect(legend(widget, 0)).to.deep.equal([`North Front: about ${percent(0.7)} (more than 30 of 52 districts)`, `Unknown: about ${percent(0.3)}`]);
    expect(legend(widget, 1)).to.deep.equal(['North Front: less than half', 'Rest contested']);
  });

  it('opens a share\'s excerpt under its legend line by click: the exact words, outlet, headline and date; fires reveal-excerpt', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`);
    const toggle = toggleFor(widget, FRONT_SHARE);
    const detail = await operate(widget, toggle, 'click');
    expect(detail).to.deep.equal({ action: 'reveal-excerpt', entity: 'testland-province', value: 'share-0-1-0:shown' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(widget, toggle);
    expect(isShown(panel)).to.be.true;
    expect(panel.getAttribute('part')).to.equal('excerpts');
    expect(panel.getAttribute('role')).to.equal('group');
    expect(panel.getAttribute('aria-label')).to.equal('What the source says');
    // Under the line, inside its legend item; the legend keeps its name.
    const item = toggle.closest('li')!;
    expect(item.contains(panel)).to.be.true;
    expect(panel.getBoundingClientRect().top).to.be.at.least(toggle.getBoundingClientRect().bottom - 1);
    expect(all(widget, '[part~="legend"]')[0].getAttribute('aria-label')).to.equal(PROVINCE_CLAIM);
    const [excerpt] = all(panel, '[part~="excerpt"]');
    const quote = excerpt.querySelector('blockquote')!;
    expect(textOf(quote)).to.equal(SHARE_WORDS);
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(quote.getAttribute('cite')).to.equal('https://example.com/testland-wire');
    expect(textOf(excerpt.querySelector('cite'))).to.equal(HEADLINE);
    expect(textOf(excerpt.querySelector('figcaption'))).to.equal(`— Testland Wire via The Daily Example, ${HEADLINE}, ${longDate('2017-11-20')}`);
    expect(excerpt.querySelector('figcaption time')?.getAttribute('datetime')).to.equal('2017-11-20');
    expect(visibleText(widget)).to.include(SHARE_WORDS);
    // Only that one: the snapshot's and the observers' stay closed.
    expect(isShown(panelOf(widget, toggleFor(widget, PROVINCE_CLAIM)))).to.be.false;
    expect(visibleText(widget)).not.to.include(OBSERVER_WORDS);

    const closed = await operate(widget, toggle, 'click');
    expect(closed.value).to.equal('share-0-1-0:hidden');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panel)).to.be.false;
  });

  it('opens and closes the snapshot\'s excerpt, under the bar, with Enter and Space', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`);
    const toggle = toggleFor(widget, PROVINCE_CLAIM);
    expect(await operate(widget, toggle, 'Enter')).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'testland-province',
      value: 'snapshot-0-1:shown',
    });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(widget, toggle);
    expect(isShown(panel)).to.be.true;
    expect(textOf(panel.querySelector('blockquote'))).to.equal(SNAPSHOT_WORDS);
    expect(textOf(panel.querySelector('figcaption'))).to.equal(`— Testland Wire via The Daily Example, ${HEADLINE}, ${longDate('2017-11-20')}`);
    // In its claim, after the bar and before the legend.
    const claim = claimOf(widget, 0);
    const bar = claim.querySelector('[part~="bar"]')!;
    const list = claim.querySelector('[part~="legend"]')!;
    expect(claim.contains(panel)).to.be.true;
    expect(bar.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(panel.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(panel.getBoundingClientRect().top).to.be.at.least(bar.getBoundingClientRect().bottom - 1);
    expect(widget.shadowRoot!.activeElement).to.equal(toggle);

    expect((await operate(widget, toggle, ' ')).value).to.equal('snapshot-0-1:hidden');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panel)).to.be.false;
  });

  it('keeps competing claims\' panels apart: the observers\' share opens its own words', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`);
    const toggle = toggleFor(widget, OBSERVERS_SHARE);
    expect((await operate(widget, toggle, 'click')).value).to.equal('share-0-2-0:shown');
    const panel = panelOf(widget, toggle);
    expect(claimOf(widget, 1).contains(panel)).to.be.true;
    expect(textOf(panel.querySelector('blockquote'))).to.equal(OBSERVER_WORDS);
    expect(textOf(panel.querySelector('figcaption'))).to.equal(
      '— The Testland Observer, Observers: front holds less, not more, than half of the province, around November 2017',
    );
    expect(isShown(panelOf(widget, toggleFor(widget, FRONT_SHARE)))).to.be.false;
    // Every key is its own element id: no two panels share one.
    const ids = toggles(widget).map((each) => each.getAttribute('aria-controls'));
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('puts a snapshot in the source\'s own voice after the place\'s name, which still names the row', async () => {
    const widget = await make(`src="${TESTLAND}" place="testford"`);
    const fact = 'Who controls Testford, as of November 2017';
    const toggle = toggleFor(widget, fact);
    expect(toggles(widget)).to.have.length(1);
    const place = widget.shadowRoot!.querySelector('[part~="place"]')!;
    expect(place.contains(toggle)).to.be.true;
    expect(textOf(place)).to.equal('Testford');
    const row = widget.shadowRoot!.querySelector('[part~="row"]')!;
    const label = widget.shadowRoot!.getElementById(row.getAttribute('aria-labelledby')!)!;
    expect(label.contains(toggle)).to.be.false;
    expect(textOf(label)).to.equal('Testford');
    expect(all(widget, '[part~="legend"]')[0].getAttribute('aria-label')).to.equal(fact);
    expect((await operate(widget, toggle, 'Enter')).value).to.equal('snapshot-0-0:shown');
    const panel = panelOf(widget, toggle);
    expect(claimOf(widget).contains(panel)).to.be.true;
    expect(textOf(panel.querySelector('blockquote'))).to.equal(TESTFORD_WORDS);
  });

  it('offers nothing for facts without excerpts', async () => {
    for (const place of ['testville', 'east-district', 'river-border']) {
      const widget = await make(`src="${TESTLAND}" place="${place}"`);
      expect(toggles(widget), place).to.have.length(0);
      expect(all(widget, '[part~="excerpts"]'), place).to.have.length(0);
    }
    // Late 2017 in Testland Province has none either.
    const late = await make(`src="${TESTLAND}" place="testland-province" date="2017-10"`);
    expect(toggles(late)).to.have.length(0);
  });

  it('offers nothing at all for a bundle without excerpts', async () => {
    const bundle = JSON.parse(await fixtureText('../../stories/bundles/testland.json')) as Bundle;
    const strip = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(strip);
      else if (value && typeof value === 'object') {
        delete (value as { excerpts?: unknown }).excerpts;
        Object.values(value).forEach(strip);
      }
    };
    strip(bundle);
    const widget = await makeWith(bundle, 'testland-province testford testville east-district river-border');
    expect(all(widget, '[part~="claim"]').length).to.be.above(4);
    expect(toggles(widget)).to.have.length(0);
    expect(all(widget, '[part~="excerpts"]')).to.have.length(0);
  });

  it('gives every row and claim its own keys', async () => {
    const widget = await make(`src="${TESTLAND}" place="testford testland-province"`);
    expect(toggles(widget).map((each) => each.getAttribute('aria-controls'))).to.deep.equal([
      'excerpt-snapshot-0-0',
      'excerpt-snapshot-1-1',
      'excerpt-share-1-1-0',
      'excerpt-share-1-2-0',
    ]);
    expect((await operate(widget, toggleFor(widget, PROVINCE_CLAIM), 'click')).value).to.equal('snapshot-1-1:shown');
    expect(isShown(panelOf(widget, toggleFor(widget, 'Who controls Testford, as of November 2017')))).to.be.false;
  });

  it('keeps a panel open while stepping through time and back, and closes all when the place changes', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`);
    await operate(widget, toggleFor(widget, FRONT_SHARE), 'click');
    const slider = widget.shadowRoot!.querySelector<HTMLInputElement>('[part~="slider"]')!;
    slider.focus();
    await sendKeys({ press: 'Home' });
    await widget.updateComplete;
    expect(toggles(widget)).to.have.length(0);
    await sendKeys({ press: 'End' });
    await widget.updateComplete;
    expect(toggleFor(widget, FRONT_SHARE).getAttribute('aria-expanded')).to.equal('true');
    widget.place = 'testford';
    await widget.updateComplete;
    widget.place = 'testland-province';
    await widget.updateComplete;
    expect(toggles(widget).map((each) => each.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('prints every panel open, without the buttons', async function () {
    // Print media can be emulated only through Chromium's DevTools protocol.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const widget = await make(`src="${TESTLAND}" place="testland-province"`);
    await emulateMedia({ media: 'print' });
    try {
      for (const toggle of toggles(widget)) {
        expect(getComputedStyle(toggle).display).to.equal('none');
        expect(getComputedStyle(panelOf(widget, toggle)).display).to.not.equal('none');
      }
      const item = toggleFor(widget, FRONT_SHARE).closest('li')!;
      const list = item.parentElement!;
      expect(item.getBoundingClientRect().width).to.be.closeTo(list.getBoundingClientRect().width, 1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('in Arabic', () => {
    const arDate = longDate('2017-11-19', 'ar');
    it('names each button «ما يقوله المصدر» with the fact in Arabic, and keeps the English words in English', async () => {
      const widget = await make(`src="${TESTLAND}" place="testland-province" lang="ar"`);
      expect(toggles(widget).map((toggle) => toggle.getAttribute('aria-label'))).to.deep.equal([
        `ما يقوله المصدر: من يسيطر على محافظة تستلاند، اعتبارًا من ${arDate}. بحسب جبهة الشمال`,
        `ما يقوله المصدر: جبهة الشمال: نحو ${percent(0.7, 'ar')} (أكثر من ${new Intl.NumberFormat('ar').format(30)} من أصل ${new Intl.NumberFormat('ar').format(52)} منطقة)، بحسب جبهة الشمال`,
        'ما يقوله المصدر: جبهة الشمال: أقل من النصف، بحسب مراقبين مستقلين',
      ]);
      const toggle = toggles(widget)[1];
      expect(toggle.getAttribute('title')).to.equal('ما يقوله المصدر');
      expect((await operate(widget, toggle, 'Enter')).value).to.equal('share-0-1-0:shown');
      const panel = panelOf(widget, toggle);
      expect(panel.getAttribute('aria-label')).to.equal('ما يقوله المصدر');
      const quote = panel.querySelector('blockquote')!;
      expect(textOf(quote)).to.equal(SHARE_WORDS);
      expect(quote.getAttribute('lang')).to.equal('en');
      expect(textOf(panel.querySelector('cite'))).to.equal('جبهة الشمال تقول إنها تسيطر على معظم محافظة تستلاند');
      expect(textOf(panel.querySelector('figcaption'))).to.include(longDate('2017-11-20', 'ar'));
    });

    it('names the own-voice snapshot\'s button after the place in Arabic', async () => {
      const widget = await make(`src="${TESTLAND}" place="testford" lang="ar"`);
      expect(toggles(widget).map((toggle) => toggle.getAttribute('aria-label'))).to.deep.equal([
        `ما يقوله المصدر: من يسيطر على تستفورد، اعتبارًا من ${new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2017, 10, 1))}`,
      ]);
    });
  });

  describe('axe', () => {
    const states = [
      ['competing claims', 'place="testland-province"', 800],
      ['competing claims in Arabic', 'place="testland-province" lang="ar"', 800],
      ['own voice, narrow', 'place="testford"', 300],
      ['own voice in Arabic', 'place="testford" lang="ar"', 600],
    ] as const;
    for (const theme of ['light', 'dark'] as const) {
      for (const [state, attributes, width] of states) {
        it(`has no violations with every panel closed, then open: ${state}, theme="${theme}"`, async () => {
          const widget = await make(`src="${TESTLAND}" ${attributes} theme="${theme}"`, width);
          await expect(widget).to.be.accessible();
          for (const toggle of toggles(widget)) toggle.click();
          await widget.updateComplete;
          expect(toggles(widget).every((toggle) => toggle.getAttribute('aria-expanded') === 'true')).to.be.true;
          await expect(widget).to.be.accessible();
        });
      }
    }
  });
});
