/**
 * Injection: markup, `<script>`, `<img onerror>` and template-looking text in every string field
 * of the bundle render as text — the same text, and not one element more — and no injected
 * handler ever runs; `javascript:`, `data:` and `vbscript:` links are refused by the validator
 * and never become hrefs; bidirectional controls in names are isolated, so they cannot reorder
 * the text around them. Attributions (who says so) are among the fields tried, and so is every
 * field of the fictional Testland bundle, which has every construct of the format: a share's
 * words, a count's unit, statements, translated text, a source's publisher and "via", a date's
 * own words, events' titles and summaries, the speakers and groups who say so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { timeOf } from '../../src/helpers/dates.js';
import { captureConsole, seedBundle, sleep, type Widget } from '../helpers.js';
import { HOSTILE_STRINGS, pathsIn } from './bundle-arbitraries.js';
import {
  expectNoUncaughtErrors,
  expectNotBlank,
  expectOnlyWebLinks,
  figures,
  measurements,
  painted,
  reportFigures,
  settledState,
  shadowElements,
} from './reliability.js';

reportFigures('injection.test.ts');

type Path = ReadonlyArray<string | number>;
type InjectedWindow = Window & { __nwInjected?: number };

const injectedRuns = () => (window as InjectedWindow).__nwInjected ?? 0;

/** Lets any injected handler fire (an image error, an iframe's script), then counts what ran. */
async function expectNothingInjectedRan(): Promise<void> {
  await painted();
  await sleep(150);
  figures.injectedScriptsRun += injectedRuns();
  expect(injectedRuns(), 'injected handlers that ran').to.equal(0);
}

type JsonNode = Record<string | number, unknown>;
const get = (root: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (node as JsonNode | undefined)?.[key], root);
/** Sets a value anywhere in a bundle, whatever the type there (these tests put wrong ones). */
const set = (root: Bundle, path: Path, value: unknown): void => {
  (get(root, path.slice(0, -1)) as JsonNode)[path[path.length - 1]] = value;
};
const pathText = (path: Path) => path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').slice(1).replace(/^\[/, '[');

let seed: Bundle;
let stringPaths: Path[];
/** String fields that take any text (names, notes, quotes…), and those whose form is checked. */
let freeText: Path[];
let checked: Path[];

/** The lists of a bundle whose entities have ids. */
const LISTS = ['sources', 'actors', 'places', 'control', 'quotes', 'crossings', 'events'] as const;
/** Fields that hold one id, and lists of ids. */
const ID_FIELDS = new Set(['id', 'actor', 'place', 'parent', 'controlledBy', 'source']);
const ID_LISTS = new Set(['sources', 'places', 'actors', 'crossings']);

/**
 * A bundle with every id and every reference to one prefixed, so that it joins another bundle
 * without two entities sharing an id (Testland and the claims bundle both have a North Front).
 */
function prefixed(bundle: Record<string, unknown>, prefix: string): Bundle {
  const ids = new Set(LISTS.flatMap((list) => ((bundle[list] ?? []) as Array<{ id: string }>).map((entity) => entity.id)));
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') return key !== undefined && ID_FIELDS.has(key) && ids.has(value) ? prefix + value : value;
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? (key !== undefined && ID_LISTS.has(key) && ids.has(item) ? prefix + item : item) : walk(item, undefined)));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name)]));
    return value;
  };
  return walk(bundle, undefined) as Bundle;
}

before(async () => {
  // The seed states no claim: the fictional claims bundle's entities join it, so that every
  // attribution's text (an actor's name, a speaker's name and role, a group) is tried too; and
  // Testland's, every id prefixed, so that every field of the format is.
  seed = (await seedBundle()) as unknown as Bundle;
  const claims = (await (await fetch('/stories/bundles/testland-claims.json')).json()) as Bundle;
  const testland = prefixed((await (await fetch('/stories/bundles/testland.json')).json()) as Record<string, unknown>, 'tl-');
  // Without their links, as the seed's source: a link is no free text (the links suite below tries them).
  for (const source of [...claims.sources, ...testland.sources]) delete source.url;
  for (const joining of [claims, testland]) {
    seed.sources.push(...joining.sources);
    seed.actors.push(...joining.actors);
    seed.places.push(...joining.places);
    seed.control.push(...joining.control);
    seed.quotes.push(...joining.quotes);
    seed.crossings.push(...joining.crossings);
    seed.events = [...(seed.events ?? []), ...(joining.events ?? [])];
  }
  expect(validateBundle(seed).problems, 'the seed with the claims and Testland joined').to.deep.equal([]);
  stringPaths = pathsIn(seed).filter((path) => typeof get(seed, path) === 'string');
  freeText = [];
  checked = [];
  for (const path of stringPaths) {
    const probe = structuredClone(seed);
    set(probe, path, '<b>probe</b>');
    (validateBundle(probe).valid ? freeText : checked).push(path);
  }
});

/**
 * One widget for every entity of the bundle and every view of it: each actor as a card and as
 * a chip, each control snapshot at its date and all places in one bar, each quote with its
 * original shown, each crossing with its history open.
 */
async function renderEverything(bundle: Bundle, lang: string): Promise<Widget[]> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const widgets: Widget[] = [];
  const add = (tag: string, attributes: Record<string, string>) => {
    const widget = document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries({ ...attributes, lang })) widget.setAttribute(name, value);
    widget.bundle = bundle;
    widgets.push(widget);
  };
  for (const actor of bundle.actors) {
    add('actor-card', { actor: actor.id });
    add('actor-card', { actor: actor.id, compact: '' });
  }
  // At its date: a date object ("late 2017", a range) by the day it begins, when it is in force.
  for (const snapshot of bundle.control) {
    const date = typeof snapshot.asOf === 'string' ? snapshot.asOf : new Date(timeOf(snapshot.asOf)).toISOString().slice(0, 10);
    add('control-bar', { place: snapshot.place, date });
  }
  add('control-bar', { place: bundle.places.map((place) => place.id).join(' ') });
  for (const quote of bundle.quotes) add('quote-block', { quote: quote.id });
  for (const crossing of bundle.crossings) add('border-crossing-status', { crossing: crossing.id });
  container.append(...widgets);
  for (const widget of widgets) {
    expect(await settledState(widget)).to.equal('ready');
    for (const toggle of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) toggle.click();
    await widget.updateComplete;
  }
  return widgets;
}

/** Every text node in the widgets' shadow trees. */
const textNodesOf = (widgets: readonly Widget[]): string[] =>
  widgets.flatMap((widget) => {
    const texts: string[] = [];
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
      for (const element of (root as ParentNode).querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(widget.shadowRoot!);
    return texts;
  });

/**
 * Whether a field's text is in one text node, whole: alone, or with the words a widget puts
 * around it in the same node ("According to Ada Testwell, the commander" names two fields).
 * "Field 1" is not found in "Field 12".
 */
function inTexts(texts: readonly string[], text: string): boolean {
  for (const node of texts) {
    for (let at = node.indexOf(text); at !== -1; at = node.indexOf(text, at + 1)) {
      if (!/\d/.test(node[at + text.length] ?? '')) return true;
    }
  }
  return false;
}

/** The tag names of every element the widgets rendered, in order: what markup would change. */
const structureOf = (widgets: readonly Widget[]) => widgets.map((widget) => shadowElements(widget).map((element) => element.localName).join(' '));

/** The seed with every free-text field set to `text(i)`, i the field's number. */
function withEveryText(text: (field: number) => string): Bundle {
  const bundle = structuredClone(seed);
  freeText.forEach((path, field) => set(bundle, path, text(field)));
  return bundle;
}

describe('markup and template text in every string field', () => {
  afterEach(() => expectNoUncaughtErrors());

  it('finds which string fields take free text and which are checked', () => {
    expect(freeText.length, 'free-text fields in the seed').to.be.greaterThan(100);
    expect(checked.map(pathText)).to.include.members(['meta.id', 'meta.updated', 'sources[0].id', 'actors[0].color', 'actors[0].kind']);
  });

  for (const lang of ['en', 'ar']) {
    it(`renders each hostile string as exactly that text, creating no element, with lang="${lang}"`, async function () {
      this.timeout(120_000);
      const plain = await renderEverything(withEveryText((field) => `Field ${field}`), lang);
      const plainTexts = textNodesOf(plain);
      const shown = freeText.map((_, field) => field).filter((field) => inTexts(plainTexts, `Field ${field}`));
      const structure = structureOf(plain);
      plain[0].parentElement!.remove();
      // Fields no widget shows (a credit, a description, a source's note, a place's note): the
      // validator still accepts any text there, and nothing renders it.
      measurements[`free-text fields shown (${lang})`] = `${shown.length} of ${freeText.length}`;
      expect(shown.length, 'free-text fields the widgets show').to.be.greaterThan(60);

      for (const hostile of HOSTILE_STRINGS) {
        figures.hostileBundles += 1;
        const bundle = withEveryText((field) => `${hostile} #${field}`);
        expect(validateBundle(bundle).problems).to.deep.equal([]);
        const widgets = await renderEverything(bundle, lang);
        const texts = textNodesOf(widgets);
        for (const field of shown) expect(inTexts(texts, `${hostile} #${field}`), `${pathText(freeText[field])} shown as the text ${JSON.stringify(hostile)}`).to.be.true;
        expect(structureOf(widgets), `elements rendered with ${JSON.stringify(hostile)}`).to.deep.equal(structure);
        for (const widget of widgets) {
          expectNotBlank(widget, `with ${JSON.stringify(hostile)}`);
          expectOnlyWebLinks(widget);
        }
        widgets[0].parentElement!.remove();
        await expectNothingInjectedRan();
      }
    });
  }

  it('refuses hostile strings in checked fields, and shows the refusal as text', async function () {
    this.timeout(60_000);
    const errorStructure = async () => {
      const widget = document.createElement('actor-card') as Widget;
      widget.setAttribute('actor', 'sdf');
      widget.bundle = { meta: 'not a bundle' };
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
      await settledState(widget);
      widget.shadowRoot!.querySelector('details')!.open = true;
      return shadowElements(widget).map((element) => element.localName).join(' ');
    };
    let structure = '';
    await captureConsole('error', async () => {
      structure = await errorStructure();
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...checked), fc.constantFrom(...HOSTILE_STRINGS), async (path, hostile) => {
          figures.hostileBundles += 1;
          const bundle = structuredClone(seed);
          set(bundle, path, hostile);
          const result = validateBundle(bundle);
          expect(result.valid, `${pathText(path)} = ${JSON.stringify(hostile)}`).to.be.false;
          const widget = document.createElement('actor-card') as Widget;
          widget.setAttribute('actor', 'sdf');
          widget.bundle = bundle;
          (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
          expect(await settledState(widget)).to.equal('error');
          const details = widget.shadowRoot!.querySelector('details')!;
          details.open = true;
          await widget.updateComplete;
          expect(shadowElements(widget).map((element) => element.localName).join(' ')).to.equal(structure);
          expect(details.querySelector('p')!.textContent).to.include(`${result.problems[0].path}: ${result.problems[0].message}`);
          expectNotBlank(widget, 'refusing a hostile string');
          widget.parentElement!.remove();
        }),
        { numRuns: 60 },
      );
    });
    await expectNothingInjectedRan();
  });

  it('shows hostile attribute values as text in the notice and the console', async () => {
    const errors = await captureConsole('error', async () => {
      for (const hostile of HOSTILE_STRINGS.slice(0, 7)) {
        const widget = document.createElement('actor-card') as Widget;
        widget.setAttribute('actor', hostile);
        widget.setAttribute('src', '/bundles/syria-iraq-border-2017.json');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
        expect(await settledState(widget)).to.equal('not-found');
        expect(textNodesOf([widget]).join('')).to.include(hostile);
        expect(shadowElements(widget).map((element) => element.localName)).not.to.include.members(['script', 'img', 'svg', 'iframe', 'b', 'style']);
        expectNotBlank(widget, 'with a hostile attribute');
      }
    });
    expect(errors.join('\n')).to.include(HOSTILE_STRINGS[1]);
    await expectNothingInjectedRan();
  });
});

describe('links', () => {
  afterEach(() => expectNoUncaughtErrors());

  const REFUSED = [
    'javascript:window.__nwInjected=1',
    'JaVaScRiPt:window.__nwInjected=1',
    ' javascript:window.__nwInjected=1',
    'java\tscript:window.__nwInjected=1',
    'java\nscript:window.__nwInjected=1',
    '\u0000javascript:window.__nwInjected=1',
    'javascript\u0000:window.__nwInjected=1',
    'javascript://example.com/%0Awindow.__nwInjected=1',
    'data:text/html,<script>parent.__nwInjected=1</script>',
    'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19ud0luamVjdGVkPTE8L3NjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    'about:blank',
    'mailto:editor@example.com',
    'http:/example.com',
    'https:example.com',
    'http://',
    'https://exa mple.com/',
    'https://[::1',
    'https://example.com:99999/',
  ];

  it('refuses every javascript:, data:, vbscript: and other non-web link, and renders no href', async () => {
    await captureConsole('error', async () => {
      for (const url of REFUSED) {
        figures.hostileBundles += 1;
        const bundle = structuredClone(seed);
        bundle.sources[0].url = url;
        const { problems } = validateBundle(bundle);
        expect(problems.map((problem) => problem.path), JSON.stringify(url)).to.deep.equal(['sources[0].url']);
        expect(problems[0].message).to.match(/^expected an http\(s\) link like "https:\/\/example\.com\/story", or a relative one/);
        const widget = document.createElement('actor-card') as Widget;
        widget.setAttribute('actor', 'sdf');
        widget.bundle = bundle;
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
        expect(await settledState(widget)).to.equal('error');
        expect(shadowElements(widget).filter((element) => element.hasAttribute('href'))).to.deep.equal([]);
      }
    });
    await expectNothingInjectedRan();
  });

  it('accepts http(s) and relative links, and they become http(s) hrefs', async () => {
    for (const url of ['https://example.com/story?id=1#top', 'http://example.com', 'stories/article.html', '/article', '//example.com/x', '?id=2', '#sources']) {
      const bundle = structuredClone(seed);
      bundle.sources[0].url = url;
      expect(validateBundle(bundle).problems, url).to.deep.equal([]);
      const widget = document.createElement('actor-card') as Widget;
      widget.setAttribute('actor', 'sdf');
      widget.bundle = bundle;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
      expect(await settledState(widget)).to.equal('ready');
      const link = widget.shadowRoot!.querySelector('a[href]')!;
      expect(link.getAttribute('href')).to.equal(new URL(url, document.baseURI).href);
      expectOnlyWebLinks(widget);
    }
  });

  it('resolves the relative links of a bundle read from a blob: URL (a CMS preview) against the page', async () => {
    const bundle = structuredClone(seed);
    bundle.sources[0].url = 'stories/article.html';
    const src = URL.createObjectURL(new Blob([JSON.stringify(bundle)], { type: 'application/json' }));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<actor-card src="${src}" actor="sdf"></actor-card>`;
    const widget = container.firstElementChild as Widget;
    expect(await settledState(widget)).to.equal('ready');
    expect(widget.shadowRoot!.querySelector('a[href]')!.getAttribute('href')).to.equal(new URL('stories/article.html', document.baseURI).href);
    expectOnlyWebLinks(widget);
    URL.revokeObjectURL(src);
  });

  it('accepts a link only if a browser resolves it to http(s), for any string', async function () {
    this.timeout(60_000);
    const schemes = ['javascript:', 'JavaScript:', 'data:', 'vbscript:', 'java\tscript:', ' javascript:', '\u200Bjavascript:', 'http:', 'https:', 'http://', 'https://', '//', '\\\\', '/\\', 'file:', 'blob:', 'about:', 'mailto:', 'HTTPS://', 'h\nttps://', 'ws://', 'x-custom:'];
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom(...schemes), fc.string({ unit: 'binary', maxLength: 20 })).map(([scheme, rest]) => scheme + rest),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const base = 'https://news.example/topics/bundle.json';
    await captureConsole('error', () =>
      fc.assert(
        fc.asyncProperty(url, fc.boolean(), async (link, render) => {
          figures.hostileBundles += 1;
          const bundle = structuredClone(seed);
          bundle.sources[0].url = link;
          const accepted = validateBundle(bundle).valid;
          let resolved: string | undefined;
          try {
            resolved = new URL(link, base).protocol;
          } catch {
            resolved = undefined;
          }
          if (accepted) expect(resolved, `accepted ${JSON.stringify(link)}`).to.be.oneOf(['http:', 'https:']);
          if (resolved !== undefined && resolved !== 'http:' && resolved !== 'https:') expect(accepted, `refused ${JSON.stringify(link)}`).to.be.false;
          if (!render) return;
          const widget = document.createElement('actor-card') as Widget;
          widget.setAttribute('actor', 'sdf');
          widget.bundle = bundle;
          (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
          expect(await settledState(widget)).to.equal(accepted ? 'ready' : 'error');
          expectOnlyWebLinks(widget);
          widget.parentElement!.remove();
        }),
        { numRuns: 400 },
      ),
    );
    await expectNothingInjectedRan();
  });
});

describe('bidirectional controls in names', () => {
  afterEach(() => expectNoUncaughtErrors());

  /** Right-to-left override, isolate and mark characters left open, as a hostile name would. */
  const OVERRIDE = '\u202E\u2067\u200F';

  /**
   * Whether a text node is kept from reordering what surrounds it: its element isolates it
   * (`<bdi>`, a `dir` attribute, `unicode-bidi: isolate`), or it is alone in its own block.
   */
  const isolated = (text: Text): boolean => {
    const parent = text.parentElement!;
    const style = getComputedStyle(parent);
    if (['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi)) return true;
    const inline = style.display === 'inline' || style.display === 'contents';
    return !inline && parent.textContent?.trim() === text.data.trim();
  };

  it('puts every name and note in an element that isolates it', async function () {
    this.timeout(60_000);
    figures.hostileBundles += 1;
    const bundle = structuredClone(seed);
    freeText.forEach((path, field) => set(bundle, path, `Name ${field} ${OVERRIDE}`));
    const widgets = await renderEverything(bundle, 'en');
    let checkedTexts = 0;
    // Every text left open, with the field it comes from: all of them named at once.
    const open = new Set<string>();
    for (const widget of widgets) {
      const walk = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // A direct quote's words share their paragraph with the quotation marks; the next
          // test checks that they cannot move them.
          if (!node.textContent!.includes(OVERRIDE) || node.parentElement!.closest('blockquote')) continue;
          checkedTexts += 1;
          if (isolated(node as Text)) continue;
          const fields = [...node.textContent!.matchAll(/Name (\d+)/g)].map(([, field]) => pathText(freeText[Number(field)]));
          open.add(`${fields.join(', ')}: "${node.textContent}" in <${node.parentElement!.localName}> of <${widget.localName}>`);
        }
      };
      walk(widget.shadowRoot!);
    }
    expect([...open], 'texts not isolated from what surrounds them').to.deep.equal([]);
    expect(checkedTexts).to.be.greaterThan(60);
    widgets[0].parentElement!.remove();
  });

  /** Whether the characters of a text node are laid out left to right, as they are written. */
  function leftToRight(node: Text): boolean {
    const range = document.createRange();
    const x = (offset: number) => {
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return x(0) < x(node.length - 1);
  }

  const textIn = (root: ParentNode, selector: string): Text => {
    const element = root.querySelector(selector)!;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    return walker.nextNode() as Text;
  };

  it('keeps the text after a name in its order and place, however the name ends', async () => {
    figures.hostileBundles += 1;
    const bundle = structuredClone(seed);
    const isis = bundle.actors.find((actor) => actor.id === 'islamic-state')!;
    isis.name = { en: `Islamic State${OVERRIDE}` };
    isis.shortName = { en: `ISIS${OVERRIDE}` };
    const partition = bundle.quotes.find((quote) => quote.id === 'velayati-partition')!;
    partition.speaker.name = `Ali Akbar Velayati${OVERRIDE}`;
    partition.text = `The U.S. is planning to partition Syria.${OVERRIDE}`;
    const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"></div>`);
    const make = (tag: string, attributes: string) => {
      const template = document.createElement('template');
      template.innerHTML = `<${tag} ${attributes}></${tag}>`;
      const widget = template.content.firstElementChild as Widget;
      widget.bundle = bundle;
      container.append(widget);
      return widget;
    };
    const chip = make('actor-card', 'actor="islamic-state" compact');
    const card = make('actor-card', 'actor="islamic-state"');
    const bar = make('control-bar', 'place="deir-al-zour-province"');
    const quote = make('quote-block', 'quote="velayati-partition"');
    for (const widget of [chip, card, bar, quote]) expect(await settledState(widget)).to.equal('ready');
    await painted();

    // "ISIS‮ · Armed group": the kind keeps its letters in order, to the right of the name.
    for (const widget of [chip, card]) {
      const kind = textIn(widget.shadowRoot!, '[part~="kind"]');
      expect(leftToRight(kind), `kind after the name in <${widget.localName}${widget === chip ? ' compact' : ''}>`).to.be.true;
      const name = widget.shadowRoot!.querySelector(widget === chip ? '.short' : '[part~="short-name"]')!;
      expect(kind.parentElement!.getBoundingClientRect().left).to.be.at.least(name.getBoundingClientRect().right - 1);
    }
    // "Islamic State‮: about a third" in the legend.
    const legend = bar.shadowRoot!.querySelector('[part~="legend"] li')!;
    expect(legend.querySelector('strong')!.getBoundingClientRect().left).to.be.at.least(legend.querySelector('bdi')!.getBoundingClientRect().right - 1);
    expect(leftToRight(textIn(legend, 'strong'))).to.be.true;
    // "Ali Akbar Velayati‮ Foreign affairs adviser…" in the attribution.
    const speaker = quote.shadowRoot!.querySelector('[part~="speaker"]')!;
    expect(leftToRight(textIn(speaker, '.details'))).to.be.true;
    // "“The U.S. is planning to partition Syria.‮”": the closing mark stays at the end.
    const [opening, closing] = quote.shadowRoot!.querySelectorAll('[part~="quote-mark"]');
    const wordsRange = document.createRange();
    wordsRange.setStartAfter(opening);
    wordsRange.setEndBefore(closing);
    const words = wordsRange.getBoundingClientRect();
    expect(closing.getBoundingClientRect().left).to.be.at.least(words.right - 1);
    expect(opening.getBoundingClientRect().right).to.be.at.most(words.left + 1);
    for (const widget of [chip, card, bar, quote]) expectNotBlank(widget, 'with bidi controls in names');
  });
});
