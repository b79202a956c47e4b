/**
 * Hostile and broken bundles, generated with fast-check: random JSON values, random valid
 * bundles built from the schema's shape, and random mutations of the seed bundle. Invariants:
 * the validator never throws and names every problem by its path; every widget ends ready,
 * not-found or in error, with text a reader can see; nothing is thrown; no prototype is polluted.
 * The fictional claims bundle adds attributed facts and competing claims: a hostile, huge or
 * dangling claimant is shown as text, or refused with its path.
 *
 * Run counts are set for two shared cores and three engines; fast-check prints the seed and
 * path of any failure, to replay it with `{ seed, path }` in the `fc.assert` options.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { validateBundle, type BundleValidation } from '../../src/bundle/validate.js';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import { indexBundleObject } from '../../src/bundle/load.js';
import { captureConsole, seedBundle, type Widget } from '../helpers.js';
import { applyMutation, mutation, pathsIn, validBundle } from './bundle-arbitraries.js';
import {
  expectNoPrototypePollution,
  expectNoUncaughtErrors,
  expectNotBlank,
  expectOnlyWebLinks,
  figures,
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
      Object.fromEntries(['$schema', 'meta', 'sources', 'actors', 'places', 'control', 'quotes', 'crossings'].map((key) => [key, fc.jsonValue({ maxDepth: 4 })])),
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

  it('are accepted by the validator', () => {
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
