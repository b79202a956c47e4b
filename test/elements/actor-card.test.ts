import '../../src/elements/actor-card/actor-card.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ActorCard } from '../../src/elements/actor-card/actor-card.define.js';
import { contrastRatio } from '../../src/helpers/contrast.js';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { SEED_URL, baseOf, factText, hexOf, longDate, percent, readerText, seedBundle, textOf, visibleText, waitForState } from '../helpers.js';
import { describeWidgetContract } from './widget-contract.js';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { localeFor } from '../../src/controllers/locale.js';
import { actorCardFallbackLine } from '../../src/elements/actor-card/actor-card.fallback.js';

type Seed = Record<string, unknown> & {
  actors: Array<Record<string, unknown>>;
  sources: Array<Record<string, unknown>>;
  control: Array<Record<string, unknown>>;
};

describeWidgetContract({
  tag: 'actor-card',
  attribute: 'actor',
  id: 'sdf',
  readyText: 'Syrian Democratic Forces',
  arabicText: 'قوات سوريا الديمقراطية',
  misspelt: ['sfd', 'sdf'],
  change: (bundle) => {
    const summary = 'The S.D.F. now holds the whole of the Testland valley.';
    (bundle as Seed).actors.find((actor) => actor.id === 'sdf')!.summary = summary;
    return summary;
  },
});

const ARTICLE = 'ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing';
const TESTLAND = '/stories/bundles/testland.json';
/** The seed's "Friday", as its data writes it: the article gives no calendar date. */
const FRIDAY = 'Friday [3 November 2017, as the editors read it]';

/** "June 2016": a month as the widgets write one, in this engine. */
const monthYear = (iso: string, lang = 'en'): string =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(iso));
/** "September – October 2017": a range of months, in this engine. */
const monthRange = (from: string, to: string, lang = 'en'): string =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(Date.parse(from), Date.parse(to));
/** A whole number in the language's numerals. */
const count = (value: number, lang = 'en'): string => new Intl.NumberFormat(lang).format(value);

/** A ready card from markup, inside a fresh container; from the seed URL unless a bundle is given. */
async function card(attributes: string, bundle?: unknown, containerStyle = ''): Promise<ActorCard> {
  const container = await fixture<HTMLDivElement>(html`<div style=${containerStyle}></div>`);
  container.innerHTML = `<actor-card ${bundle ? '' : `src="${SEED_URL}"`} ${attributes}></actor-card>`;
  const widget = container.firstElementChild as ActorCard;
  if (bundle) widget.bundle = bundle;
  await waitForState(widget, 'ready');
  return widget;
}

async function seed(): Promise<Seed> {
  return (await seedBundle()) as Seed;
}

const shadow = (widget: HTMLElement) => widget.shadowRoot!;

/** The labels of the card's lists, in order. */
const listLabels = (widget: HTMLElement) =>
  [...shadow(widget).querySelectorAll('ul')].map((list) => textOf(shadow(widget).getElementById(list.getAttribute('aria-labelledby')!)));

/** The items of the list whose accessible name (by aria-labelledby) is `label`. */
function listItems(widget: HTMLElement, label: string): string[] {
  const list = [...shadow(widget).querySelectorAll('ul')].find(
    (candidate) => textOf(shadow(widget).getElementById(candidate.getAttribute('aria-labelledby') ?? '')) === label,
  );
  expect(list, `a list named "${label}"`).to.exist;
  return [...list!.querySelectorAll(':scope > li')].map((item) => factText(item));
}

const heading = (widget: HTMLElement) => shadow(widget).querySelector<HTMLElement>('[role="heading"]');

describe('<actor-card>', () => {
  it('names the actor as a heading, with its short name, kind and summary', async () => {
    const widget = await card('actor="sdf"');
    expect(heading(widget)?.getAttribute('aria-level')).to.equal('3');
    expect(textOf(heading(widget))).to.equal('Syrian Democratic Forces');
    expect(textOf(shadow(widget).querySelector('[part="short-name"]'))).to.equal('S.D.F.');
    expect(textOf(shadow(widget).querySelector('[part="kind"]'))).to.equal('Militia');
    expect(visibleText(widget)).to.include('An American-backed, Kurdish-led militia, a Kurdish and Arab alliance, that took over the city of Raqqa');
    expect(heading(widget)!.querySelector('[part="swatch"]')?.getAttribute('aria-hidden')).to.equal('true');
  });

  it('groups the S.D.F.\'s relations: backed by the United States, fights the Islamic State', async () => {
    const widget = await card('actor="sdf"');
    expect(listLabels(widget)).to.deep.equal(['Backed by', 'Fights', 'Rivals', 'Goals', 'Controls']);
    expect(listItems(widget, 'Backed by')).to.deep.equal(['United States']);
    expect(listItems(widget, 'Fights')).to.deep.equal(['Islamic State']);
    // Stated by the Syrian government towards the S.D.F.: shown from this side too.
    expect(listItems(widget, 'Rivals')).to.deep.equal(['Syrian government']);
    const backers = shadow(widget).querySelector('[part="relation"] li')!;
    expect(backers.querySelector('[part="swatch"]'), 'a colour mark beside the name').to.exist;
  });

  it('shows what a relation\'s note says', async () => {
    const widget = await card('actor="iran"');
    expect(listItems(widget, 'Allied with')).to.deep.equal(['Hezbollah Its Lebanese ally and its most powerful allied militia in the region.']);
  });

  it('dates Russia\'s backing from 2015, and makes no rivalry of reported accusations', async () => {
    const widget = await card('actor="russia"');
    expect(listItems(widget, 'Backs')).to.deep.equal(['Syrian government, since 2015']);
    expect(listItems(widget, 'Fights')).to.deep.equal(['Islamic State, since 2015']);
    expect(listLabels(widget)).not.to.include('Rivals');
    // The accusations stay in the summary, as the article reports them.
    expect(visibleText(widget)).to.include('Russia and the United States have accused each other of firing at their respective allies on the ground.');
  });

  it('lists Russia\'s goal', async () => {
    const widget = await card('actor="russia"');
    expect(listItems(widget, 'Goals')).to.deep.equal([`The Syrian government reclaiming all of its territory. (as of ${FRIDAY})`]);
  });

  it('lists the places the Islamic State holds with its share of each, as of the latest snapshots', async () => {
    const widget = await card('actor="islamic-state"');
    // Shares in the article's words where it gives them; "at least two Iraqi towns" as a bounded count.
    expect(listItems(widget, 'Controls')).to.deep.equal([
      'Deir al-Zour Province: about a third',
      'Bukamal: all of it',
      'Rumana: all of it',
      'Rawa: all of it',
      'Anbar Province: just a few pockets of western Anbar Province',
      'Iraq: part of it (at least 2 Iraqi towns)',
    ]);
    const places = shadow(widget).querySelector('[part="places"]')!;
    expect(textOf(places)).to.include(`as of ${FRIDAY}`);
    expect(places.querySelectorAll('time[datetime="2017-11-03"]')).to.have.length(1);
  });

  it('says the Iraqi forces claim "most of" Qaim, where the article gives no figure, according to their chief of staff', async () => {
    const widget = await card('actor="iraqi-forces"');
    expect(listItems(widget, 'Controls')).to.deep.equal(['Qaim: claims most of the town of Qaim, according to the Iraqi military chief of staff']);
  });

  it('dates each place when its snapshots differ', async () => {
    const bundle = await seed();
    const bukamal = bundle.control.find((snapshot) => snapshot.id === 'bukamal-2017-11-03')!;
    bukamal.asOf = '2017-11-05';
    const widget = await card('actor="islamic-state"', bundle);
    const items = listItems(widget, 'Controls');
    expect(items[1]).to.equal(`Bukamal: all of it · as of ${longDate('2017-11-05')}`);
    expect(items[3]).to.equal('Rawa: all of it · as of Friday night [3 November 2017, as the editors read it]');
    expect(shadow(widget).querySelectorAll('[part="places"] li time')).to.have.length(6);
  });

  it('leaves out the sections an actor has no data for', async () => {
    const widget = await card('actor="us-led-coalition"');
    expect(listLabels(widget)).to.deep.equal(['Allied with']);
    expect(listItems(widget, 'Allied with')).to.deep.equal(['Iraqi forces, according to the Iraqi military chief of staff']);
    expect(shadow(widget).querySelector('[part="short-name"]')).to.be.null;
    expect(visibleText(widget)).not.to.include('Goals').and.not.to.include('Controls');

    const bundle = await seed();
    const sdf = bundle.actors.find((actor) => actor.id === 'sdf')!;
    delete sdf.summary;
    delete sdf.color;
    const bare = await card('actor="sdf"', bundle);
    expect(shadow(bare).querySelector('[part="summary"]')).to.be.null;
    expect(heading(bare)!.querySelector('[part="swatch"]'), 'no colour mark without a colour').to.be.null;
    expect(textOf(heading(bare))).to.equal('Syrian Democratic Forces');
  });

  it('ends with its source, named without a link, as of the source\'s publication date', async () => {
    const bundle = await seed();
    bundle.sources[0].published = '2017-11-04';
    const widget = await card('actor="sdf"', bundle);
    const line = shadow(widget).querySelector('[part="sources"]')!;
    expect(textOf(line)).to.equal(`Source: ${ARTICLE} · as of ${longDate('2017-11-04')}`);
    expect(line.querySelector('cite')).to.exist;
    expect(line.querySelector('a')).to.be.null;
    expect(line.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-04');
  });

  it('is as of the day a source covers when it gives no publication date, as the seed\'s article does not', async () => {
    const widget = await card('actor="sdf"');
    const time = shadow(widget).querySelector('[part="sources"] time')!;
    expect(time.getAttribute('datetime')).to.equal('2017-11-03');
    expect(textOf(time)).to.equal(FRIDAY);
  });

  it('is as of the bundle\'s update when no source is dated at all', async () => {
    const bundle = await seed();
    for (const source of bundle.sources as { covers?: unknown }[]) delete source.covers;
    const widget = await card('actor="sdf"', bundle);
    expect(shadow(widget).querySelector('[part="sources"] time')?.getAttribute('datetime')).to.equal('2026-12-03T13:00:00Z');
  });

  it('is as of its newest source, links it, and reports a link opened by keyboard (nw-interact)', async () => {
    const bundle = await seed();
    bundle.sources.push({ id: 'testland-report', name: 'Testland Daily report', url: 'https://example.com/report', published: '2017-11-05' });
    bundle.actors.find((actor) => actor.id === 'sdf')!.sources = ['article', 'testland-report'];
    const widget = await card('actor="sdf"', bundle);
    const line = shadow(widget).querySelector('[part="sources"]')!;
    // Set apart by a semicolon: a headline may hold commas.
    expect(textOf(line)).to.equal(`Sources: ${ARTICLE}; Testland Daily report · as of ${longDate('2017-11-05')}`);
    const link = line.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/report');
    expect(link.rel).to.equal('noopener noreferrer');

    widget.parentElement!.addEventListener('click', (event) => event.preventDefault());
    const interacted = oneEvent(widget, 'nw-interact');
    link.focus();
    await sendKeys({ press: 'Enter' });
    const event = (await interacted) as CustomEvent<WidgetInteractDetail>;
    expect(event.detail).to.deep.equal({ action: 'open-source', entity: 'sdf', value: 'testland-report' });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('follows a change of its actor attribute', async () => {
    const widget = await card('actor="sdf"');
    widget.setAttribute('actor', 'russia');
    await widget.updateComplete;
    expect(textOf(heading(widget))).to.equal('Russia');
  });

  it('fits the article\'s outline with heading-level', async () => {
    const widget = await card('actor="sdf" heading-level="2"');
    expect(heading(widget)?.getAttribute('aria-level')).to.equal('2');
    widget.headingLevel = 6;
    await widget.updateComplete;
    expect(heading(widget)?.getAttribute('aria-level')).to.equal('6');
    widget.setAttribute('heading-level', '9');
    await widget.updateComplete;
    expect(heading(widget)?.getAttribute('aria-level'), 'out of range: the default').to.equal('3');
    widget.setAttribute('heading-level', 'two');
    await widget.updateComplete;
    expect(heading(widget)?.getAttribute('aria-level'), 'not a number: the default').to.equal('3');
  });

  describe('compact', () => {
    /** A compact card inside a sentence, as an article would place it. */
    async function inSentence(actor: string, theme = 'light'): Promise<{ widget: ActorCard; sentence: HTMLElement }> {
      const sentence = await fixture<HTMLParagraphElement>(html`<p style="inline-size: 40em"></p>`);
      sentence.innerHTML = `The fighters of the <actor-card compact src="${SEED_URL}" actor="${actor}" theme="${theme}"></actor-card> took over Raqqa weeks earlier.`;
      const widget = sentence.querySelector('actor-card')!;
      await waitForState(widget, 'ready');
      return { widget, sentence };
    }

    it('sits inline in a sentence, showing the colour mark, the short name and the kind', async () => {
      const { widget, sentence } = await inSentence('sdf');
      expect(getComputedStyle(widget).display).to.equal('inline-block');
      const box = widget.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0).and.below(sentence.getBoundingClientRect().width / 2);
      expect(box.height).to.be.below(parseFloat(getComputedStyle(sentence).fontSize) * 3);
      expect(visibleText(widget)).to.include('S.D.F.').and.include('Militia');
      expect(shadow(widget).querySelector('[part="swatch"]')).to.exist;
      expect(shadow(widget).querySelector('ul, [role="heading"], [part="summary"], [part="sources"]')).to.be.null;
    });

    it('gives screen readers the full name instead of the short one', async () => {
      const { widget } = await inSentence('sdf');
      const short = shadow(widget).querySelector('.short')!;
      expect(short.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(short)).to.equal('S.D.F.');
      expect(textOf(shadow(widget).querySelector('.sr-only'))).to.equal('Syrian Democratic Forces');
      await expect(widget).to.be.accessible();
    });

    it('shows the full name of an actor without a short name', async () => {
      const { widget } = await inSentence('iraqi-forces');
      const name = shadow(widget).querySelector('.short')!;
      expect(textOf(name)).to.equal('Iraqi forces');
      expect(name.hasAttribute('aria-hidden')).to.be.false;
      expect(visibleText(widget)).to.include('Military');
    });

    it('is accessible in the dark theme', async () => {
      const { widget } = await inSentence('islamic-state', 'dark');
      expect(baseOf(widget).dataset.theme).to.equal('dark');
      await expect(widget).to.be.accessible();
    });

    it('turns into a full card and back when the property changes', async () => {
      const { widget } = await inSentence('sdf');
      widget.compact = false;
      await widget.updateComplete;
      expect(widget.hasAttribute('compact')).to.be.false;
      expect(getComputedStyle(widget).display).to.equal('block');
      expect(heading(widget)).to.exist;
      widget.compact = true;
      await widget.updateComplete;
      expect(getComputedStyle(widget).display).to.equal('inline-block');
    });
  });

  it('speaks Arabic: kind, relation labels and names', async () => {
    const widget = await card('actor="sdf" lang="ar"');
    expect(textOf(heading(widget))).to.equal('قوات سوريا الديمقراطية');
    expect(textOf(shadow(widget).querySelector('[part="kind"]'))).to.equal('ميليشيا');
    expect(textOf(shadow(widget).querySelector('[part="short-name"]'))).to.equal('قسد');
    expect(listItems(widget, 'بدعم من')).to.deep.equal(['الولايات المتحدة']);
    expect(listItems(widget, 'يقاتل')).to.deep.equal(['تنظيم الدولة الإسلامية']);
    // The summary is in Arabic, marked as a translation, right to left.
    const summary = shadow(widget).querySelector<HTMLElement>('[part="summary"]')!;
    expect(factText(summary)).to.include('ميليشيا يقودها الأكراد وتدعمها الولايات المتحدة').and.include('(مترجم)');
    expect(summary.getAttribute('lang')).not.to.equal('en');
    expect(getComputedStyle(summary).direction).to.equal('rtl');
    expect(visibleText(widget)).not.to.include('An American-backed');
    expect(shadow(widget).querySelector('[part="sources"]')?.textContent).to.include('المصدر');
  });

  it('gives the share in Arabic numerals and words', async () => {
    const widget = await card('actor="islamic-state" lang="ar"');
    const items = listItems(widget, 'يسيطر على');
    // The article's words, translated and marked so.
    expect(items[0]).to.equal('محافظة دير الزور: نحو الثلث (مترجم)');
    expect(items[1]).to.equal('البوكمال: بالكامل');
    await expect(widget).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every colour mark at 3:1 against the ${theme} surface, near-black Islamic State included`, async () => {
      const widget = await card(`actor="sdf" theme="${theme}"`);
      const surface = hexOf(getComputedStyle(baseOf(widget)).backgroundColor);
      const marks = [...shadow(widget).querySelectorAll('[part="swatch"]')];
      expect(marks).to.have.length(4);
      for (const mark of marks) {
        expect(contrastRatio(hexOf(getComputedStyle(mark).backgroundColor), surface)).to.be.at.least(3);
      }
      const own = await card(`actor="islamic-state" theme="${theme}"`);
      const fill = hexOf(getComputedStyle(shadow(own).querySelector('[part="swatch"]')!).backgroundColor);
      expect(contrastRatio(fill, hexOf(getComputedStyle(baseOf(own)).backgroundColor))).to.be.at.least(3);
      await expect(own).to.be.accessible();
    });
  }

  for (const lang of ['en', 'ar']) {
    it(`fits a 280px column and spreads relations across a wide one (${lang})`, async () => {
      const narrow = await card(`actor="sdf" lang="${lang}"`, undefined, 'inline-size: 280px');
      const base = baseOf(narrow);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const tracks = (widget: HTMLElement) =>
        getComputedStyle(shadow(widget).querySelector('[part="relations"]')!).gridTemplateColumns.split(' ').length;
      expect(tracks(narrow)).to.equal(1);

      const wide = await card(`actor="sdf" lang="${lang}"`, undefined, 'inline-size: 760px');
      expect(baseOf(wide).scrollWidth).to.be.at.most(baseOf(wide).clientWidth);
      expect(tracks(wide)).to.be.greaterThan(1);
    });
  }
});

describe('<actor-card> with claims (testland-claims.json, fictional)', () => {
  let claims: unknown;
  before(async () => {
    claims = await (await fetch('/stories/bundles/testland-claims.json')).json();
  });

  const claimCard = (attributes: string) => card(attributes, structuredClone(claims));

  it('lists two competing claims for one place side by side, each with its claimant, and says the accounts differ', async () => {
    const widget = await claimCard('actor="north-front"');
    // The North Front's own figure is a claim, said as one (#14): "claims about 70%".
    expect(listItems(widget, 'Controls')).to.deep.equal([
      `Testland Province: claims about ${percent(0.7)}, by its own account`,
      `Testland Province: about ${percent(0.45)}, according to independent observers`,
    ]);
    const places = shadow(widget).querySelector('[part="places"]')!;
    expect(textOf(places.querySelector('.claims-differ'))).to.equal('The accounts differ; each is shown with who gives it.');
    // "2017-11-19" and "2017-11-19T00:00:00Z" are one moment: one date for the list.
    expect(textOf(places)).to.include(`as of ${longDate('2017-11-19')}`);
    expect(places.querySelectorAll('time')).to.have.length(1);
  });

  it('names a speaker by name and role, or by role alone, and dates each place', async () => {
    const widget = await claimCard('actor="river-guard"');
    // Its own people speak for the River Guard: its claims, said as such.
    expect(listItems(widget, 'Controls')).to.deep.equal([
      `Testford: claims most of it, according to Ada Testwell, the River Guard's commander · as of ${longDate('2017-11-18')}`,
      `Testville: claims part of it, according to a River Guard spokesman · as of ${longDate('2017-11-20')}`,
    ]);
    expect(shadow(widget).querySelector('.claims-differ'), 'one claim per place: nothing differs').to.be.null;
  });

  it('states a share in the source\'s own voice without a claimant', async () => {
    const widget = await claimCard('actor="south-league"');
    expect(listItems(widget, 'Controls')).to.deep.equal([`Testville: ${percent(0.5)}`]);
    expect(shadow(widget).querySelector('[part="claimant"]')).to.be.null;
  });

  it('gives screen readers the claimant with the fact, in one list item, the name isolated', async () => {
    const widget = await claimCard('actor="north-front"');
    const items = [...shadow(widget).querySelectorAll('[part="places"] li')];
    for (const item of items) {
      const claimant = item.querySelector('[part="claimant"]')!;
      expect(claimant.closest('[aria-hidden]'), 'not hidden from screen readers').to.be.null;
      expect(readerText(item)).to.include(textOf(claimant));
    }
    expect(items[1].querySelector('[part="claimant"] bdi')?.getAttribute('lang')).to.equal('en');
    await expect(widget).to.be.accessible();
  });

  it('speaks Arabic: each claim with its claimant', async () => {
    const widget = await claimCard('actor="north-front" lang="ar"');
    expect(listItems(widget, 'يسيطر على')).to.deep.equal([
      `محافظة تستلاند: نحو ${percent(0.7, 'ar')}، بحسب ما يعلنه هذا الطرف`,
      `محافظة تستلاند: نحو ${percent(0.45, 'ar')}، بحسب مراقبين مستقلين`,
    ]);
    expect(textOf(shadow(widget).querySelector('.claims-differ'))).to.equal('الروايات متباينة؛ تُعرض كل رواية مع الجهة التي تقدّمها.');
    const speakers = await claimCard('actor="river-guard" lang="ar"');
    expect(listItems(speakers, 'يسيطر على')[0]).to.match(/^تستفورد: الجزء الأكبر، بحسب آدا تستويل، قائدة حرس النهر · /);
    await expect(widget).to.be.accessible();
    await expect(speakers).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const widget = await claimCard('actor="north-front" theme="dark"');
    expect(baseOf(widget).dataset.theme).to.equal('dark');
    await expect(widget).to.be.accessible();
  });
});

describe('<actor-card> from testland.json (every construct, fictional)', () => {
  let testland: Record<string, unknown> & { actors: Array<Record<string, unknown>> };
  before(async () => {
    testland = (await (await fetch(TESTLAND)).json()) as typeof testland;
  });

  const fresh = () => structuredClone(testland);
  const testlandCard = (attributes: string, bundle: unknown = fresh()) => card(attributes, bundle);
  /** A relation group's items, or a list's, read through its label. */
  const relationItem = (widget: HTMLElement, type: string) => shadow(widget).querySelector(`[part="relation"] ul[aria-labelledby="${type}"] li`)!;

  it('dates the summary, and says who gives each goal, with its date', async () => {
    const widget = await testlandCard('actor="north-front"');
    const summary = shadow(widget).querySelector('[part="summary"]')!;
    expect(textOf(summary)).to.equal(`An armed group that now holds the north of Testland Province. (as of ${longDate('2017-11-03')})`);
    expect(summary.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-03');
    expect(listItems(widget, 'Goals')).to.deep.equal([
      'According to North Front: To take the whole province.',
      `According to Western officials: To hold the river crossings. (as of ${monthYear('2017-11')})`,
    ]);
    // A month stays a month: no day the data does not have.
    // The goal's own date, not the one in its (closed) "What the source says" panel.
    expect(shadow(widget).querySelector('[part="goals"] time:not([part~="excerpts"] time)')?.getAttribute('datetime')).to.equal('2017-11');
  });

  it('groups part-of, led-by and fights, each dated at its precision, with who says so', async () => {
    const widget = await testlandCard('actor="north-front"');
    expect(listLabels(widget)).to.deep.equal(['Part of', 'Led by', 'Fights', 'Goals', 'Controls']);
    expect(listItems(widget, 'Part of')).to.deep.equal([`Testland Alliance, since ${monthYear('2016-06')}`]);
    const fights = relationItem(widget, 'fights');
    expect(textOf(fights.querySelector('[part="relation-dates"]'))).to.equal(`, from around ${monthYear('2016-06')} until late ${monthYear('2017-10')}`);
    expect([...fights.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['2016-06', '2017-10']);
    expect(textOf(fights)).to.match(/^South League, from around .+ 2017, according to independent observers The two sides stopped fighting in late October\./);
    expect(textOf(relationItem(widget, 'led-by').querySelector('[part="relation-dates"]'))).to.equal(', since early 2017');
  });

  it('cites a relation\'s own sources under it where they are not the card\'s, and not in the card\'s line', async () => {
    const widget = await testlandCard('actor="north-front"');
    const observer = 'Source: Observers: front holds less, not more, than half of the province — The Testland Observer';
    expect(textOf(relationItem(widget, 'led-by').querySelector('[part="relation-sources"]'))).to.equal(observer);
    expect(textOf(relationItem(widget, 'fights').querySelector('[part="relation-sources"]'))).to.equal(observer);
    // Part of the alliance: on the card's own source, which the card's line names.
    expect(relationItem(widget, 'part-of').querySelector('[part="relation-sources"]')).to.be.null;

    // Stated by the North Front with its own sources: the other side's card cites them beside
    // the relation, not its own; and not in its source line, where nothing else rests on them.
    const bundle = fresh() as typeof testland & { control: Array<{ id: string }> };
    bundle.control = bundle.control.filter((snapshot) => snapshot.id !== 'east-district-at-least');
    const league = await testlandCard('actor="south-league"', bundle);
    const fights = relationItem(league, 'fights');
    expect(textOf(fights.querySelector('[part="relation-sources"]'))).to.equal(observer);
    expect(textOf(shadow(league).querySelector('[part="sources"]'))).to.equal(
      `Source: North Front says it holds most of Testland Province — Testland Wire via The Daily Example · as of ${longDate('2017-11-20')}`,
    );
    // A relation's linked source opens like the source line's, and says so (nw-interact).
    const linked = fresh();
    const front = linked.actors.find((actor) => actor.id === 'north-front')! as { relations: Array<Record<string, unknown>> };
    front.relations.find((relation) => relation.type === 'fights')!.sources = ['testland-observer', 'testland-radio', 'testland-wire'];
    const linkedLeague = await testlandCard('actor="south-league"', linked);
    const cited = relationItem(linkedLeague, 'fights').querySelector('[part="relation-sources"]')!;
    expect(textOf(cited)).to.equal(
      `Sources: ${observer.slice('Source: '.length)}; Radio Testland: the crossing, 2016 to 2017 — Radio Testland; North Front says it holds most of Testland Province — Testland Wire via The Daily Example`,
    );
    const link = cited.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/testland-wire');
    linkedLeague.parentElement!.addEventListener('click', (event) => event.preventDefault());
    const interacted = oneEvent(linkedLeague, 'nw-interact');
    link.click();
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'open-source',
      entity: 'south-league',
      value: 'testland-wire',
    });
    await expect(linkedLeague).to.be.accessible();

    const alliance = await testlandCard('actor="testland-alliance"');
    expect(listItems(alliance, 'Includes')).to.deep.equal([`North Front, since ${monthYear('2016-06')}`]);
    const leader = await testlandCard('actor="ada-testwell"');
    expect(listItems(leader, 'Leads')).to.deep.equal(['North Front, since early 2017']);
  });

  it('says "claims" for the North Front\'s own figure, with its count, beside the observers\' bound in their words', async () => {
    const widget = await testlandCard('actor="north-front"');
    expect(listItems(widget, 'Controls')).to.deep.equal([
      `Testland Province: claims about ${percent(0.7)} (more than 30 of 52 districts), by its own account · as of ${longDate('2017-11-19')}`,
      `Testland Province: less than half, according to independent observers · as of ${longDate('2017-11-19')}`,
      `Testville: more than ${percent(0.6)} · as of around ${monthYear('2017-06')}`,
    ]);
    const places = shadow(widget).querySelector('[part="places"]')!;
    expect(textOf(places.querySelector('.claims-differ'))).to.equal('The accounts differ; each is shown with who gives it.');
    // A bound is never a plain figure: "less than half", not "50%".
    expect(textOf(places)).not.to.include(percent(0.5));
  });

  it('shows words with no remainder, a share at most, a range of dates and counts with their unit', async () => {
    const league = await testlandCard('actor="south-league"');
    expect(listItems(league, 'Controls')).to.deep.equal([
      `Testford: all of it except the old town · as of ${monthYear('2017-11')}`,
      `East District: at least a third · as of ${monthRange('2017-09', '2017-10')}`,
    ]);
    const guard = await testlandCard('actor="river-guard"');
    expect(listItems(guard, 'Controls')).to.deep.equal([
      `Testford: the old town · as of ${monthYear('2017-11')}`,
      `Testville: claims at most ${percent(0.25)}, according to a River Guard spokesman · as of around ${monthYear('2017-06')}`,
      `The river border: most of it (about ${percent(0.8)} of the border) · as of ${longDate('2017-11-18')}`,
    ]);
  });

  it('gives screen readers the claimant, the count and the date with each fact, and passes axe', async () => {
    const widget = await testlandCard('actor="north-front"');
    for (const item of shadow(widget).querySelectorAll('[part="places"] li, [part="relation"] li, [part="goals"] li')) {
      expect(item.closest('[aria-hidden]')).to.be.null;
      for (const part of item.querySelectorAll('[part="claimant"], [part="counts"], [part="relation-dates"], time')) {
        if (part.closest('[part~="excerpts"]')) continue;
        expect(readerText(item)).to.include(textOf(part));
      }
    }
    await expect(widget).to.be.accessible();
    const dark = await testlandCard('actor="river-guard" theme="dark"');
    await expect(dark).to.be.accessible();
  });

  it('speaks Arabic: relations, dates, goals and claims', async () => {
    const widget = await testlandCard('actor="north-front" lang="ar"');
    expect(listLabels(widget)).to.deep.equal(['جزء من', 'بقيادة', 'يقاتل', 'الأهداف', 'يسيطر على']);
    expect(listItems(widget, 'جزء من')).to.deep.equal([`تحالف تستلاند، منذ ${monthYear('2016-06', 'ar')}`]);
    expect(textOf(relationItem(widget, 'fights').querySelector('[part="relation-dates"]'))).to.equal(
      `، من نحو ${monthYear('2016-06', 'ar')} حتى أواخر ${monthYear('2017-10', 'ar')}`,
    );
    expect(textOf(relationItem(widget, 'fights'))).to.include('، بحسب مراقبين مستقلين');
    // The year in the engine's Arabic numerals (WebKit writes ٢٠١٧).
    const year = new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2017, 0, 1));
    expect(listItems(widget, 'بقيادة')[0]).to.equal(`آدا تستويل، منذ أوائل ${year} المصدر: مراقبون: الجبهة تسيطر على أقل من نصف المحافظة (مترجم) — مراقب تستلاند`);
    expect(listItems(widget, 'الأهداف')).to.deep.equal([
      'بحسب جبهة الشمال: السيطرة على المحافظة كلها.',
      `بحسب مسؤولين غربيين: السيطرة على المعابر النهرية. (اعتبارًا من ${monthYear('2017-11', 'ar')})`,
    ]);
    expect(textOf(shadow(widget).querySelector('[part="summary"]'))).to.equal(
      `جماعة مسلحة تسيطر الآن على شمال محافظة تستلاند. (اعتبارًا من ${longDate('2017-11-03', 'ar')})`,
    );
    const places = listItems(widget, 'يسيطر على');
    expect(places[0]).to.equal(
      `محافظة تستلاند: نحو ${percent(0.7, 'ar')} (أكثر من ${count(30, 'ar')} من أصل ${count(52, 'ar')} منطقة)، بحسب ما يعلنه هذا الطرف · اعتبارًا من ${longDate('2017-11-19', 'ar')}`,
    );
    expect(places[1]).to.match(/^محافظة تستلاند: أقل من النصف، بحسب مراقبين مستقلين · /);
    expect(places[2]).to.equal(`تستفيل: أكثر من ${percent(0.6, 'ar')} · اعتبارًا من نحو ${monthYear('2017-06', 'ar')}`);
    await expect(widget).to.be.accessible();
  });

  it('marks a translated summary as a translation, in Arabic', async () => {
    const bundle = fresh();
    const front = bundle.actors.find((actor) => actor.id === 'north-front')!;
    const summary = front.summary as { text: Record<string, unknown> };
    summary.text.ar = { text: summary.text.ar, translation: true };
    const widget = await testlandCard('actor="north-front" lang="ar"', bundle);
    const shown = shadow(widget).querySelector('[part="summary"]')!;
    expect(textOf(shown)).to.match(/^جماعة مسلحة تسيطر الآن على شمال محافظة تستلاند\. \(مترجم\) \(اعتبارًا من /);
    await expect(widget).to.be.accessible();
  });

  it('gives the summary with its date in the fallback line, in both languages', () => {
    const index = new BundleIndex(fresh() as unknown as Bundle);
    const line = (actor: string, lang: string) => actorCardFallbackLine(index, new Map([['actor', actor]]), localeFor(lang, 'en'));
    expect(line('north-front', 'en')).to.equal(
      `North Front: An armed group that now holds the north of Testland Province. (as of ${longDate('2017-11-03')})`,
    );
    expect(line('north-front', 'ar')).to.equal(
      `جبهة الشمال: جماعة مسلحة تسيطر الآن على شمال محافظة تستلاند. (اعتبارًا من ${longDate('2017-11-03', 'ar')})`,
    );
    expect(line('river-guard', 'en')).to.equal('River Guard (Military)');
  });
});
