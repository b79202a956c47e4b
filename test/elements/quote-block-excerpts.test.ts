import '../../src/elements/quote-block/quote-block.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { localeFor } from '../../src/controllers/locale.js';
import { SEED_URL, parts, seedBundle, textOf, visibleText, waitForState, type Widget } from '../helpers.js';

/**
 * "What the source says" on `<quote-block>` (issue 15): a paraphrase's source sentence, a direct
 * quote's only where it says more. Elements are compared as booleans: a failing chai assertion
 * that prints a shadow-tree element can stall the browser instead of failing.
 */

const TESTLAND = '/stories/bundles/testland.json';

type QuoteBlockElement = Widget & { quote: string | null };
type Json = Record<string, unknown>;
type QuoteJson = Json & { id: string; kind: string; text: string; excerpts?: Array<{ source: string; text: string }>; context?: unknown };

/** A ready `<quote-block>` from markup attributes: from testland.json unless they give a `src`, or from the bundle given. */
async function quoteBlock(attributes: string, bundle?: unknown): Promise<QuoteBlockElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<quote-block ${bundle || attributes.includes('src=') ? '' : `src="${TESTLAND}"`} ${attributes}></quote-block>`;
  const widget = container.firstElementChild as QuoteBlockElement;
  if (bundle) widget.bundle = bundle;
  await waitForState(widget, 'ready');
  return widget;
}

/** A fresh copy of testland.json with one quote changed. */
async function testlandWith(id: string, change: (quote: QuoteJson) => void): Promise<Json> {
  const bundle = (await (await fetch(TESTLAND)).json()) as Json;
  change((bundle.quotes as QuoteJson[]).find((quote) => quote.id === id)!);
  return bundle;
}

const toggles = (widget: HTMLElement) => parts(widget, 'excerpt-toggle') as HTMLButtonElement[];
const panelOf = (widget: HTMLElement, toggle: HTMLElement) => widget.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
const shown = (element: Element) => getComputedStyle(element).display !== 'none';

/** Each excerpt of a panel as a reader reads it: the words, then "— outlet, headline, date". */
const excerptsOf = (panel: HTMLElement) =>
  [...panel.querySelectorAll('[part~="excerpt"]')].map((excerpt) => ({
    words: textOf(excerpt.querySelector('blockquote')),
    lang: excerpt.querySelector('blockquote')!.lang,
    caption: textOf(excerpt.querySelector('figcaption')),
  }));

const PARAPHRASE = 'Observers said the front holds less than half of the province.';
const PARAPHRASED = "Independent observers put the front's share at less than half of the province.";
const DIRECT = 'We hold the river, and we will keep it.';
const AROUND_DIRECT = '“We hold the river, and we will keep it,” Ada Testwell told the rally.';
const CONTEXT = 'Speaking at a rally, as the front now holds most of the north.';

/** The observer source as the panel's caption names it: outlet, headline (marked where translated), date. */
const observerCaption = (lang: 'en' | 'ar') => {
  const date = localeFor(lang, 'en').date({ date: '2017-11', approximate: true });
  return lang === 'en'
    ? ['The Testland Observer', 'Observers: front holds less, not more, than half of the province', date]
    : ['مراقب تستلاند', 'مراقبون: الجبهة تسيطر على أقل من نصف المحافظة', `(${localeFor('ar', 'en').shared.translated})`, date];
};
const wireCaption = () => {
  const locale = localeFor('en', 'en');
  return [locale.shared.via('Testland Wire', 'The Daily Example'), 'North Front says it holds most of Testland Province', locale.date('2017-11-20')];
};

/** Whether the caption is "— " and then the pieces, in this order, with nothing but separators between them. */
function expectCaption(caption: string, pieces: readonly string[]): void {
  expect(caption.startsWith('— '), caption).to.be.true;
  let at = 2;
  for (const piece of pieces) {
    const found = caption.indexOf(piece, at);
    expect(found, `${piece} in ${caption}`).to.be.at.least(at);
    expect(caption.slice(at, found).replace(/[\s,،]/g, ''), caption).to.equal('');
    at = found + piece.length;
  }
  expect(caption.slice(at).trim()).to.equal('');
}

/** The one excerpt of a panel: its words exactly, in English, and its caption. */
function expectOneExcerpt(panel: HTMLElement, words: string, caption: readonly string[]): void {
  const excerpts = excerptsOf(panel);
  expect(excerpts.map((excerpt) => [excerpt.words, excerpt.lang])).to.deep.equal([[words, 'en']]);
  expectCaption(excerpts[0].caption, caption);
}

describe('<quote-block> "What the source says" for a paraphrase (testland.json)', () => {
  it('puts a collapsed button at the end of the paraphrased words, named by them, and the hidden panel under them', async () => {
    const widget = await quoteBlock('quote="observer-paraphrase"');
    const [toggle, ...more] = toggles(widget);
    expect(more).to.have.length(0);
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-label')).to.equal(`What the source says: ${PARAPHRASE}`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const words = widget.shadowRoot!.querySelector('[part~="text"]')!;
    expect(toggle.closest('[part~="text"]') === words, 'the button is inside the words').to.be.true;
    expect(textOf(words)).to.equal(PARAPHRASE);
    // The button's name is English, as the reader's language, not as the words' (also English here).
    expect(toggle.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    const panel = panelOf(widget, toggle);
    expect(panel.getAttribute('part')).to.equal('excerpts');
    expect(panel.getAttribute('role')).to.equal('group');
    expect(panel.getAttribute('aria-label')).to.equal('What the source says');
    expect(words.nextElementSibling === panel, 'the panel follows the words').to.be.true;
    expect(shown(panel)).to.be.false;
    expect(visibleText(widget)).not.to.include(PARAPHRASED);
  });

  it('opens with Enter: the sentence paraphrased, its outlet, headline and date; Space closes it', async () => {
    const widget = await quoteBlock('quote="observer-paraphrase"');
    const [toggle] = toggles(widget);
    toggle.focus();
    let interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'observer-paraphrase',
      value: 'quote:shown',
    });
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(widget, toggle);
    expect(shown(panel)).to.be.true;
    expectOneExcerpt(panel, PARAPHRASED, observerCaption('en'));
    expect(visibleText(widget)).to.include(PARAPHRASED);

    interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: ' ' });
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('quote:hidden');
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(panel)).to.be.false;
  });

  it('opens with a click too', async () => {
    const widget = await quoteBlock('quote="observer-paraphrase"');
    const [toggle] = toggles(widget);
    const interacted = oneEvent(widget, 'nw-interact');
    toggle.click();
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'observer-paraphrase',
      value: 'quote:shown',
    });
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(panelOf(widget, toggle))).to.be.true;
  });

  it('starts closed again when the widget is set to another quote and back', async () => {
    const widget = await quoteBlock('quote="observer-paraphrase"');
    toggles(widget)[0].click();
    await widget.updateComplete;
    widget.setAttribute('quote', 'ada-testwell-river');
    await widget.updateComplete;
    expect(toggles(widget)).to.have.length(0);
    widget.setAttribute('quote', 'observer-paraphrase');
    await widget.updateComplete;
    const [toggle] = toggles(widget);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(panelOf(widget, toggle))).to.be.false;
  });

  it('prints the panel open, without the button', async function () {
    // Print media can be emulated only through Chromium's DevTools protocol.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const widget = await quoteBlock('quote="observer-paraphrase"');
    const [toggle] = toggles(widget);
    await emulateMedia({ media: 'print' });
    try {
      expect(shown(toggle)).to.be.false;
      expect(shown(panelOf(widget, toggle))).to.be.true;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`passes axe closed and open, lang="${lang}" theme="${theme}"`, async () => {
        const widget = await quoteBlock(`quote="observer-paraphrase" lang="${lang}" theme="${theme}"`);
        await expect(widget).to.be.accessible();
        toggles(widget)[0].click();
        await widget.updateComplete;
        await expect(widget).to.be.accessible();
      });
    }
  }
});

describe('<quote-block> "What the source says" for a paraphrase, in Arabic (testland.json)', () => {
  it('names the button «ما يقوله المصدر» with the words as shown, in Arabic, and opens the English sentence with an Arabic caption', async () => {
    const widget = await quoteBlock('quote="observer-paraphrase" lang="ar"');
    const [toggle] = toggles(widget);
    expect(toggle.getAttribute('aria-label')).to.equal(`ما يقوله المصدر: ${PARAPHRASE}`);
    expect(toggle.getAttribute('title')).to.equal('ما يقوله المصدر');
    // Inside the English words, the Arabic name is marked as Arabic.
    expect(toggle.closest('[part~="text"]')!.getAttribute('lang')).to.equal('en');
    expect(toggle.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    const panel = panelOf(widget, toggle);
    expect(panel.getAttribute('aria-label')).to.equal('ما يقوله المصدر');
    toggle.focus();
    const interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('quote:shown');
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expectOneExcerpt(panel, PARAPHRASED, observerCaption('ar'));
    // The English sentence reads left to right inside the right-to-left widget.
    expect(getComputedStyle(panel.querySelector('blockquote')!).direction).to.equal('ltr');
  });
});

describe('<quote-block> "What the source says" for a direct quote', () => {
  it('offers nothing for a direct quote without excerpts, nor for its context without them (testland.json)', async () => {
    for (const lang of ['en', 'ar']) {
      const widget = await quoteBlock(`quote="ada-testwell-river" lang="${lang}"`);
      expect(parts(widget, 'context')).to.have.length(1);
      expect(toggles(widget)).to.have.length(0);
      expect(parts(widget, 'excerpts')).to.have.length(0);
    }
  });

  it('offers nothing for an excerpt that only repeats the quote\'s own words', async () => {
    const bundle = await testlandWith('ada-testwell-river', (quote) => {
      quote.excerpts = [{ source: 'testland-wire', text: ' We hold  the river, and we will keep it ' }];
    });
    const widget = await quoteBlock('quote="ada-testwell-river"', bundle);
    expect(toggles(widget)).to.have.length(0);
    expect(parts(widget, 'excerpts')).to.have.length(0);
  });

  it('shows an excerpt that says more than the words, after the closing mark, and leaves the repetition out', async () => {
    const bundle = await testlandWith('ada-testwell-river', (quote) => {
      quote.excerpts = [
        { source: 'testland-wire', text: DIRECT },
        { source: 'testland-wire', text: AROUND_DIRECT },
      ];
    });
    const widget = await quoteBlock('quote="ada-testwell-river"', bundle);
    const [toggle, ...more] = toggles(widget);
    expect(more).to.have.length(0);
    expect(toggle.getAttribute('aria-label')).to.equal(`What the source says: ${DIRECT}`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const blockquote = widget.shadowRoot!.querySelector('[part~="text"]')!;
    expect(blockquote.localName).to.equal('blockquote');
    expect(textOf(blockquote)).to.equal(`“${DIRECT}”`);
    const marks = parts(widget, 'quote-mark');
    expect(marks[1].compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const panel = panelOf(widget, toggle);
    expect(blockquote.nextElementSibling === panel, 'the panel follows the quote').to.be.true;
    toggle.focus();
    const interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'ada-testwell-river',
      value: 'quote:shown',
    });
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expectOneExcerpt(panel, AROUND_DIRECT, wireCaption());
    await expect(widget).to.be.accessible();
  });

  it('in Arabic, puts the button after the translation shown in place of the words, named by it', async () => {
    const bundle = await testlandWith('ada-testwell-river', (quote) => {
      quote.excerpts = [{ source: 'testland-wire', text: AROUND_DIRECT }];
    });
    const widget = await quoteBlock('quote="ada-testwell-river" lang="ar"', bundle);
    const [toggle] = toggles(widget);
    expect(toggle.getAttribute('aria-label')).to.equal('ما يقوله المصدر: نحن نسيطر على النهر وسنحتفظ به.');
    expect(toggle.closest('[part~="translation"]') !== null, 'the button is inside the translation').to.be.true;
    // The words as published stay behind their own button, without a second excerpt button.
    expect(parts(widget, 'published')[0].querySelector('[part~="excerpt-toggle"]') === null, 'no button in the words as published').to.be.true;
    toggle.click();
    await widget.updateComplete;
    expect(shown(panelOf(widget, toggle))).to.be.true;
    expect(excerptsOf(panelOf(widget, toggle)).map((excerpt) => excerpt.words)).to.deep.equal([AROUND_DIRECT]);
    for (const theme of ['light', 'dark']) {
      widget.setAttribute('theme', theme);
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    }
  });
});

describe('<quote-block> "What the source says" for the context of a quote', () => {
  const withContextExcerpt = () =>
    testlandWith('ada-testwell-river', (quote) => {
      (quote.context as Json).excerpts = [{ source: 'testland-wire', text: 'Ada Testwell spoke at a rally in Northtown.' }];
    });

  it('puts its own button at the end of the context line and its panel under it, apart from the words\'', async () => {
    const widget = await quoteBlock('quote="ada-testwell-river"', await withContextExcerpt());
    const [toggle, ...more] = toggles(widget);
    expect(more).to.have.length(0);
    const context = parts(widget, 'context')[0];
    expect(toggle.closest('[part~="context"]') === context, 'the button is inside the context').to.be.true;
    expect(toggle.getAttribute('aria-label')).to.equal(`What the source says: ${CONTEXT}`);
    const panel = panelOf(widget, toggle);
    expect(context.nextElementSibling === panel, 'the panel follows the context').to.be.true;
    expect(shown(panel)).to.be.false;
    const interacted = oneEvent(widget, 'nw-interact');
    toggle.click();
    expect(((await interacted) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('context:shown');
    await widget.updateComplete;
    expectOneExcerpt(panel, 'Ada Testwell spoke at a rally in Northtown.', wireCaption());
    await expect(widget).to.be.accessible();
  });
});

describe('<quote-block> "What the source says" on the seed bundle', () => {
  it('offers nothing on any quote of the seed when it has no excerpts', async () => {
    const bundle = await seedBundle();
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'excerpts').map(([key, each]) => [key, strip(each)]));
      }
      return value;
    };
    const bare = strip(bundle) as Json;
    for (const { id } of bare.quotes as QuoteJson[]) {
      const widget = await quoteBlock(`quote="${id}"`, bare);
      expect(toggles(widget), id).to.have.length(0);
      expect(parts(widget, 'excerpts'), id).to.have.length(0);
    }
  });

  it('shows each excerpt the seed gives a paraphrase, and none that only repeats a direct quote\'s words', async () => {
    const bundle = await seedBundle();
    const quotes = bundle.quotes as QuoteJson[];
    const paraphrase = quotes.find((quote) => quote.id === 'velayati-raqqa')!;
    const widget = await quoteBlock(`src="${SEED_URL}" quote="velayati-raqqa"`);
    const words = widget.shadowRoot!.querySelector('[part~="text"]')!;
    const toggle = words.querySelector<HTMLButtonElement>('[part~="excerpt-toggle"]');
    // The paraphrase stays reported speech, not a blockquote: the only blockquotes are the source's words in the panel.
    expect(words.localName).to.equal('p');
    const blockquotes = [...widget.shadowRoot!.querySelectorAll('blockquote')];
    expect(blockquotes.every((blockquote) => blockquote.closest('[part~="excerpts"]') !== null), 'blockquotes only in the panel').to.be.true;
    if (!paraphrase.excerpts?.length) {
      expect(toggle === null, 'no button without excerpts').to.be.true;
    } else {
      toggle!.click();
      await widget.updateComplete;
      expect(excerptsOf(panelOf(widget, toggle!)).map((excerpt) => excerpt.words)).to.deep.equal(paraphrase.excerpts.map((excerpt) => excerpt.text));
      await expect(widget).to.be.accessible();
    }
    // Velayati's "The U.S. is planning to partition Syria" has no excerpt other than its own words.
    const direct = quotes.find((quote) => quote.id === 'velayati-partition')!;
    expect((direct.excerpts ?? []).every((excerpt) => excerpt.text.replace(/[.”"]+$/, '') === direct.text.replace(/[.”"]+$/, ''))).to.be.true;
    const partition = await quoteBlock(`src="${SEED_URL}" quote="velayati-partition"`);
    expect(toggles(partition)).to.have.length(0);
  });
});
