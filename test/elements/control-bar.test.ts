import '../../src/elements/control-bar/control-bar.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { localeFor } from '../../src/controllers/locale.js';
import { controlBarFallbackLine } from '../../src/elements/control-bar/control-bar.fallback.js';
import { controlBarStyles } from '../../src/elements/control-bar/control-bar.styles.js';
import { contrastRatio } from '../../src/helpers/contrast.js';
import type { WidgetErrorDetail, WidgetInteractDetail, WidgetReadyDetail } from '../../src/base/events.js';
import { SEED_URL, captureConsole, factText, fixtureText, hexOf, longDate, percent, textOf, visibleText, waitForState, type Widget, type WidgetStatus } from '../helpers.js';
import { describeWidgetContract } from './widget-contract.js';

describeWidgetContract({
  tag: 'control-bar',
  attribute: 'place',
  id: 'deir-al-zour-province',
  readyText: 'Islamic State: about a third',
  arabicText: 'محافظة دير الزور',
  misspelt: ['deir-al-zour-provnce', 'deir-al-zour-province'],
  change: (bundle) => {
    const control = bundle.control as Array<{ id: string; shares: Array<Record<string, unknown>> }>;
    const [share] = control.find((snapshot) => snapshot.id === 'deir-al-zour-province-2017-11-03')!.shares;
    share.share = 0.25;
    share.words = { en: 'about a quarter', ar: { text: 'نحو الربع', translation: true } };
    return 'Islamic State: about a quarter';
  },
});

const THREE = '/test/fixtures/elements/control-bar-three-snapshots.json';
/** The seed's "Friday", as its data writes it: the article gives no calendar date. */
const FRIDAY = 'Friday [3 November 2017, as the editors read it]';

/** A control-bar from attributes, inside a container of the given width, once it shows `state`. */
async function make(attributes: string, width = 600, state: WidgetStatus = 'ready'): Promise<Widget> {
  const container = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  container.innerHTML = `<control-bar ${attributes}></control-bar>`;
  const widget = container.firstElementChild as Widget;
  await waitForState(widget, state);
  return widget;
}

const all = <T extends Element = HTMLElement>(widget: Widget, selector: string): T[] => [
  ...widget.shadowRoot!.querySelectorAll<T>(selector),
];
const one = <T extends Element = HTMLElement>(widget: Widget, selector: string): T => {
  const found = widget.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
/** What the legend says, item by item (the same text a screen reader reads in the list). */
const legend = (widget: Widget, row = 0) => [...all(widget, '[part~="legend"]')[row].querySelectorAll(':scope > li')].map(factText);
const actorSegments = (widget: Widget) => all(widget, '[part~="segment"]:not([part~="remainder"])');
/** A segment's width, and the part of it drawn solid, as fractions of the bar. */
const widthOf = (segment: HTMLElement) => parseFloat(segment.style.inlineSize) / 100;
const solidOf = (segment: HTMLElement) => (widthOf(segment) * parseFloat(segment.style.getPropertyValue('--_solid'))) / 100;
const shownDate = (widget: Widget) => one(widget, '[part~="time"] time').getAttribute('datetime');
const slider = (widget: Widget) => one<HTMLInputElement>(widget, '[part~="slider"]');
/** Presses a key on the focused control and gives the `nw-interact` detail it fired, once rendered. */
async function pressKey(widget: Widget, key: string): Promise<WidgetInteractDetail> {
  const interaction = oneEvent(widget, 'nw-interact');
  await sendKeys({ press: key });
  const detail = ((await interaction) as CustomEvent<WidgetInteractDetail>).detail;
  await widget.updateComplete;
  return detail;
}

describe('<control-bar>', () => {
  it('uses a valid test fixture', async () => {
    const bundle: unknown = JSON.parse(await fixtureText('elements/control-bar-three-snapshots.json'));
    expect(validateBundle(bundle).problems).to.deep.equal([]);
  });

  describe('the seed bundle', () => {
    it('shows Deir al-Zour Province: Islamic State about a third, in the article\'s words, the rest unknown', async () => {
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province"`);
      expect(textOf(one(widget, '[part~="place"]'))).to.equal('Deir al-Zour Province');
      expect(legend(widget)).to.deep.equal(['Islamic State: about a third', 'Rest unknown']);
      expect(visibleText(widget)).to.include('The article does not say who holds the rest of the province.');
      expect(visibleText(widget)).to.include(`Source: ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing · as of ${FRIDAY}`);
      expect(one(widget, '[part~="sources"] time').getAttribute('datetime')).to.equal('2017-11-03');
      expect(all(widget, '[part~="sources"] a')).to.have.length(0);
      expect(all(widget, '[part~="slider"]')).to.have.length(0);
    });

    it('gives screen readers the legend as the text alternative, named by place and date, and hides the bar', async () => {
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province"`);
      const list = one(widget, '[part~="legend"]');
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal(`Who controls Deir al-Zour Province, as of ${FRIDAY}`);
      expect(one(widget, '[part~="bar"]').getAttribute('aria-hidden')).to.equal('true');
      const row = one(widget, '[part~="row"]');
      expect(row.getAttribute('role')).to.equal('group');
      expect(textOf(one(widget, `#${row.getAttribute('aria-labelledby')}`))).to.equal('Deir al-Zour Province');
    });

    it('draws the seed\'s Qaim share in words ("most") as more than half with an open edge, not as all hatching', async () => {
      const widget = await make(`src="${SEED_URL}" place="qaim"`);
      expect(legend(widget)).to.deep.equal(['Iraqi forces: most of the town of Qaim', 'Rest unknown']);
      expect(textOf(one(widget, '[part~="attribution"]'))).to.equal('According to the Iraqi military chief of staff');
      const [forces] = actorSegments(widget);
      expect(forces.dataset.kind).to.equal('above');
      // Solid up to half the bar ("most" is more than half), then fading out with no edge: open.
      expect(solidOf(forces)).to.be.closeTo(0.5, 0.001);
      expect(widthOf(forces)).to.be.above(0.5);
      expect(getComputedStyle(forces).backgroundImage).to.match(/^linear-gradient\(to right, rgb\(15, 110, 140\) 80%, rgba\(0, 0, 0, 0\)\)$/);
      expect(getComputedStyle(forces).borderInlineEndStyle).to.equal('none');
      const rest = one(widget, '[part~="remainder"]');
      expect(widthOf(forces) + widthOf(rest)).to.be.closeTo(1, 0.001);
      expect(getComputedStyle(rest).backgroundImage).to.include('repeating-linear-gradient');
      expect(textOf(rest)).to.equal('Rest unknown');
      const swatch = one(widget, '.swatch.in-words');
      expect(getComputedStyle(swatch).backgroundImage).to.include('linear-gradient').and.not.include('repeating');
      expect(hexOf(getComputedStyle(swatch).borderTopColor)).to.equal('#0f6e8c');
    });

    it('shows a share\'s note as a statement after the actor\'s name', async () => {
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province"`);
      expect(all(widget, '.share-note').map(factText)).to.deep.equal([
        'Islamic State: Including a string of small towns and villages, and an oil field; the article does not name them.',
      ]);
    });

    it('compares places, one labelled row each, with place="deir-al-zour bukamal"', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const ready = oneEvent(container, 'nw-ready');
      container.innerHTML = `<control-bar src="${SEED_URL}" place="deir-al-zour bukamal"></control-bar>`;
      expect(((await ready) as CustomEvent<WidgetReadyDetail>).detail.entity).to.equal('deir-al-zour bukamal');
      const widget = container.firstElementChild as Widget;
      await waitForState(widget, 'ready');
      const rows = all(widget, '[part~="row"]');
      expect(rows.map((row) => textOf(one(widget, `#${row.getAttribute('aria-labelledby')}`)))).to.deep.equal([
        'Deir al-Zour',
        'Bukamal',
      ]);
      expect(legend(widget, 0)).to.deep.equal(['Syrian government: 100%']);
      expect(legend(widget, 1)).to.deep.equal(['Islamic State: 100%']);
      // The city's snapshot is the Syrian army's account; the list's name says so.
      expect(all(widget, '[part~="legend"]').map((list) => list.getAttribute('aria-label'))).to.deep.equal([
        `Who controls Deir al-Zour, as of ${FRIDAY}. According to the Syrian army`,
        `Who controls Bukamal, as of ${FRIDAY}`,
      ]);
      expect(textOf(rows[0].querySelector('[part~="attribution"]'))).to.equal('According to the Syrian army');
      expect(rows[1].querySelector('[part~="attribution"]')).to.be.null;
      await expect(widget).to.be.accessible();
    });

    it('names every id of a place list that is not in the bundle, with its near misses', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      let widget!: Widget;
      const errors = await captureConsole('error', async () => {
        const failed = oneEvent(container, 'nw-error');
        container.innerHTML = `<control-bar src="${SEED_URL}" place="bukamall deir-al-zour qaimm"></control-bar>`;
        widget = container.firstElementChild as Widget;
        expect(((await failed) as CustomEvent<WidgetErrorDetail>).detail.code).to.equal('entity-not-found');
        await waitForState(widget, 'error');
      });
      expect(errors).to.have.length(1);
      expect(errors[0])
        .to.include('no place "bukamall" (did you mean "bukamal"?)')
        .and.include('"qaimm" (did you mean "qaim"?)')
        .and.not.include('"deir-al-zour" (');
      expect(visibleText(widget)).to.include('This graphic has nothing to show for “bukamall qaimm”.');
      expect(all(widget, '[part~="bar"]')).to.have.length(0);
      await expect(widget).to.be.accessible();
    });

    it('draws shares to scale from the start edge, left to right in English', async () => {
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province"`);
      const bar = one(widget, '[part~="bar"]').getBoundingClientRect();
      const [state] = actorSegments(widget).map((segment) => segment.getBoundingClientRect());
      expect(state.width / bar.width).to.be.closeTo(0.333, 0.005);
      expect(state.left).to.be.closeTo(bar.left, 0.5);
      expect(one(widget, '[part~="remainder"]').getBoundingClientRect().width / bar.width).to.be.closeTo(0.667, 0.005);
    });

    it('draws shares from the right edge in Arabic, with Arabic legend strings', async () => {
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province" lang="ar"`);
      const bar = one(widget, '[part~="bar"]').getBoundingClientRect();
      const [state] = actorSegments(widget).map((segment) => segment.getBoundingClientRect());
      expect(state.width / bar.width).to.be.closeTo(0.333, 0.005);
      expect(state.right).to.be.closeTo(bar.right, 0.5);
      expect(legend(widget)).to.deep.equal(['تنظيم الدولة الإسلامية: نحو الثلث', 'الباقي غير معروف']);
      await expect(widget).to.be.accessible();
    });
  });

  describe('time', () => {
    it('steps through three dated snapshots with the keyboard, firing step-time', async () => {
      const widget = await make(`src="${THREE}" place="testville"`);
      const input = slider(widget);
      expect(input.labels?.[0]?.textContent).to.equal('As of');
      expect(shownDate(widget)).to.equal('2017-11-01');
      expect(input.value).to.equal('2');
      expect(input.getAttribute('aria-valuetext')).to.equal(longDate('2017-11-01'));
      expect(legend(widget)).to.deep.equal(['North Front: 25%', 'South League: 75%']);

      input.focus();
      const press = (key: string) => pressKey(widget, key);

      expect(await press('Home')).to.deep.equal({ action: 'step-time', entity: 'testville', value: '2017-09-01' });
      expect(shownDate(widget)).to.equal('2017-09-01');
      expect(input.getAttribute('aria-valuetext')).to.equal(longDate('2017-09-01'));
      expect(visibleText(widget)).to.include(`As of ${longDate('2017-09-01')}`);
      expect(legend(widget)).to.deep.equal(['North Front: about 60%', 'South League: 20%', 'Contested: about 20%']);
      expect(visibleText(widget)).to.include('Fighting in the old town.');

      expect(await press('ArrowRight')).to.deep.equal({ action: 'step-time', entity: 'testville', value: '2017-10-01' });
      expect(shownDate(widget)).to.equal('2017-10-01');
      expect(legend(widget)).to.deep.equal(['North Front: 30%', 'South League: part (no figure given)', 'Rest unknown']);

      expect(await press('End')).to.deep.equal({ action: 'step-time', entity: 'testville', value: '2017-11-01' });
      expect(legend(widget)).to.deep.equal(['North Front: 25%', 'South League: 75%']);
      expect(widget.shadowRoot!.activeElement).to.equal(input);
    });

    it('resizes the same segments when stepping, drawing a share in words as a fading part of the room the figures leave', async () => {
      const widget = await make(`src="${THREE}" place="testville"`);
      const [north, south] = actorSegments(widget);
      const input = slider(widget);
      input.value = '1';
      input.dispatchEvent(new Event('input'));
      await widget.updateComplete;
      expect(actorSegments(widget)).to.deep.equal([north, south]);
      expect(north.style.inlineSize).to.equal('30%');
      expect(north.dataset.kind).to.equal('exact');
      // "part" has no size: a little of the 70% left, fading from its start, never to a scale it does not have.
      expect(south.dataset.kind).to.equal('part');
      expect(south.hasAttribute('data-empty')).to.be.false;
      expect(widthOf(south)).to.be.closeTo(0.175, 0.001);
      expect(solidOf(south)).to.equal(0);
      expect(widthOf(one(widget, '[part~="remainder"]'))).to.be.closeTo(0.525, 0.001);
    });

    it('pins the snapshot in force at the date attribute, and still lets the reader step from there', async () => {
      const widget = await make(`src="${THREE}" place="testville" date="2017-10-15"`);
      expect(shownDate(widget)).to.equal('2017-10-01');
      expect(slider(widget).value).to.equal('1');
      expect(legend(widget)).to.deep.equal(['North Front: 30%', 'South League: part (no figure given)', 'Rest unknown']);

      slider(widget).value = '2';
      slider(widget).dispatchEvent(new Event('input'));
      await widget.updateComplete;
      expect(shownDate(widget)).to.equal('2017-11-01');

      widget.setAttribute('date', '2017-09-01');
      await widget.updateComplete;
      expect(shownDate(widget)).to.equal('2017-09-01');
      expect(legend(widget)).to.deep.equal(['North Front: about 60%', 'South League: 20%', 'Contested: about 20%']);
    });

    it('pins the seed snapshot of the article\'s day with date="2017-11-03"', async () => {
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province" date="2017-11-03"`);
      expect(legend(widget)).to.deep.equal(['Islamic State: about a third', 'Rest unknown']);
    });

    it('says there is no control data for a date before the first snapshot', async () => {
      const widget = await make(`src="${THREE}" place="testville" date="2017-08-01"`);
      expect(visibleText(widget)).to.equal(`Testville No control data as of ${longDate('2017-08-01')}`);
      expect(one(widget, '[part~="no-data"] time').getAttribute('datetime')).to.equal('2017-08-01');
      expect(all(widget, '[part~="bar"]')).to.have.length(0);
      await expect(widget).to.be.accessible();
    });

    it('says there is no control data, as of the bundle\'s update, for a place without snapshots', async () => {
      const widget = await make(`src="${THREE}" place="emptyville"`);
      expect(visibleText(widget)).to.equal(`Emptyville No control data as of ${longDate('2017-11-20')}`);
    });

    /** A widget given `date`, with the nw-error codes and the console errors it made. */
    async function withBadDate(date: string): Promise<{ widget: Widget; codes: string[]; errors: string }> {
      let widget!: Widget;
      const codes: string[] = [];
      const listen = (event: Event) => codes.push((event as CustomEvent<WidgetErrorDetail>).detail.code);
      document.addEventListener('nw-error', listen);
      const errors = await captureConsole('error', async () => {
        widget = await make(`src="${THREE}" place="testville" date="${date}"`, 600, 'error');
      });
      document.removeEventListener('nw-error', listen);
      return { widget, codes, errors: errors.join('\n') };
    }

    it('reports a date attribute that is not a date to the editor', async () => {
      const { widget, codes, errors } = await withBadDate('3 Nov');
      expect(codes).to.deep.equal(['attribute-invalid']);
      expect(errors).to.include('date="3 Nov" is not a date').and.include('date="2017-11-03"');
      expect(visibleText(widget)).to.include('This graphic has nothing to show for “3 Nov”.');
    });

    it('reports date="2017-02-30", which is not on the calendar, as the validator and the CLI do', async () => {
      const { widget, codes, errors } = await withBadDate('2017-02-30');
      expect(codes).to.deep.equal(['attribute-invalid']);
      expect(one(widget, '[part~="base"]').dataset.state).to.equal('error');
      expect(one(widget, '[part~="notice"]').dataset.code).to.equal('attribute-invalid');
      expect(errors).to.include('date="2017-02-30" is not a date').and.include('date="2017-11-03"');
      expect(visibleText(widget)).to.include('This graphic has nothing to show for “2017-02-30”.');
    });

    it('says shares in words and the remainder in Arabic', async () => {
      const widget = await make(`src="${THREE}" place="testville" date="2017-10-01" lang="ar"`);
      expect(legend(widget).slice(1)).to.deep.equal(['رابطة الجنوب: جزء منها (لم يُذكر رقم)', 'الباقي غير معروف']);
      expect(slider(widget).labels?.[0]?.textContent).to.equal('اعتبارًا من');
      await expect(widget).to.be.accessible();
    });
  });

  describe('drawing', () => {
    it('keeps a near-black actor colour visible in the dark theme, with readable labels on every colour', async () => {
      const light = await make(`src="${THREE}" place="testville" date="2017-09-01" theme="light"`, 800);
      const dark = await make(`src="${THREE}" place="testville" date="2017-09-01" theme="dark"`, 800);
      expect(hexOf(getComputedStyle(actorSegments(light)[0]).backgroundColor)).to.equal('#111111');
      const darkNorth = hexOf(getComputedStyle(actorSegments(dark)[0]).backgroundColor);
      expect(contrastRatio(darkNorth, '#1c1c1e')).to.be.at.least(3);
      expect(hexOf(getComputedStyle(one(dark, '[part~="swatch"]')).backgroundColor)).to.equal(darkNorth);
      for (const widget of [light, dark]) {
        for (const segment of actorSegments(widget)) {
          const color = hexOf(getComputedStyle(segment).color);
          expect(contrastRatio(color, hexOf(getComputedStyle(segment).backgroundColor))).to.be.at.least(4.5);
        }
      }
    });

    it('labels a segment inside the bar only where the label fits', async () => {
      const wide = await make(`src="${THREE}" place="testville" date="2017-09-01"`, 800);
      const [north] = actorSegments(wide);
      expect(visibleText(wide)).to.include('North Front about 60%');
      expect(getComputedStyle(north.querySelector('.label')!).display).not.to.equal('none');

      const narrow = await make(`src="${THREE}" place="testville" date="2017-09-01"`, 280);
      const south = actorSegments(narrow)[1];
      expect(getComputedStyle(south.querySelector('.label')!).display).to.equal('none');
      expect(legend(narrow)).to.include('South League: 20%');
    });

    it('separates segments with a line in the surface colour', async () => {
      const widget = await make(`src="${THREE}" place="testville" date="2017-09-01"`);
      const [north, south] = actorSegments(widget);
      expect(getComputedStyle(north).borderInlineStartWidth).to.equal('0px');
      expect(getComputedStyle(south).borderInlineStartWidth).to.equal('2px');
      expect(hexOf(getComputedStyle(south).borderInlineStartColor)).to.equal('#ffffff');
    });

    it('animates segment widths only without reduced motion', async () => {
      expect(controlBarStyles.cssText).to.match(
        /@media \(prefers-reduced-motion: no-preference\) \{\s*\.segment \{\s*transition: inline-size/,
      );
      // Only Chromium's driver can emulate media features here (not Firefox's BiDi nor WebKit's WebDriver).
      if (!navigator.userAgent.includes('Chrome/')) return;
      const widget = await make(`src="${SEED_URL}" place="deir-al-zour-province"`);
      const [segment] = actorSegments(widget);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(segment).transitionDuration).to.equal('0s');
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle(segment).transitionDuration).to.equal('0.4s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('keeps segments and hatching distinguishable in forced-colors mode', () => {
      // No engine here can emulate forced colours: check that the bar keeps its drawing in system colours.
      const forced = /@media \(forced-colors: active\) \{([\s\S]*?)@media print/.exec(controlBarStyles.cssText)?.[1] ?? '';
      expect(forced).to.match(/--_unknown: CanvasText/).and.match(/--_surface: Canvas;/);
      expect(forced).to.match(/\.bar,\s*\.swatch \{\s*forced-color-adjust: none;/);
      expect(forced).to.match(/--_c: CanvasText !important/);
    });

    it('links a source with a URL and counts the click as open-source', async () => {
      const widget = await make(`src="${THREE}" place="testville"`);
      const link = one<HTMLAnchorElement>(widget, '[part~="sources"] a');
      expect(link.href).to.equal('https://example.com/testland');
      link.addEventListener('click', (event) => event.preventDefault());
      const interaction = oneEvent(widget, 'nw-interact');
      link.click();
      expect(((await interaction) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
        action: 'open-source',
        entity: 'testville',
        value: 'testland-wire',
      });
    });
  });

  describe('axe', () => {
    const states = [
      ['a share and an unknown remainder', `src="${SEED_URL}" place="deir-al-zour-province"`],
      ['a share in words', `src="${SEED_URL}" place="qaim"`],
      ['two places', `src="${SEED_URL}" place="deir-al-zour bukamal"`],
      ['a contested remainder, with the time slider', `src="${THREE}" place="testville" date="2017-09-01"`],
      ['shares in figures and in words', `src="${THREE}" place="testville" date="2017-10-01"`],
      ['shares that fill the place', `src="${THREE}" place="testville"`],
      ['no control data', `src="${THREE}" place="testville emptyville" date="2017-08-01"`],
    ];
    for (const theme of ['light', 'dark']) {
      for (const [state, attributes] of states) {
        it(`has no violations with ${state}, theme="${theme}"`, async () => {
          const widget = await make(`${attributes} theme="${theme}"`);
          await expect(widget).to.be.accessible();
        });
      }
    }
  });
});

describe('<control-bar> with claims (testland-claims.json, fictional)', () => {
  /** The claims bundle with one more Testland Province snapshot, in the source's voice, shown. */
  async function withOneMoreProvinceSnapshot(id: string, asOf: string, share: Record<string, unknown>): Promise<Widget> {
    const bundle = JSON.parse(await fixtureText('../../stories/bundles/testland-claims.json')) as { control: Array<Record<string, unknown>> };
    bundle.control.push({ id, place: 'testland-province', asOf, shares: [share], remainder: 'unknown', sources: ['testland-wire'] });
    const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
    const widget = document.createElement('control-bar') as Widget & { bundle: unknown; place: string };
    widget.place = 'testland-province';
    widget.bundle = bundle;
    container.append(widget);
    await waitForState(widget, 'ready');
    return widget;
  }

  const CLAIMS = '/stories/bundles/testland-claims.json';
  const claimRows = (widget: Widget) => all(widget, '[part~="claim"]');
  const attributions = (widget: Widget) => all(widget, '[part~="attribution"]').map(textOf);

  it('shows competing claims side by side, each with who gives it, and says they differ', async () => {
    const widget = await make(`src="${CLAIMS}" place="testland-province"`, 800);
    expect(claimRows(widget)).to.have.length(2);
    expect(attributions(widget)).to.deep.equal(['According to North Front', 'According to independent observers']);
    expect(legend(widget, 0)).to.deep.equal([`North Front: about ${percent(0.7)}`, `Unknown: about ${percent(0.3)}`]);
    expect(legend(widget, 1)).to.deep.equal([`North Front: about ${percent(0.45)}`, `Contested: about ${percent(0.55)}`]);
    expect(textOf(one(widget, '[part~="claims-differ"]'))).to.equal('The accounts differ; each is shown with who gives it.');
    expect(all(widget, '[part~="claims-differ"]')).to.have.length(1);
    // Said once, under the place's name and before the accounts, so that neither reads as an update of the other.
    expect(all(widget, '[part~="place"], [part~="claims-differ"], [part~="claim"]').map((each) => each.getAttribute('part'))).to.deep.equal([
      'place',
      'claims-differ',
      'claim',
      'claim',
    ]);
    expect(all(widget, '[part~="place"]')).to.have.length(1);
    // Neither claim is drawn as the main one: both framed alike, side by side in a wide column.
    const [first, second] = claimRows(widget).map((claim) => claim.getBoundingClientRect());
    expect(Math.abs(first.top - second.top)).to.be.below(1);
    expect(Math.abs(first.width - second.width)).to.be.below(1);
    await expect(widget).to.be.accessible();
  });

  it('stacks the claims in a narrow column', async () => {
    const widget = await make(`src="${CLAIMS}" place="testland-province"`, 300);
    const [first, second] = claimRows(widget).map((claim) => claim.getBoundingClientRect());
    expect(second.top).to.be.at.least(first.bottom);
    await expect(widget).to.be.accessible();
  });

  it('gives a screen reader the claimant with the fact, in the legend\'s name', async () => {
    const widget = await make(`src="${CLAIMS}" place="testland-province"`);
    const names = all(widget, '[part~="legend"]').map((list) => list.getAttribute('aria-label'));
    expect(names[0]).to.equal(`Who controls Testland Province, as of ${longDate('2017-11-19')}. According to North Front`);
    // The observers' snapshot is dated as a date-time ("2017-11-19T00:00:00Z"): it says its time too.
    expect(names[1]).to.match(/^Who controls Testland Province, as of .+\. According to independent observers$/);
    expect(names).to.have.length(2);
  });

  it('names a speaker by name and role, and a share\'s own claimant in its legend item', async () => {
    const testford = await make(`src="${CLAIMS}" place="testford"`);
    expect(attributions(testford)).to.deep.equal(["According to Ada Testwell, the River Guard's commander"]);
    expect(all(testford, '[part~="claims-differ"]')).to.have.length(0);
    const testville = await make(`src="${CLAIMS}" place="testville"`);
    expect(attributions(testville)).to.deep.equal([]);
    expect(legend(testville)).to.deep.equal([
      `South League: ${percent(0.5)}`,
      'River Guard: part (no figure given), according to a River Guard spokesman',
      'Rest unknown',
    ]);
    await expect(testville).to.be.accessible();
  });

  it('says who says so in Arabic, dark', async () => {
    const widget = await make(`src="${CLAIMS}" place="testland-province" lang="ar" theme="dark"`);
    expect(attributions(widget)).to.deep.equal(['بحسب جبهة الشمال', 'بحسب مراقبين مستقلين']);
    expect(textOf(one(widget, '[part~="claims-differ"]'))).to.equal('الروايات متباينة؛ تُعرض كل رواية مع الجهة التي تقدّمها.');
    await expect(widget).to.be.accessible();
  });

  it('steps through moments, not snapshots: the two claims of one date are one step', async () => {
    const widget = await withOneMoreProvinceSnapshot('province-earlier', '2017-10-01', { actor: 'south-league', share: 0.5 });
    expect(slider(widget).max).to.equal('1');
    expect(claimRows(widget)).to.have.length(2);
    slider(widget).value = '0';
    slider(widget).dispatchEvent(new Event('input'));
    await widget.updateComplete;
    expect(shownDate(widget)).to.equal('2017-10-01');
    expect(claimRows(widget)).to.have.length(1);
    expect(legend(widget)).to.deep.equal([`South League: ${percent(0.5)}`, `Unknown: ${percent(0.5)}`]);
    slider(widget).value = '1';
    slider(widget).dispatchEvent(new Event('input'));
    await widget.updateComplete;
    expect(claimRows(widget)).to.have.length(2);
    expect(attributions(widget)).to.deep.equal(['According to North Front', 'According to independent observers']);
  });

  it('steps with the keyboard onto the moment with claims and back, firing step-time', async () => {
    const widget = await withOneMoreProvinceSnapshot('province-later', '2017-11-20', { actor: 'north-front', share: 0.6, approximate: true });
    expect(shownDate(widget)).to.equal('2017-11-20');
    expect(all(widget, '[part~="claims-differ"]')).to.have.length(0);
    slider(widget).focus();
    const press = (key: string) => pressKey(widget, key);
    expect(await press('ArrowLeft')).to.deep.equal({ action: 'step-time', entity: 'testland-province', value: '2017-11-19' });
    expect(slider(widget).getAttribute('aria-valuetext')).to.equal(longDate('2017-11-19'));
    expect(attributions(widget)).to.deep.equal(['According to North Front', 'According to independent observers']);
    expect(all(widget, '[part~="claims-differ"]')).to.have.length(1);
    await expect(widget).to.be.accessible();
    expect(await press('ArrowRight')).to.deep.equal({ action: 'step-time', entity: 'testland-province', value: '2017-11-20' });
    expect(claimRows(widget)).to.have.length(1);
    expect(attributions(widget)).to.deep.equal([]);
    expect(widget.shadowRoot!.activeElement).to.equal(slider(widget));
  });

  it('shows every claim of the moment with date="2017-11-19", and none before it', async () => {
    const widget = await make(`src="${CLAIMS}" place="testland-province" date="2017-11-19"`);
    expect(attributions(widget)).to.deep.equal(['According to North Front', 'According to independent observers']);
    expect(all(widget, '[part~="claims-differ"]')).to.have.length(1);
    const before = await make(`src="${CLAIMS}" place="testland-province" date="2017-11-18"`);
    expect(visibleText(before)).to.equal(`Testland Province No control data as of ${longDate('2017-11-18')}`);
  });

  it('says a share\'s claimant and the snapshot\'s in Arabic', async () => {
    const testville = await make(`src="${CLAIMS}" place="testville" lang="ar"`);
    expect(legend(testville)[1]).to.equal('حرس النهر: جزء منها (لم يُذكر رقم)، بحسب متحدث باسم حرس النهر');
    const testford = await make(`src="${CLAIMS}" place="testford" lang="ar"`);
    expect(attributions(testford)).to.deep.equal(['بحسب آدا تستويل، قائدة حرس النهر']);
    expect(one(testford, '[part~="legend"]').getAttribute('aria-label')).to.equal(
      `من يسيطر على تستفورد، اعتبارًا من ${longDate('2017-11-18', 'ar')}. بحسب آدا تستويل، قائدة حرس النهر`,
    );
  });

  it('writes the fallback line with who says so, every claim of the moment in turn', async () => {
    const index = new BundleIndex(JSON.parse(await fixtureText('../../stories/bundles/testland-claims.json')) as Bundle);
    const line = (place: string, lang = 'en') => controlBarFallbackLine(index, new Map([['place', place]]), localeFor(lang, 'en'));
    expect(line('testland-province')).to.equal(
      `Testland Province: North Front: about ${percent(0.7)}, according to North Front; North Front: about ${percent(0.45)}, according to independent observers (as of ${longDate('2017-11-19')}).`,
    );
    expect(line('testville')).to.equal(
      `Testville: South League: ${percent(0.5)}, River Guard: part (no figure given), according to a River Guard spokesman (as of ${longDate('2017-11-20')}).`,
    );
    expect(line('testford', 'ar')).to.include('حرس النهر: معظمها (لم يُذكر رقم)، بحسب آدا تستويل، قائدة حرس النهر');
  });

  describe('axe', () => {
    const states = [
      ['competing claims, side by side', `src="${CLAIMS}" place="testland-province"`, 800],
      ['competing claims, stacked', `src="${CLAIMS}" place="testland-province"`, 300],
      ['competing claims in Arabic', `src="${CLAIMS}" place="testland-province" lang="ar"`, 600],
      ['a named speaker\'s claim', `src="${CLAIMS}" place="testford"`, 600],
      ['an attributed share', `src="${CLAIMS}" place="testville"`, 600],
      ['every place of the bundle', `src="${CLAIMS}" place="testland-province testford testville"`, 600],
    ] as const;
    for (const theme of ['light', 'dark']) {
      for (const [state, attributes, width] of states) {
        it(`has no violations with ${state}, theme="${theme}"`, async () => {
          const widget = await make(`${attributes} theme="${theme}"`, width);
          await expect(widget).to.be.accessible();
        });
      }
    }
  });
});

describe('<control-bar> with testland.json (every construct of the format, fictional)', () => {
  const TESTLAND = '/stories/bundles/testland.json';
  const claimOf = (widget: Widget, n = 0) => all(widget, '[part~="claim"]')[n];
  /** The segment of an actor in one claim's bar. */
  const segmentOf = (claim: Element, actor: string) => {
    const found = claim.querySelector<HTMLElement>(`[part~="segment"][data-actor="${actor}"]`);
    if (!found) throw new Error(`no segment for ${actor}`);
    return found;
  };
  const restOf = (claim: Element) => claim.querySelector<HTMLElement>('[part~="remainder"]');
  const edgeOf = (segment: HTMLElement) => getComputedStyle(segment).borderInlineEndStyle;
  const arNumber = (value: number) => new Intl.NumberFormat('ar').format(value);
  const yearIn = (lang: string) => new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2017, 0, 1));
  /** "September – October 2017", as the widgets write a range of months. */
  const monthRange = (lang = 'en') =>
    new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(Date.UTC(2017, 8, 1), Date.UTC(2017, 9, 1));
  /** The legend as a screen reader gets it: the list's name, then each item. */
  const spoken = (widget: Widget, n = 0) => {
    const list = all(widget, '[part~="legend"]')[n];
    return [list.getAttribute('aria-label'), ...[...list.querySelectorAll(':scope > li')].map(factText)];
  };

  it('uses a valid bundle', async () => {
    const bundle: unknown = JSON.parse(await fixtureText('../../stories/bundles/testland.json'));
    expect(validateBundle(bundle).problems).to.deep.equal([]);
  });

  it('draws "less than half" up to half, fading, with a dashed edge at the bound, in the observers\' words', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`, 800);
    const observers = claimOf(widget, 1);
    expect(legend(widget, 1)).to.deep.equal(['North Front: less than half', 'Rest contested']);
    const north = segmentOf(observers, 'north-front');
    expect(north.dataset.kind).to.equal('below');
    expect(widthOf(north)).to.be.closeTo(0.5, 0.001);
    expect(solidOf(north)).to.equal(0);
    expect(getComputedStyle(north).backgroundImage).to.include('linear-gradient');
    expect(edgeOf(north)).to.equal('dashed');
    expect(textOf(north)).to.equal('North Front less than half');
    // The rest is contested, with no figure: beside a bound it has none.
    expect(widthOf(restOf(observers)!)).to.be.closeTo(0.5, 0.001);
    expect(textOf(restOf(observers))).to.equal('Rest contested');
    expect(visibleText(widget)).not.to.include('less than 50%');
  });

  it('says "less than 50%" for a bound the source gives no words for', async () => {
    const bundle = JSON.parse(await fixtureText('../../stories/bundles/testland.json')) as Bundle;
    delete (bundle.control.find((snapshot) => snapshot.id === 'province-observers')!.shares[0] as { words?: unknown }).words;
    const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
    const widget = document.createElement('control-bar') as Widget & { place: string };
    widget.place = 'testland-province';
    widget.bundle = bundle;
    container.append(widget);
    await waitForState(widget, 'ready');
    expect(legend(widget, 1)).to.deep.equal([`North Front: less than ${percent(0.5)}`, 'Rest contested']);
  });

  it('shows competing claims with a bound side by side: "about 70%" against "less than half", each with who says so', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`, 800);
    expect(all(widget, '[part~="claim"]')).to.have.length(2);
    expect(all(widget, '[part~="attribution"]').map(textOf)).to.deep.equal(['According to North Front', 'According to independent observers']);
    expect(all(widget, '[part~="claims-differ"]')).to.have.length(1);
    expect(legend(widget, 0)).to.deep.equal([`North Front: about ${percent(0.7)} (more than 30 of 52 districts)`, `Unknown: about ${percent(0.3)}`]);
    expect(legend(widget, 1)).to.deep.equal(['North Front: less than half', 'Rest contested']);
    const [first, second] = all(widget, '[part~="claim"]').map((claim) => claim.getBoundingClientRect());
    expect(Math.abs(first.top - second.top)).to.be.below(1);
    expect(segmentOf(claimOf(widget, 0), 'north-front').dataset.kind).to.equal('exact');
    await expect(widget).to.be.accessible();
  });

  it('gives a screen reader the bound, the words, the counts and who says so', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province"`, 800);
    expect(spoken(widget, 0)).to.deep.equal([
      `Who controls Testland Province, as of ${longDate('2017-11-19')}. According to North Front`,
      `North Front: about ${percent(0.7)} (more than 30 of 52 districts)`,
      `Unknown: about ${percent(0.3)}`,
    ]);
    const [label, ...items] = spoken(widget, 1);
    expect(label).to.match(/^Who controls Testland Province, as of .+\. According to independent observers$/);
    expect(items).to.deep.equal(['North Front: less than half', 'Rest contested']);
    const testville = await make(`src="${TESTLAND}" place="testville"`);
    expect(spoken(testville)).to.deep.equal([
      'Who controls Testville, as of around June 2017',
      `North Front: more than ${percent(0.6)}`,
      `River Guard: at most ${percent(0.25)}, according to a River Guard spokesman`,
      'Rest unknown',
    ]);
    expect(one(widget, '[part~="bar"]').getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws "more than 60%" solid to 60% with an open, fading edge, and "at most 25%" fading to a dashed edge', async () => {
    const widget = await make(`src="${TESTLAND}" place="testville"`, 800);
    const claim = claimOf(widget);
    const north = segmentOf(claim, 'north-front');
    expect(north.dataset.kind).to.equal('above');
    expect(solidOf(north)).to.be.closeTo(0.6, 0.001);
    expect(widthOf(north)).to.be.above(0.6);
    expect(edgeOf(north)).to.equal('none');
    const guard = segmentOf(claim, 'river-guard');
    expect(guard.dataset.kind).to.equal('below');
    expect(widthOf(guard)).to.be.closeTo(0.25, 0.001);
    expect(solidOf(guard)).to.equal(0);
    expect(edgeOf(guard)).to.equal('dashed');
    // The unknown rest is still drawn, hatched, where the bounds leave room.
    const rest = restOf(claim)!;
    expect(widthOf(rest)).to.be.above(0);
    expect(widthOf(north) + widthOf(guard) + widthOf(rest)).to.be.closeTo(1, 0.001);
    expect(textOf(north)).to.equal(`North Front more than ${percent(0.6)}`);
    // Each part of the bar is told apart: the actors' swatches fade out as their segments do.
    expect(all(widget, '[part~="legend"] .swatch').map((swatch) => swatch.className)).to.deep.equal([
      'swatch open',
      'swatch open',
      'swatch remainder',
    ]);
  });

  it('shows "at least a third" as written, solid to a third with an open edge, dated September – October 2017', async () => {
    const widget = await make(`src="${TESTLAND}" place="east-district"`);
    expect(legend(widget)).to.deep.equal(['South League: at least a third', 'Rest unknown']);
    const south = segmentOf(claimOf(widget), 'south-league');
    expect(south.dataset.kind).to.equal('above');
    expect(solidOf(south)).to.be.closeTo(0.33, 0.001);
    expect(edgeOf(south)).to.equal('none');
    expect(visibleText(widget)).not.to.include('33%');
    expect(one(widget, '[part~="legend"]').getAttribute('aria-label')).to.equal(`Who controls East District, as of ${monthRange()}`);
    expect(textOf(one(widget, '[part~="sources"] time'))).to.equal(monthRange());
  });

  it('draws a range solid to its lower figure and fading to its upper one, with the note as a dated statement', async () => {
    const widget = await make(`src="${TESTLAND}" place="testland-province" date="2017-10"`);
    expect(legend(widget)).to.deep.equal([`River Guard: between ${percent(0.1)} and ${percent(0.2)}`, 'Rest unknown']);
    const guard = segmentOf(claimOf(widget), 'river-guard');
    expect(guard.dataset.kind).to.equal('range');
    expect(solidOf(guard)).to.be.closeTo(0.1, 0.001);
    expect(widthOf(guard)).to.be.closeTo(0.2, 0.001);
    expect(edgeOf(guard)).to.equal('dashed');
    expect(textOf(one(widget, '[part~="note"]'))).to.equal('Between a tenth and a fifth, by late 2017. (as of late 2017)');
    expect(textOf(one(widget, '[part~="statement-as-of"]'))).to.equal('(as of late 2017)');
  });

  it('draws "all of it except the old town" and "the old town" with no unknown segment where the remainder is none', async () => {
    const widget = await make(`src="${TESTLAND}" place="testford"`, 800);
    expect(legend(widget)).to.deep.equal(['South League: all of it except the old town', 'River Guard: the old town']);
    expect(all(widget, '[part~="remainder"]')).to.have.length(0);
    expect(all(widget, '[part~="legend"] .swatch.remainder')).to.have.length(0);
    expect(visibleText(widget)).not.to.match(/unknown|contested/i);
    const claim = claimOf(widget);
    const south = segmentOf(claim, 'south-league');
    const guard = segmentOf(claim, 'river-guard');
    expect([south.dataset.kind, guard.dataset.kind]).to.deep.equal(['all-except', 'part']);
    // Together they are the whole town: the exception is the smaller part, neither drawn to a scale the source does not give.
    expect(widthOf(south) + widthOf(guard)).to.be.closeTo(1, 0.001);
    expect(widthOf(south)).to.be.above(widthOf(guard));
    const bar = one(widget, '[part~="bar"]').getBoundingClientRect();
    expect(guard.getBoundingClientRect().right).to.be.closeTo(bar.right, 1);
    expect(textOf(one(widget, '[part~="time"], [part~="sources"] time'))).to.equal('November 2017');
  });

  it('shows counts beside the share, in their units', async () => {
    const province = await make(`src="${TESTLAND}" place="testland-province"`, 800);
    expect(textOf(one(province, '[part~="counts"]'))).to.equal('(more than 30 of 52 districts)');
    const border = await make(`src="${TESTLAND}" place="river-border"`);
    expect(legend(border)).to.deep.equal([`River Guard: most (about ${percent(0.8)} of the border)`, 'Rest unknown']);
    expect(segmentOf(claimOf(border), 'river-guard').dataset.kind).to.equal('above');
  });

  describe('dates at their precision', () => {
    it('shows "late 2017" and no day the data does not have, in the slider, the legend\'s name and the source line', async () => {
      const widget = await make(`src="${TESTLAND}" place="testland-province" date="2017-10"`);
      const time = one(widget, '[part~="time"] time');
      expect(textOf(time)).to.equal('late 2017');
      expect(time.getAttribute('datetime')).to.equal('2017');
      expect(slider(widget).getAttribute('aria-valuetext')).to.equal('late 2017');
      expect(slider(widget).value).to.equal('0');
      expect(one(widget, '[part~="legend"]').getAttribute('aria-label')).to.equal('Who controls Testland Province, as of late 2017');
      expect(all(widget, 'time').map(textOf)).to.deep.equal(['late 2017', 'late 2017', 'late 2017']);
      // No day digits anywhere (figures are followed by "%"; years have four digits).
      expect(visibleText(widget)).not.to.match(/\b\d{1,2}\b(?!%)/);
    });

    it('steps with the keyboard from late 2017 to the day of the competing claims and back, firing step-time', async () => {
      const widget = await make(`src="${TESTLAND}" place="testland-province"`, 800);
      expect(slider(widget).max).to.equal('1');
      expect(shownDate(widget)).to.equal('2017-11-19');
      const guardThen = segmentOf(claimOf(widget), 'river-guard');
      // The River Guard has no share in this claim: its segment is there, empty, for stepping to resize.
      expect(guardThen.hasAttribute('data-empty')).to.be.true;
      expect(guardThen.style.inlineSize).to.equal('0%');
      expect(getComputedStyle(guardThen).borderInlineStartWidth).to.equal('0px');
      slider(widget).focus();
      expect(await pressKey(widget, 'Home')).to.deep.equal({ action: 'step-time', entity: 'testland-province', value: '2017' });
      expect(textOf(one(widget, '[part~="time"] time'))).to.equal('late 2017');
      expect(all(widget, '[part~="claim"]')).to.have.length(1);
      expect(all(widget, '[part~="claims-differ"]')).to.have.length(0);
      expect(segmentOf(claimOf(widget), 'river-guard')).to.equal(guardThen);
      expect(widthOf(guardThen)).to.be.closeTo(0.2, 0.001);
      expect(await pressKey(widget, 'End')).to.deep.equal({ action: 'step-time', entity: 'testland-province', value: '2017-11-19' });
      expect(all(widget, '[part~="claim"]')).to.have.length(2);
      expect(slider(widget).getAttribute('aria-valuetext')).to.equal(longDate('2017-11-19'));
      expect(widget.shadowRoot!.activeElement).to.equal(slider(widget));
      await expect(widget).to.be.accessible();
    });

    it('takes a year or a month as the date attribute: the moment in force at its end', async () => {
      const year = await make(`src="${TESTLAND}" place="testland-province" date="2017"`);
      expect(all(year, '[part~="claim"]')).to.have.length(2);
      const september = await make(`src="${TESTLAND}" place="testland-province" date="2017-09"`);
      expect(textOf(one(september, '[part~="time"] time'))).to.equal('late 2017');
      const before = await make(`src="${TESTLAND}" place="testland-province" date="2016"`);
      expect(textOf(one(before, '[part~="no-data"]'))).to.equal('No control data as of 2016');
      expect(one(before, '[part~="no-data"] time').getAttribute('datetime')).to.equal('2016');
    });

    it('writes an approximate month as "around June 2017"', async () => {
      const widget = await make(`src="${TESTLAND}" place="testville"`);
      expect(textOf(one(widget, '[part~="sources"] time'))).to.equal('around June 2017');
    });
  });

  describe('in Arabic', () => {
    it('says the bounds in Arabic: more than, at most, less than half, at least a third', async () => {
      const testville = await make(`src="${TESTLAND}" place="testville" lang="ar"`);
      expect(legend(testville)).to.deep.equal([
        `جبهة الشمال: أكثر من ${percent(0.6, 'ar')}`,
        `حرس النهر: ${percent(0.25, 'ar')} على الأكثر، بحسب متحدث باسم حرس النهر`,
        'الباقي غير معروف',
      ]);
      const east = await make(`src="${TESTLAND}" place="east-district" lang="ar"`);
      expect(legend(east)).to.deep.equal(['رابطة الجنوب: الثلث على الأقل', 'الباقي غير معروف']);
      expect(one(east, '[part~="legend"]').getAttribute('aria-label')).to.equal(`من يسيطر على المنطقة الشرقية، اعتبارًا من ${monthRange('ar')}`);
      const province = await make(`src="${TESTLAND}" place="testland-province" lang="ar"`, 800);
      expect(legend(province, 0)).to.deep.equal([
        `جبهة الشمال: نحو ${percent(0.7, 'ar')} (أكثر من ${arNumber(30)} من أصل ${arNumber(52)} منطقة)`,
        `غير معروف: نحو ${percent(0.3, 'ar')}`,
      ]);
      expect(legend(province, 1)).to.deep.equal(['جبهة الشمال: أقل من النصف', 'الباقي متنازع عليه']);
      const testford = await make(`src="${TESTLAND}" place="testford" lang="ar"`);
      expect(legend(testford)).to.deep.equal(['رابطة الجنوب: كلها ما عدا البلدة القديمة', 'حرس النهر: البلدة القديمة']);
      await expect(testville).to.be.accessible();
    });

    it('draws a bound from the right edge, fading towards the left', async () => {
      const widget = await make(`src="${TESTLAND}" place="testville" lang="ar"`);
      const north = segmentOf(claimOf(widget), 'north-front');
      const bar = one(widget, '[part~="bar"]').getBoundingClientRect();
      expect(north.getBoundingClientRect().right).to.be.closeTo(bar.right, 0.5);
      expect(getComputedStyle(north).backgroundImage).to.match(/^linear-gradient\(to left, /);
    });

    it('writes late 2017 in Arabic, with no day', async () => {
      const widget = await make(`src="${TESTLAND}" place="testland-province" date="2017-10" lang="ar"`);
      expect(textOf(one(widget, '[part~="time"] time'))).to.equal(`أواخر ${yearIn('ar')}`);
      expect(one(widget, '[part~="legend"]').getAttribute('aria-label')).to.equal(`من يسيطر على محافظة تستلاند، اعتبارًا من أواخر ${yearIn('ar')}`);
      expect(legend(widget)).to.deep.equal([`حرس النهر: بين ${percent(0.1, 'ar')} و${percent(0.2, 'ar')}`, 'الباقي غير معروف']);
      await expect(widget).to.be.accessible();
    });
  });

  it('shows who says a note and when it was true, for the snapshot\'s note and a share\'s', async () => {
    const bundle = JSON.parse(await fixtureText('../../stories/bundles/testland.json')) as Bundle;
    const snapshot = bundle.control.find((each) => each.id === 'east-district-at-least')!;
    (snapshot as { note?: unknown }).note = { text: 'The League holds the east bank.', asOf: '2017-10', attribution: { actor: 'south-league' } };
    (snapshot.shares[0] as { note?: unknown }).note = { text: 'Its own figure is higher.', attribution: { group: 'independent observers' } };
    const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
    const widget = document.createElement('control-bar') as Widget & { place: string };
    widget.place = 'east-district';
    widget.bundle = bundle;
    container.append(widget);
    await waitForState(widget, 'ready');
    // The words between who says it and what is said are shared by every widget.
    const { claimSeparator } = localeFor('en').shared;
    expect(all(widget, '[part~="note"]').map(textOf)).to.deep.equal([
      `According to South League${claimSeparator}The League holds the east bank. (as of October 2017)`.replace(/\s+/g, ' '),
      `South League: According to independent observers${claimSeparator}Its own figure is higher.`.replace(/\s+/g, ' '),
    ]);
    // A note's claimant is not the snapshot's: the snapshot stays in the source's own voice.
    expect(all(widget, '[part~="attribution"]')).to.have.length(0);
  });

  it('writes the fallback line with bounds, words, counts and dates at their precision', async () => {
    const index = new BundleIndex(JSON.parse(await fixtureText('../../stories/bundles/testland.json')) as Bundle);
    const line = (place: string, lang = 'en', date?: string) =>
      controlBarFallbackLine(index, new Map([['place', place], ...(date ? [['date', date] as [string, string]] : [])]), localeFor(lang, 'en'));
    expect(line('testland-province')).to.equal(
      `Testland Province: North Front: about ${percent(0.7)} (more than 30 of 52 districts), according to North Front; North Front: less than half, according to independent observers (as of ${longDate('2017-11-19')}).`,
    );
    expect(line('testland-province', 'en', '2017-10')).to.equal(`Testland Province: River Guard: between ${percent(0.1)} and ${percent(0.2)} (as of late 2017).`);
    expect(line('testville')).to.equal(
      `Testville: North Front: more than ${percent(0.6)}, River Guard: at most ${percent(0.25)}, according to a River Guard spokesman (as of around June 2017).`,
    );
    expect(line('east-district')).to.equal(`East District: South League: at least a third (as of ${monthRange()}).`);
    expect(line('testford')).to.equal('Testford: South League: all of it except the old town, River Guard: the old town (as of November 2017).');
    expect(line('river-border')).to.equal(`The river border: River Guard: most (about ${percent(0.8)} of the border) (as of ${longDate('2017-11-18')}).`);
    expect(line('testland-province', 'ar', '2017-10')).to.equal(
      `محافظة تستلاند: حرس النهر: بين ${percent(0.1, 'ar')} و${percent(0.2, 'ar')} (اعتبارًا من أواخر ${yearIn('ar')}).`,
    );
    expect(line('east-district', 'ar')).to.include('رابطة الجنوب: الثلث على الأقل');
  });

  describe('axe', () => {
    const states = [
      ['competing claims with a bound', `place="testland-province"`, 800],
      ['a range and a dated note, late 2017', `place="testland-province" date="2017-10"`, 600],
      ['more than and at most', `place="testville"`, 600],
      ['at least, in words', `place="east-district"`, 600],
      ['all but a part, with no remainder', `place="testford"`, 600],
      ['a share in words with counts', `place="river-border"`, 600],
      ['every place, narrow', `place="testland-province testville east-district testford river-border"`, 300],
      ['bounds in Arabic', `place="testville east-district testford" lang="ar"`, 600],
      ['late 2017 in Arabic', `place="testland-province" date="2017-10" lang="ar"`, 600],
    ] as const;
    for (const theme of ['light', 'dark']) {
      for (const [state, attributes, width] of states) {
        it(`has no violations with ${state}, theme="${theme}"`, async () => {
          const widget = await make(`src="${TESTLAND}" ${attributes} theme="${theme}"`, width);
          await expect(widget).to.be.accessible();
        });
      }
    }
  });
});
