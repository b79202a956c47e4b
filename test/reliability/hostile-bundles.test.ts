/**
 * Hostile and broken bundles, generated with fast-check: random JSON values, random valid
 * bundles built from the schema's shape, and random mutations of the seed bundle. Invariants:
 * the validator never throws and names every problem by its path; every widget ends ready,
 * not-found or in error, with text a reader can see; nothing is thrown; no prototype is polluted.
 * The fictional claims bundle adds attributed facts and competing claims: a hostile, huge or
 * dangling claimant is shown as text, or refused with its path. The fictional Testland bundle
 * (every construct of the format) adds bad date values at every place a date goes, 10,000
 * events, and huge and deeply nested values in events.
 *
 * Run counts are set for two shared cores and three engines; fast-check prints the seed and
 * path of any failure, to replay it with `{ seed, path }` in the `fc.assert` options.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { pathOf } from '../../src/bundle/shape.js';
import { validateBundle, type BundleValidation } from '../../src/bundle/validate.js';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import { indexBundleObject } from '../../src/bundle/load.js';
import { captureConsole, seedBundle, type Widget } from '../helpers.js';
import { BAD_DATE_VALUES, HOSTILE_STRINGS, applyMutation, mutation, pathsIn, validBundle } from './bundle-arbitraries.js';
import {
  expectNoPrototypePollution,
  expectNoUncaughtErrors,
  expectNotBlank,
  expectOnlyWebLinks,
  figures,
  measurements,
  painted,
  reportFigures,
  settledState,
  type SettledState,
} from './reliability.js';

reportFigures('hostile-bundles.test.ts');

/** `actors[3].color`, `meta.title["pt-BR"]`, `control[0].shares[1].actor`, or '' for the whole bundle. */
const PATH = /^(?:[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\]|\[\d+\])?(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\]|\[\d+\])*$/;

/** Validates without letting an exception escape unnoticed, and checks every problem's form. */
function checkedValidation(input: unknown): BundleValidation {
  let result: BundleValidation | undefined;
  expect(() => (result = validateBundle(input)), 'validateBundle threw').not.to.throw();
  if (!result!.valid) {
    expect(result!.problems, 'an invalid bundle has problems').not.to.be.empty;
    for (const { path, message } of result!.problems) {
      expect(path, `path of "${message}"`).to.be.a('string').and.match(PATH);
      expect(message, `message at ${path}`).to.be.a('string').and.not.equal('');
      expect(message.length, `message at ${path} is bounded`).to.be.below(2000);
    }
  }
  return result!;
}

/** What the widgets read when the bundle is given as an object: the index's copy. */
function widgetData(bundle: object): unknown {
  const index = indexBundleObject(bundle);
  expect(index, 'a valid bundle is indexed').to.be.instanceOf(BundleIndex);
  return (index as BundleIndex).bundle;
}

/** Every object the widgets read has an ordinary prototype. */
function expectOrdinaryPrototypes(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    expect(Object.getPrototypeOf(node)).to.be.oneOf([Object.prototype, Array.prototype]);
    stack.push(...Object.values(node as Record<string, unknown>));
  }
}

const SEED_WIDGETS = [
  ['actor-card', 'actor', 'sdf'],
  ['control-bar', 'place', 'deir-al-zour-province'],
  ['quote-block', 'quote', 'velayati-partition'],
  ['border-crossing-status', 'crossing', 'qaim-bukamal'],
] as const;

/**
 * Gives `bundle` to one widget of each kind (by the `bundle` property), waits for each to
 * settle, and checks what a reader gets: a settled state, visible text, only web links.
 */
async function renderEverywhere(bundle: unknown, widgets: ReadonlyArray<readonly [string, string, string]>): Promise<SettledState[]> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const states: SettledState[] = [];
  for (const [tag, attribute, id] of widgets) {
    const widget = document.createElement(tag) as Widget;
    widget.setAttribute(attribute, id);
    widget.bundle = bundle;
    container.append(widget);
    const state = await settledState(widget);
    expect(state).to.be.oneOf(['ready', 'not-found', 'error']);
    expectNotBlank(widget, `(${state})`);
    expectOnlyWebLinks(widget);
    states.push(state);
  }
  container.remove();
  return states;
}

describe('random JSON values as bundles', () => {
  afterEach(() => {
    expectNoUncaughtErrors();
    expectNoPrototypePollution();
  });

  it('are refused by the validator with path-level messages, never a throw', () => {
    const bundleShaped = fc.record(
      Object.fromEntries(['$schema', 'meta', 'sources', 'actors', 'places', 'control', 'quotes', 'crossings', 'events'].map((key) => [key, fc.jsonValue({ maxDepth: 4 })])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), bundleShaped, fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true })), (value) => {
        figures.hostileBundles += 1;
        expect(checkedValidation(value).valid).to.be.false;
        expectNoPrototypePollution();
      }),
      { numRuns: 400 },
    );
  });

  it('leave every widget in an error state with its notice', async function () {
    this.timeout(60_000);
    await captureConsole('error', () =>
      fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }).filter((value) => value !== null), async (value) => {
          figures.hostileBundles += 1;
          const states = await renderEverywhere(value, SEED_WIDGETS);
          expect(states).to.deep.equal(['error', 'error', 'error', 'error']);
        }),
        { numRuns: 25 },
      ),
    );
  });
});

describe('random valid bundles built from the schema', () => {
  afterEach(() => {
    expectNoUncaughtErrors();
    expectNoPrototypePollution();
  });

  it('are accepted by the validator', function () {
    // 150 generated bundles: seconds of work, longer on a loaded machine running three engines.
    this.timeout(60_000);
    fc.assert(
      fc.property(validBundle, (bundle) => {
        figures.hostileBundles += 1;
        const result = checkedValidation(bundle);
        expect(result.problems, 'problems in a bundle built to be valid').to.deep.equal([]);
        expect(result.valid).to.be.true;
        expect(result.bundle, 'the value given, checked in place').to.equal(bundle);
        expectOrdinaryPrototypes(widgetData(bundle));
      }),
      { numRuns: 150 },
    );
  });

  it('are shown by every widget, for entities picked from them', async function () {
    this.timeout(90_000);
    await captureConsole('error', () =>
      fc.assert(
        fc.asyncProperty(validBundle, fc.nat(), async (bundle, pick) => {
          figures.hostileBundles += 1;
          const choose = (list: string) => {
            const entities = bundle[list] as Array<{ id: string }>;
            return entities.length > 0 ? entities[pick % entities.length].id : 'none-in-this-bundle';
          };
          const widgets = [
            ['actor-card', 'actor', choose('actors')],
            ['control-bar', 'place', choose('places')],
            ['quote-block', 'quote', choose('quotes')],
            ['border-crossing-status', 'crossing', choose('crossings')],
          ] as const;
          const states = await renderEverywhere(bundle, widgets);
          expect(states).to.deep.equal(widgets.map(([, , id]) => (id === 'none-in-this-bundle' ? 'not-found' : 'ready')));
        }),
        { numRuns: 40 },
      ),
    );
  });
});

describe('random mutations of the seed bundle', () => {
  afterEach(() => {
    expectNoUncaughtErrors();
    expectNoPrototypePollution();
  });

  let seed: Record<string, unknown>;
  let seedPaths: ReturnType<typeof pathsIn>;
  before(async () => {
    seed = await seedBundle();
    seedPaths = pathsIn(seed);
  });

  const mutated = () =>
    fc.array(mutation(seedPaths), { minLength: 1, maxLength: 4 }).map((changes) => ({
      changes,
      bundle: changes.reduce((bundle, change) => applyMutation(bundle, change), structuredClone(seed)),
    }));

  it('are checked without a throw: problems named by path; what the widgets read has ordinary prototypes', () => {
    let stillValid = 0;
    fc.assert(
      fc.property(mutated(), ({ bundle }) => {
        figures.hostileBundles += 1;
        const result = checkedValidation(bundle);
        if (result.valid) {
          stillValid += 1;
          expectOrdinaryPrototypes(widgetData(bundle));
        }
        expectNoPrototypePollution();
      }),
      { numRuns: 300 },
    );
    // Some mutations leave the seed valid: the prototypes of what the widgets read were checked.
    expect(stillValid, 'mutated bundles still valid').to.be.greaterThan(0);
  });

  it('leave every widget ready, not found or in error, with text, as an object and as JSON text', async function () {
    this.timeout(120_000);
    await captureConsole('error', () =>
      fc.assert(
        fc.asyncProperty(mutated(), async ({ bundle }) => {
          figures.hostileBundles += 1;
          await renderEverywhere(bundle, SEED_WIDGETS);
          // The same bundle through JSON text, as a fetched bundle arrives: "__proto__" keys are
          // then own properties made by JSON.parse, and NaN becomes null.
          await renderEverywhere(JSON.parse(JSON.stringify(bundle)) as unknown, SEED_WIDGETS.slice(0, 2));
          expectNoPrototypePollution();
        }),
        { numRuns: 60 },
      ),
    );
  });
});

describe('hostile attributions (testland-claims.json, fictional)', () => {
  afterEach(() => {
    expectNoUncaughtErrors();
    expectNoPrototypePollution();
  });

  type Claims = Record<string, Array<Record<string, unknown>>>;
  let claims: Claims;
  before(async () => {
    claims = (await (await fetch('/stories/bundles/testland-claims.json')).json()) as Claims;
  });

  const CLAIM_WIDGETS = [
    ['actor-card', 'actor', 'north-front'],
    ['actor-card', 'actor', 'river-guard'],
    ['control-bar', 'place', 'testland-province'],
    ['control-bar', 'place', 'testville'],
  ] as const;

  /** The claims bundle with the observers' group and the commander's name and role set to `text`. */
  function claimsSaying(text: string): Claims {
    const bundle = structuredClone(claims);
    const [, observers, general] = bundle.control as Array<{ attribution: { group?: unknown; speaker?: Record<string, unknown> } }>;
    observers.attribution.group = text;
    general.attribution.speaker!.name = text;
    general.attribution.speaker!.role = { en: text, ar: text };
    return bundle;
  }

  it('show a 1 MB claimant as text, in a card that stays within its column', async function () {
    this.timeout(30_000);
    figures.hostileBundles += 1;
    const huge = 'according to whom? '.repeat(52_429).slice(0, 1_000_000);
    const unbroken = 'x'.repeat(1_000_000);
    for (const text of [huge, unbroken]) {
      const bundle = claimsSaying(text);
      expect(validateBundle(bundle).problems).to.deep.equal([]);
      const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const widget = document.createElement('actor-card') as Widget;
      widget.setAttribute('actor', 'north-front');
      widget.bundle = bundle;
      container.append(widget);
      expect(await settledState(widget)).to.equal('ready');
      const claimant = widget.shadowRoot!.querySelectorAll('[part="claimant"] bdi')[0];
      expect(claimant.textContent).to.equal(text);
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth, 'no sideways scroll').to.be.at.most(base.clientWidth + 1);
      expectNotBlank(widget, 'with a 1 MB claimant');
      container.remove();
    }
  });

  it('render markup and direction controls in a claimant as text, isolated from the share', async () => {
    for (const text of ['<img src="data:," onerror="window.__nwInjected = 1"><b>observers</b>', 'observers\u202E\u2067 said']) {
      figures.hostileBundles += 1;
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const widget = document.createElement('actor-card') as Widget;
      widget.setAttribute('actor', 'north-front');
      widget.bundle = claimsSaying(text);
      container.append(widget);
      expect(await settledState(widget)).to.equal('ready');
      const claimant = widget.shadowRoot!.querySelectorAll('[part="claimant"]')[1];
      // The text as written; direction controls it leaves open are closed after it.
      expect(claimant.querySelector('bdi')!.textContent).to.match(/^[^\u2069\u202C]*[\u2069\u202C]*$/).and.satisfy((shown: string) => shown.startsWith(text));
      expect(getComputedStyle(claimant.querySelector('bdi')!).unicodeBidi).to.equal('isolate');
      expect(claimant.querySelectorAll('*')).to.have.length(1);
      expect((window as Window & { __nwInjected?: number }).__nwInjected).to.be.undefined;
      container.remove();
    }
  });

  it('refuse an attribution naming a missing actor, each widget showing a notice that says where', async () => {
    await captureConsole('error', async () => {
      for (const change of [
        (bundle: Claims) => ((bundle.control[0].attribution as Record<string, unknown>).actor = 'north-frnt'),
        (bundle: Claims) => (((bundle.control[2].attribution as Record<string, Record<string, unknown>>).speaker).actor = 'no-such-guard'),
      ]) {
        figures.hostileBundles += 1;
        const bundle = structuredClone(claims);
        change(bundle);
        const { problems } = validateBundle(bundle);
        expect(problems.map((problem) => problem.path)).to.have.length(1);
        expect(problems[0].path).to.match(/^control\[\d\]\.attribution(\.speaker)?\.actor$/);
        expect(await renderEverywhere(bundle, CLAIM_WIDGETS)).to.deep.equal(['error', 'error', 'error', 'error']);
      }
    });
  });

  it('survive random mutations, ready, not found or in error, with text', async function () {
    this.timeout(90_000);
    const paths = pathsIn(claims);
    await captureConsole('error', () =>
      fc.assert(
        fc.asyncProperty(fc.array(mutation(paths), { minLength: 1, maxLength: 4 }), async (changes) => {
          figures.hostileBundles += 1;
          const bundle = changes.reduce((each, change) => applyMutation(each, change), structuredClone(claims) as Record<string, unknown>);
          checkedValidation(bundle);
          await renderEverywhere(bundle, CLAIM_WIDGETS);
          expectNoPrototypePollution();
        }),
        { numRuns: 40 },
      ),
    );
  });
});

describe('the Testland bundle, every construct of the format (testland.json, fictional)', () => {
  afterEach(() => {
    expectNoUncaughtErrors();
    expectNoPrototypePollution();
  });

  type Testland = Record<string, unknown> & { events: Array<Record<string, unknown>>; crossings: Array<Record<string, unknown>> };
  let testland: Testland;
  before(async () => {
    testland = (await (await fetch('/stories/bundles/testland.json')).json()) as Testland;
  });

  const TESTLAND_WIDGETS = [
    ['actor-card', 'actor', 'north-front'],
    ['control-bar', 'place', 'testland-province'],
    ['control-bar', 'place', 'testford'],
    ['quote-block', 'quote', 'ada-testwell-river'],
    ['border-crossing-status', 'crossing', 'northtown-southtown'],
  ] as const;

  /** Keys that hold a date, and the keys of a date object (whose `date` is no date position of its own). */
  const DATE_KEYS = new Set(['asOf', 'date', 'said', 'published', 'covers', 'since', 'until', 'updated']);
  const DATE_OBJECT_KEYS = new Set(['date', 'part', 'approximate', 'from', 'to', 'text']);
  /** Every place in the bundle where a date goes: `control[2].asOf`, `crossings[0].history[1].date`, `meta.updated`… */
  function datePositions(bundle: unknown): Array<Array<string | number>> {
    return pathsIn(bundle).filter((path) => {
      const key = path.at(-1);
      if (typeof key !== 'string' || !DATE_KEYS.has(key)) return false;
      const parent = path.slice(0, -1).reduce<unknown>((node, each) => (node as Record<string | number, unknown>)[each], bundle);
      return !Object.keys(parent as object).every((each) => DATE_OBJECT_KEYS.has(each));
    });
  }

  const setAt = (root: unknown, path: ReadonlyArray<string | number>, value: unknown) => {
    const parent = path.slice(0, -1).reduce<unknown>((node, each) => (node as Record<string | number, unknown>)[each], root);
    (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
  };

  it('is valid, and every widget shows it', async () => {
    figures.hostileBundles += 1;
    expect(checkedValidation(testland).problems).to.deep.equal([]);
    expect(await renderEverywhere(structuredClone(testland), TESTLAND_WIDGETS)).to.deep.equal(TESTLAND_WIDGETS.map(() => 'ready'));
  });

  it('refuses a bad date value wherever a date goes, naming the place, and never throws', async function () {
    this.timeout(120_000);
    const positions = datePositions(testland);
    // asOf, history dates, said, published, covers, since, until, event dates, statements' asOf, meta.updated.
    expect(positions.length, 'date positions in testland.json').to.be.greaterThan(25);
    expect(new Set(positions.map((path) => path.at(-1)))).to.have.keys([...DATE_KEYS]);
    for (const position of positions) {
      for (const bad of BAD_DATE_VALUES) {
        figures.hostileBundles += 1;
        const bundle = structuredClone(testland);
        setAt(bundle, position, structuredClone(bad));
        const result = checkedValidation(bundle);
        const at = pathOf(position);
        expect(result.valid, `${at} = ${JSON.stringify(bad)}`).to.be.false;
        expect(
          result.problems.some((problem) => problem.path === at || problem.path.startsWith(`${at}.`)),
          `${at} = ${JSON.stringify(bad)}: ${JSON.stringify(result.problems)}`,
        ).to.be.true;
      }
    }
    // Each bad value once in the widgets, at a position that turns with it: a notice, with text.
    await captureConsole('error', async () => {
      for (const [i, bad] of BAD_DATE_VALUES.entries()) {
        figures.hostileBundles += 1;
        const bundle = structuredClone(testland);
        setAt(bundle, positions[(i * 7) % positions.length], structuredClone(bad));
        expect(await renderEverywhere(bundle, TESTLAND_WIDGETS)).to.deep.equal(TESTLAND_WIDGETS.map(() => 'error'));
      }
    });
    expect((window as Window & { __nwInjected?: number }).__nwInjected).to.be.undefined;
  });

  it('survives random mutations, ready, not found or in error, with text', async function () {
    this.timeout(120_000);
    const paths = pathsIn(testland);
    await captureConsole('error', () =>
      fc.assert(
        fc.asyncProperty(fc.array(mutation(paths), { minLength: 1, maxLength: 4 }), async (changes) => {
          figures.hostileBundles += 1;
          const bundle = changes.reduce((each, change) => applyMutation(each, change), structuredClone(testland) as Record<string, unknown>);
          checkedValidation(bundle);
          await renderEverywhere(bundle, TESTLAND_WIDGETS);
          expectNoPrototypePollution();
        }),
        { numRuns: 40 },
      ),
    );
  });

  it('takes 10,000 events: valid, and the crossing lists the thousand that name it, as text', async function () {
    this.timeout(120_000);
    figures.hostileBundles += 1;
    const bundle = structuredClone(testland);
    const forms = (i: number): unknown => {
      const year = 2010 + (i % 8);
      const month = String((i % 12) + 1).padStart(2, '0');
      switch (i % 5) {
        case 0:
          return `${year}-${month}-${String((i % 28) + 1).padStart(2, '0')}`;
        case 1:
          return `${year}-${month}`;
        case 2:
          return { date: String(year), part: ['early', 'mid', 'late'][i % 3] };
        case 3:
          return { date: `${year}-${month}`, approximate: true };
        default:
          return { from: `${year}-${month}`, to: `${year + 1}-${month}` };
      }
    };
    const namesCrossing = (i: number) => i % 10 === 0;
    bundle.events = Array.from({ length: 10_000 }, (_, i) => ({
      id: `event-${i}`,
      date: forms(i),
      title: i % 100 === 0 ? `${HOSTILE_STRINGS[(i / 100) % HOSTILE_STRINGS.length]} #${i}` : `Event number ${i}`,
      ...(i % 3 === 0 ? { summary: { text: `Summary ${i}`, attribution: { group: 'observers' } } } : {}),
      kind: 'other',
      ...(namesCrossing(i) ? { crossings: ['northtown-southtown'] } : { places: ['testland-province'], actors: ['north-front'] }),
      sources: ['testland-wire'],
    }));
    let started = performance.now();
    expect(checkedValidation(bundle).problems).to.deep.equal([]);
    measurements['validate 10,000 events (ms)'] = Math.round(performance.now() - started);

    const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"></div>`);
    const widget = document.createElement('border-crossing-status') as Widget;
    widget.setAttribute('crossing', 'northtown-southtown');
    widget.bundle = bundle;
    started = performance.now();
    container.append(widget);
    expect(await settledState(widget, 60_000)).to.equal('ready');
    for (const toggle of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) toggle.click();
    await widget.updateComplete;
    await painted();
    measurements['crossing with 1,000 of 10,000 events, shown (ms)'] = Math.round(performance.now() - started);
    const texts: string[] = [];
    const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node.textContent ?? '').trim());
    // The events naming the crossing are in its history, as their titles; the others are not.
    expect(texts).to.include('Event number 10').and.include('Event number 9990').and.not.include('Event number 11');
    for (let i = 0; i < 10_000; i += 100) expect(texts, `event ${i}'s title, as text`).to.include(`${HOSTILE_STRINGS[(i / 100) % HOSTILE_STRINGS.length]} #${i}`);
    expect(widget.shadowRoot!.querySelectorAll('script, img, iframe, b, [onload], [onerror], [srcdoc]'), 'no element made from a title').to.have.length(0);
    expectNotBlank(widget, 'with 10,000 events');
    expectOnlyWebLinks(widget);
    const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth, 'no sideways scroll').to.be.at.most(base.clientWidth + 1);

    // The other widgets are not slowed into a blank: they are ready with their text.
    container.remove();
    expect(await renderEverywhere(bundle, TESTLAND_WIDGETS.slice(0, 4))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    await painted();
    expect((window as Window & { __nwInjected?: number }).__nwInjected).to.be.undefined;
  });

  it('shows a 1 MB event title and summary as text, in a column', async function () {
    this.timeout(60_000);
    for (const text of ['closed again? '.repeat(74_899).slice(0, 1_000_000), 'x'.repeat(1_000_000)]) {
      figures.hostileBundles += 1;
      const bundle = structuredClone(testland);
      const closed = bundle.events.find((event) => event.id === 'crossing-closed')!;
      closed.title = { en: text, ar: text };
      closed.summary = { text, asOf: '2017-08', attribution: { speaker: { name: text, role: text } } };
      expect(checkedValidation(bundle).problems).to.deep.equal([]);
      const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const widget = document.createElement('border-crossing-status') as Widget;
      widget.setAttribute('crossing', 'northtown-southtown');
      widget.bundle = bundle;
      container.append(widget);
      expect(await settledState(widget)).to.equal('ready');
      for (const toggle of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) toggle.click();
      await widget.updateComplete;
      await painted();
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.textContent).to.include(text);
      expect(base.scrollWidth, 'no sideways scroll').to.be.at.most(base.clientWidth + 1);
      expectNotBlank(widget, 'with a 1 MB event title');
      container.remove();
    }
  });

  it('refuses deeply nested and huge wrong values in events with their path, never throwing', async function () {
    this.timeout(60_000);
    const nested = (depth: number, inObjects: boolean) => {
      let value: unknown = 'bottom';
      for (let level = 0; level < depth; level++) value = inObjects ? { en: value } : [value];
      return value;
    };
    const cases: Array<[string, (event: Record<string, unknown>) => void, RegExp]> = [
      ['a title nested 10,000 objects deep', (event) => (event.title = nested(10_000, true)), /^events\[0\]\.title/],
      ['places nested 10,000 lists deep', (event) => (event.places = nested(10_000, false)), /^(?:events\[0\]\.places.*|)$/],
      ['a summary nested 100,000 lists deep', (event) => (event.summary = nested(100_000, false)), /^(?:events\[0\]\.summary.*|)$/],
      ['10,000 places that do not exist', (event) => (event.places = Array.from({ length: 10_000 }, (_, i) => `nowhere-${i}`)), /^events\[0\]\.places\[\d+\]$/],
      ['100,000 sources, one missing', (event) => (event.sources = [...Array.from({ length: 99_999 }, () => 'testland-wire'), 'no-such-source']), /^events\[0\]\.sources\[99999\]$/],
      ['a kind that is markup', (event) => (event.kind = HOSTILE_STRINGS[0]), /^events\[0\]\.kind$/],
      ['a 1 MB id', (event) => (event.id = 'e'.repeat(1_000_000)), /^events\[0\]\.id$/],
      ['a date of a million characters', (event) => (event.date = '2017'.repeat(250_000)), /^events\[0\]\.date$/],
      ['an attribution with all three claimants', (event) => (event.attribution = { actor: 'north-front', group: 'g', speaker: { name: 'n' } }), /^events\[0\]\.attribution$/],
    ];
    await captureConsole('error', async () => {
      for (const [what, change, path] of cases) {
        figures.hostileBundles += 1;
        const bundle = structuredClone(testland);
        change(bundle.events[0]);
        const started = performance.now();
        const result = checkedValidation(bundle);
        expect(performance.now() - started, `${what}: validated in under 5 s`).to.be.below(5000);
        expect(result.valid, what).to.be.false;
        expect(result.problems.some((problem) => path.test(problem.path)), `${what}: ${JSON.stringify(result.problems.slice(0, 3))}`).to.be.true;
        expect(await renderEverywhere(bundle, [TESTLAND_WIDGETS[0], TESTLAND_WIDGETS[4]])).to.deep.equal(['error', 'error']);
      }
    });
  });
});
