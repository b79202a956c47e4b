/**
 * `news-widgets render` of "What the source says" (issue 15), from the fictional Testland
 * bundle (stories/bundles/testland.json), whose facts carry excerpts: the exact words of a
 * source. In the server rendering each fact with excerpts has its button and its panel, closed,
 * the words in the markup; in plain HTML the button is a numbered footnote reference and the
 * panels are the footnotes, in order, at the end of the widget, each with a link back. A fact
 * without excerpts offers nothing, in either format.
 *
 * Runs the built CLI (dist/cli.js: npm test builds it; `rollup -c` alone is enough).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { attributeOf, childrenOf, elementsOf, runCli, textOf } from './lib/cli.mjs';

const TESTLAND = 'stories/bundles/testland.json';
const bundle = JSON.parse(readFileSync(TESTLAND, 'utf8'));

/** "What the source says", as the widget names its panels and its list of footnotes. */
const HEADING = { en: 'What the source says', ar: 'ما يقوله المصدر' };

const render = (args) => runCli(['render', ...args, '--src', TESTLAND]);

const hasPart = (node, part) => attributeOf(node, 'part')?.split(/\s+/).includes(part) ?? false;
const elementChildren = (node) => childrenOf(node).filter((child) => child.tagName);
const quotesIn = (node) => [...elementsOf(node)].filter((element) => element.tagName === 'blockquote').map(textOf);

/** The words of each excerpt on `entries` (a fact or a list of facts), in the bundle's order. */
const excerptsOf = (...entries) => entries.flat().flatMap((entry) => (entry?.excerpts ?? []).map((excerpt) => excerpt.text));
/** Every excerpt of the bundle: whatever a panel quotes must be one of them, word for word. */
const ALL_EXCERPTS = new Set(
  (function* walk(value) {
    if (Array.isArray(value)) for (const each of value) yield* walk(each);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'excerpts') for (const excerpt of child) yield excerpt.text;
        else yield* walk(child);
      }
    }
  })(bundle),
);

const snapshot = (id) => bundle.control.find((each) => each.id === id);
const northFront = bundle.actors.find((actor) => actor.id === 'north-front');
const crossing = bundle.crossings.find((each) => each.id === 'northtown-southtown');

/** Each widget with facts that have excerpts, and the excerpts it must offer (at least). */
const CASES = [
  {
    name: 'control-bar testland-province',
    args: ['--widget', 'control-bar', '--place', 'testland-province'],
    prefix: 'control-bar-testland-province',
    // The two competing claims of the latest moment: each snapshot and share with its words.
    excerpts: excerptsOf(
      snapshot('province-north-front-claim'),
      snapshot('province-north-front-claim').shares,
      snapshot('province-observers'),
      snapshot('province-observers').shares,
    ),
  },
  {
    name: 'control-bar testland-province and testford, one widget',
    args: ['--widget', 'control-bar', '--place', 'testland-province testford'],
    prefix: 'control-bar-testland-province-testford',
    excerpts: excerptsOf(
      snapshot('province-north-front-claim'),
      snapshot('province-north-front-claim').shares,
      snapshot('province-observers').shares,
      snapshot('testford-all-except'),
    ),
  },
  {
    name: 'border-crossing-status northtown-southtown',
    args: ['--widget', 'border-crossing-status', '--crossing', 'northtown-southtown'],
    prefix: 'border-crossing-status-northtown-southtown',
    // The status, the north side, the history entry, the event that names the crossing.
    excerpts: excerptsOf(
      crossing,
      crossing.sides,
      crossing.history,
      bundle.events.filter((event) => event.crossings?.includes('northtown-southtown')),
    ),
  },
  {
    name: 'actor-card north-front',
    args: ['--widget', 'actor-card', '--actor', 'north-front'],
    prefix: 'actor-card-north-front',
    // Summary, goals and relations; the shares the card lists.
    excerpts: excerptsOf(
      northFront.summary,
      northFront.goals,
      northFront.relations,
      snapshot('province-north-front-claim').shares,
      snapshot('province-observers').shares,
    ),
  },
  {
    name: 'quote-block observer-paraphrase',
    args: ['--widget', 'quote-block', '--quote', 'observer-paraphrase'],
    prefix: 'quote-block-observer-paraphrase',
    // A paraphrase: the source's sentence it paraphrases.
    excerpts: excerptsOf(bundle.quotes.find((quote) => quote.id === 'observer-paraphrase')),
  },
];

/** The server rendering: each button, the panel it controls (in the buttons' order), and the text. */
function readSsr(html) {
  const root = parseFragment(html);
  const elements = [...elementsOf(root)];
  const byId = new Map(elements.filter((element) => attributeOf(element, 'id')).map((element) => [attributeOf(element, 'id'), element]));
  const toggles = elements.filter((element) => hasPart(element, 'excerpt-toggle'));
  return {
    text: textOf(root),
    ids: elements.map((element) => attributeOf(element, 'id')).filter(Boolean),
    toggles,
    panels: elements.filter((element) => hasPart(element, 'excerpts')),
    controlled: toggles.map((toggle) => byId.get(attributeOf(toggle, 'aria-controls'))),
  };
}

/** The plain rendering: the footnote references in document order, the list at the end, and the rest. */
function readPlain(html) {
  const root = parseFragment(html);
  const widget = elementChildren(root)[0];
  const elements = [...elementsOf(root)];
  const last = elementChildren(widget).at(-1);
  const list = last?.tagName === 'ol' && attributeOf(last, 'aria-labelledby')?.startsWith('nw-fn-') ? last : undefined;
  const inList = new Set(list ? [...elementsOf(list)] : []);
  const refs = elements.filter((element) => element.tagName === 'a' && attributeOf(element, 'href')?.startsWith('#nw-fn-') && !inList.has(element));
  const outside = elementChildren(widget).filter((child) => child !== list);
  return {
    widget,
    text: textOf(root),
    ids: elements.map((element) => attributeOf(element, 'id')).filter(Boolean),
    elements,
    refs,
    list,
    label: list && elements.find((element) => attributeOf(element, 'id') === attributeOf(list, 'aria-labelledby')),
    footnotes: list ? elementChildren(list) : [],
    quotesOutside: outside.flatMap(quotesIn),
  };
}

const duplicates = (ids) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('news-widgets render: what the source says, from testland.json', () => {
  for (const testCase of CASES) {
    for (const lang of ['en', 'ar']) {
      const heading = HEADING[lang];

      it(`${testCase.name} (${lang}, ssr): a closed button after each fact and its panel, the words in the markup`, async () => {
        const { status, stdout, stderr } = await render([...testCase.args, '--lang', lang, '--format', 'ssr']);
        assert.equal(stderr, '');
        assert.equal(status, 0);
        const ssr = readSsr(stdout);
        assert.ok(ssr.toggles.length >= 1, 'a "What the source says" button');
        assert.equal(ssr.toggles.length, ssr.panels.length, 'one panel per button');
        assert.deepEqual(duplicates(ssr.ids), [], 'ids unique in the widget');
        for (const [i, toggle] of ssr.toggles.entries()) {
          const panel = ssr.controlled[i];
          assert.equal(toggle.tagName, 'button');
          assert.equal(attributeOf(toggle, 'aria-expanded'), 'false', 'closed until the reader opens it');
          assert.ok(panel && hasPart(panel, 'excerpts'), `button ${i + 1} controls a panel (aria-controls="${attributeOf(toggle, 'aria-controls')}")`);
          assert.equal(attributeOf(panel, 'role'), 'group');
          assert.equal(attributeOf(panel, 'aria-label'), heading);
          assert.notEqual(attributeOf(panel, 'hidden'), undefined, 'the panel is hidden until opened (print shows it)');
          const name = attributeOf(toggle, 'aria-label') ?? '';
          assert.ok(name.startsWith(`${heading}: `) && name.length > heading.length + 2, `button named "${heading}: <the fact>" (is "${name}")`);
          const quotes = quotesIn(panel);
          assert.ok(quotes.length >= 1, `panel ${i + 1} quotes its source`);
          for (const quote of quotes) assert.ok(ALL_EXCERPTS.has(quote), `panel ${i + 1} quotes an excerpt of the bundle word for word: "${quote}"`);
        }
        // Without JavaScript the panels stay hidden, but the words are in the page (and printed).
        const quoted = ssr.panels.flatMap(quotesIn);
        for (const words of testCase.excerpts) {
          assert.ok(quoted.includes(words), `a panel quotes "${words}"`);
          assert.ok(ssr.text.includes(words));
        }
      });

      it(`${testCase.name} (${lang}, plain): numbered footnotes at the end, with links both ways`, async () => {
        const [ssrRun, plainRun] = await Promise.all([
          render([...testCase.args, '--lang', lang, '--format', 'ssr']),
          render([...testCase.args, '--lang', lang, '--format', 'plain']),
        ]);
        const { status, stdout, stderr } = plainRun;
        assert.equal(stderr, '');
        assert.equal(status, 0);
        assert.doesNotMatch(stdout, /<button|<template|<style| part=| hidden| aria-controls=| aria-expanded=/);
        const plain = readPlain(stdout);
        assert.equal(attributeOf(plain.widget, 'lang'), lang);
        assert.deepEqual(duplicates(plain.ids), [], 'ids unique in the widget');

        // References: [1], [2], … in reading order, each a superscript link to its footnote.
        assert.ok(plain.refs.length >= 1, 'footnote references');
        for (const [i, ref] of plain.refs.entries()) {
          const n = i + 1;
          assert.equal(textOf(ref), `[${n}]`);
          assert.equal(attributeOf(ref, 'id'), `nw-fnref-${testCase.prefix}-${n}`);
          assert.equal(attributeOf(ref, 'href'), `#nw-fn-${testCase.prefix}-${n}`);
          assert.equal(ref.parentNode.tagName, 'sup');
          assert.match(attributeOf(ref, 'aria-label') ?? '', new RegExp(`^\\[${n}\\] ${heading}: .+`), 'a screen reader hears the number and which fact');
        }

        // The list: headed "What the source says", last in the widget, one footnote per reference.
        assert.ok(plain.list, `an <ol> of footnotes at the end of the widget:\n${stdout}`);
        assert.equal(plain.label?.tagName, 'p');
        assert.equal(textOf(plain.label), heading);
        assert.equal(elementChildren(plain.widget).at(-2), plain.label, 'the heading just before the list');
        assert.equal(plain.footnotes.length, plain.refs.length);
        for (const [i, footnote] of plain.footnotes.entries()) {
          const n = i + 1;
          assert.equal(footnote.tagName, 'li');
          assert.equal(attributeOf(footnote, 'id'), `nw-fn-${testCase.prefix}-${n}`);
          const back = [...elementsOf(footnote)].filter((element) => element.tagName === 'a' && attributeOf(element, 'href') === `#nw-fnref-${testCase.prefix}-${n}`);
          assert.equal(back.length, 1, `footnote ${n} links back to its reference`);
          assert.equal(textOf(back[0]), '↩');
          const backName = attributeOf(back[0], 'aria-label') ?? '';
          assert.match(backName, lang === 'ar' ? /\p{Script=Arabic}/u : /^Back to the text/, `the back link is named in the widget's language ("${backName}")`);
          const quotes = quotesIn(footnote);
          assert.ok(quotes.length >= 1);
          for (const quote of quotes) assert.ok(ALL_EXCERPTS.has(quote), `footnote ${n} quotes an excerpt word for word: "${quote}"`);
          const captions = [...elementsOf(footnote)].filter((element) => element.tagName === 'figcaption');
          assert.equal(captions.length, quotes.length, 'each excerpt with its outlet, headline and date');
          for (const caption of captions) assert.ok([...elementsOf(caption)].some((element) => element.tagName === 'cite' && textOf(element) !== ''), 'the headline');
        }

        // Every excerpt is in the footnotes, and only there.
        const footnoted = plain.footnotes.flatMap(quotesIn);
        for (const words of testCase.excerpts) assert.ok(footnoted.includes(words), `a footnote quotes "${words}"`);
        assert.deepEqual(plain.quotesOutside.filter((quote) => ALL_EXCERPTS.has(quote)), [], 'no excerpt left in the text itself');

        // The same excerpts, in the same order, as the server rendering's panels.
        assert.equal(ssrRun.status, 0);
        const ssr = readSsr(ssrRun.stdout);
        assert.deepEqual(plain.footnotes.map(quotesIn), ssr.controlled.map(quotesIn));
      });
    }
  }

  it('two widgets on one page: footnote ids never collide', async () => {
    const outputs = await Promise.all(
      [CASES[0], CASES[3]].map(async (testCase) => (await render([...testCase.args, '--format', 'plain'])).stdout),
    );
    const page = readPlain(`<div>${outputs.join('')}</div>`);
    const ids = page.elements.map((element) => attributeOf(element, 'id')).filter(Boolean);
    assert.ok(ids.filter((id) => id.startsWith('nw-fn')).length >= 4);
    assert.deepEqual(duplicates(ids), []);
  });

  for (const [what, args] of [
    ['control-bar testville, whose snapshot has no excerpt', ['--widget', 'control-bar', '--place', 'testville']],
    ['quote-block ada-testwell-river, a quote without excerpts', ['--widget', 'quote-block', '--quote', 'ada-testwell-river']],
  ]) {
    for (const lang of ['en', 'ar']) {
      for (const format of ['ssr', 'plain']) {
        it(`${what} (${lang}, ${format}): nothing offered`, async () => {
          const { status, stdout, stderr } = await render([...args, '--lang', lang, '--format', format]);
          assert.equal(stderr, '');
          assert.equal(status, 0);
          const root = parseFragment(stdout);
          const offered = [...elementsOf(root)].filter(
            (element) => hasPart(element, 'excerpt-toggle') || hasPart(element, 'excerpts') || element.tagName === 'sup' || attributeOf(element, 'id')?.startsWith('nw-fn'),
          );
          assert.deepEqual(offered.map((element) => element.tagName), []);
          assert.ok(!textOf(root).includes(HEADING[lang]), `no "${HEADING[lang]}"`);
        });
      }
    }
  }
});
