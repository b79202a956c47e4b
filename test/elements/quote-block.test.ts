import '../../src/elements/quote-block/quote-block.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contrastRatio, distinctFrom } from '../../src/helpers/contrast.js';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { localeFor } from '../../src/controllers/locale.js';
import { quoteBlockFallbackLine } from '../../src/elements/quote-block/quote-block.fallback.js';
import { SEED_URL, baseOf, hexOf, longDate, parts, textOf, visibleText, waitForState, type Widget } from '../helpers.js';
import { describeWidgetContract } from './widget-contract.js';

describeWidgetContract({
  tag: 'quote-block',
  attribute: 'quote',
  id: 'alia-mohamed',
  readyText: 'We fled from the intensive bombings because we could not stay there any more',
  arabicText: `العمر ${new Intl.NumberFormat('ar').format(33)}`,
  misspelt: ['alia-mohamad', 'alia-mohamed'],
  change: (bundle) => {
    const quotes = bundle.quotes as Array<Record<string, unknown>>;
    const quote = quotes.find((candidate) => candidate.id === 'alia-mohamed')!;
    quote.context = 'At a shelter in Testland, in a changed test bundle.';
    return quote.context as string;
  },
});

const FIXTURE = '/test/fixtures/elements/quote-block-originals-and-long-quotes.json';
/** The seed's "Friday", as its data writes it: the article gives no calendar date. */
const FRIDAY = 'Friday [3 November 2017, as the editors read it]';
const FRIDAY_AR = 'الجمعة [3 تشرين الثاني/نوفمبر 2017 بحسب قراءة المحررين]';

type QuoteBlockElement = Widget & { quote: string | null };

/** A ready `<quote-block>` from markup attributes, in a container of the given width. */
async function quoteBlock(attributes: string, width = ''): Promise<QuoteBlockElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) container.style.inlineSize = width;
  container.innerHTML = `<quote-block ${attributes}></quote-block>`;
  const widget = container.firstElementChild as QuoteBlockElement;
  await waitForState(widget, 'ready');
  return widget;
}

const seedQuote = (id: string, more = '') => quoteBlock(`src="${SEED_URL}" quote="${id}" ${more}`);
const fixtureQuote = (id: string, more = '', width = '') => quoteBlock(`src="${FIXTURE}" quote="${id}" ${more}`, width);

const part = (widget: HTMLElement, name: string) => widget.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<quote-block> direct quotes', () => {
  it('puts a direct quote in a blockquote inside a figure, in its language and English marks', async () => {
    const widget = await seedQuote('velayati-partition');
    const figure = widget.shadowRoot!.querySelector('figure')!;
    const blockquote = figure.querySelector('blockquote')!;
    expect(blockquote).to.exist;
    expect(blockquote.lang).to.equal('en');
    expect(blockquote.dir).to.equal('ltr');
    expect(textOf(blockquote)).to.equal('“The U.S. is planning to partition Syria”');
    const marks = parts(widget, 'quote-mark');
    expect(marks.map((mark) => mark.textContent)).to.deep.equal(['“', '”']);
    expect(marks.every((mark) => mark.getAttribute('aria-hidden') === 'true')).to.be.true;
    expect(figure.lastElementChild?.localName).to.equal('figcaption');
    expect(part(widget, 'paraphrase-label')).to.be.null;
  });

  it('attributes it to Ali Akbar Velayati, his role and Iran, said on Friday (3 November 2017 as the editors read it) via IRNA', async () => {
    const widget = await seedQuote('velayati-partition');
    const caption = widget.shadowRoot!.querySelector('figcaption')!;
    expect(textOf(caption.querySelector('.name'))).to.equal('Ali Akbar Velayati');
    expect(textOf(caption.querySelector('.details'))).to.equal('Foreign affairs adviser to Iran’s Supreme Leader');
    expect(textOf(part(widget, 'affiliation'))).to.equal('Affiliation: Iran');
    const said = part(widget, 'said')!;
    const time = said.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2017-11-03');
    // The editors' reading of the article's "Friday", as the data writes it, never a bare date.
    expect(textOf(time)).to.equal(FRIDAY);
    expect(textOf(said)).to.equal(`Said: ${FRIDAY} · via IRNA, Iran’s semiofficial news agency`);
    const text = visibleText(widget);
    expect(text).to.include('via IRNA, Iran’s semiofficial news agency');
    expect(text).not.to.include(longDate('2017-11-03'));
    expect(text).to.include(`Source: ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing · as of ${FRIDAY}`);
    await expect(widget).to.be.accessible();
  });

  it('shows the context line where the quote has one', async () => {
    const widget = await seedQuote('velayati-field');
    // What the article gives: where the words stand in IRNA's report, not whom they are about.
    expect(textOf(part(widget, 'context'))).to.equal('Quoted by IRNA straight after “The U.S. is planning to partition Syria.” The article does not say what “It” stands for.');
    const without = await seedQuote('velayati-partition');
    expect(part(without, 'context')).to.be.null;
  });

  it('shows age 33 for Alia Mohamed, and no date: the article gives none for her words and none for itself', async () => {
    const widget = await seedQuote('alia-mohamed');
    expect(textOf(part(widget, 'speaker'))).to.equal(`Alia Mohamed age ${new Intl.NumberFormat('en').format(33)}`);
    expect(part(widget, 'said')).to.be.null;
    expect(part(widget, 'affiliation')).to.be.null;
    expect(textOf(part(widget, 'context'))).to.include('At a park in Damascus');
    expect(part(widget, 'sources')!.querySelector('time')).to.be.null;
    expect(textOf(part(widget, 'sources'))).to.equal('Source: ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing');
    expect(visibleText(widget)).not.to.include('2017');
  });
});

describe('<quote-block> paraphrases', () => {
  it('shows a paraphrase as labelled reported speech, not in a blockquote and without added marks', async () => {
    const widget = await seedQuote('velayati-raqqa');
    const root = widget.shadowRoot!;
    expect(root.querySelector('blockquote:not([part~="excerpts"] blockquote)')).to.be.null;
    expect(parts(widget, 'quote-mark')).to.have.length(0);
    const text = part(widget, 'text')!;
    expect(text.localName).to.equal('p');
    expect(text.lang).to.equal('en');
    expect(text.textContent).to.equal('Raqqa and its surroundings “will be liberated” and the Syrian government would take control.');
    const label = part(widget, 'paraphrase-label')!;
    expect(label.textContent).to.equal('Paraphrase, not a direct quote');
    expect(getComputedStyle(label).display).not.to.equal('none');
    expect(label.closest('[aria-hidden="true"]')).to.be.null;
    // Read before the words, by eye and by screen reader.
    expect(label.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(visibleText(widget)).to.include('Paraphrase, not a direct quote Raqqa and its surroundings');
    await expect(widget).to.be.accessible();
  });

  it('shows the role as the attribution for a speaker with only a role, and no date where the article gives none', async () => {
    const widget = await seedQuote('iraqi-chief-of-staff-crossing');
    expect(textOf(widget.shadowRoot!.querySelector('.name'))).to.equal('Iraqi military chief of staff');
    expect(widget.shadowRoot!.querySelector('.details')).to.be.null;
    expect(textOf(part(widget, 'affiliation'))).to.equal('Affiliation: Iraqi forces');
    expect(part(widget, 'said')).to.be.null;
    expect(visibleText(widget)).not.to.include('2017');
  });

  it('shows another quote when the quote attribute changes', async () => {
    const widget = await seedQuote('velayati-raqqa');
    widget.setAttribute('quote', 'velayati-soon');
    await widget.updateComplete;
    expect(part(widget, 'text')!.textContent).to.equal('The Syrian government and its allies would soon take Raqqa from the American-backed S.D.F.');
  });
});

describe('<quote-block> original words', () => {
  const persian = new Intl.DisplayNames('en', { type: 'language' }).of('fa')!;

  it('reveals the original by keyboard, with its own language and direction, and reports it', async () => {
    const widget = await fixtureQuote('translated');
    const toggle = part(widget, 'original-toggle') as HTMLButtonElement;
    const original = part(widget, 'original')!;
    expect(toggle.localName).to.equal('button');
    expect(textOf(toggle)).to.equal(`Original text (${persian})`);
    expect(toggle.getAttribute('aria-controls')).to.equal(original.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(original).display).to.equal('none');
    expect(visibleText(widget)).not.to.include('پل روی رود');
    await expect(widget).to.be.accessible();

    toggle.focus();
    let interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    let event = (await interacted) as CustomEvent<WidgetInteractDetail>;
    expect(event.detail).to.deep.equal({ action: 'reveal-original', entity: 'translated', value: 'shown' });
    expect(event.bubbles && event.composed).to.be.true;
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const words = original.querySelector('blockquote')!;
    expect(words.lang).to.equal('fa');
    expect(words.dir).to.equal('rtl');
    expect(getComputedStyle(words).direction).to.equal('rtl');
    expect(textOf(words)).to.equal('«پل روی رود تست هفته آینده دوباره باز می‌شود.»');
    expect(visibleText(widget)).to.include('پل روی رود');
    await expect(widget).to.be.accessible();

    interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: ' ' });
    event = (await interacted) as CustomEvent<WidgetInteractDetail>;
    expect(event.detail.value).to.equal('hidden');
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visibleText(widget)).not.to.include('پل روی رود');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with the original shown in theme="${theme}"`, async () => {
      const widget = await fixtureQuote('translated', `theme="${theme}"`);
      part(widget, 'original-toggle')!.click();
      await widget.updateComplete;
      expect(part(widget, 'original-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      await expect(widget).to.be.accessible();
    });
  }

  it('shows the original of a paraphrase as reported words, without marks', async () => {
    const widget = await fixtureQuote('reported-from-arabic');
    part(widget, 'original-toggle')!.click();
    await widget.updateComplete;
    const words = part(widget, 'original')!.querySelector('p')!;
    expect(words.lang).to.equal('ar');
    expect(words.dir).to.equal('rtl');
    expect(words.textContent).to.equal('الطريق إلى الحدود سيبقى مغلقًا حتى يتوقف المطر.');
    expect(widget.shadowRoot!.querySelector('blockquote')).to.be.null;
  });

  it('has no toggle where the bundle has no original', async () => {
    const widget = await seedQuote('velayati-partition');
    expect(widget.shadowRoot!.querySelector('button')).to.be.null;
  });
});

describe('<quote-block> languages', () => {
  it('sets an Arabic quote right to left, in Arabic marks, inside an English page', async () => {
    const widget = await fixtureQuote('in-arabic');
    expect(baseOf(widget).dir).to.equal('ltr');
    const blockquote = widget.shadowRoot!.querySelector('blockquote')!;
    expect(blockquote.lang).to.equal('ar');
    expect(blockquote.dir).to.equal('rtl');
    expect(getComputedStyle(blockquote).direction).to.equal('rtl');
    expect(parts(widget, 'quote-mark').map((mark) => mark.textContent)).to.deep.equal(['«', '»']);
    expect(textOf(widget.shadowRoot!.querySelector('.name'))).to.equal('Huda Testing');
    await expect(widget).to.be.accessible();
  });

  it('takes as of from the newest published source when the quote has no date said', async () => {
    const widget = await fixtureQuote('in-arabic');
    expect(part(widget, 'sources')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-03');
  });

  it('uses French marks with narrow no-break spaces for a French quote', async () => {
    const widget = await fixtureQuote('in-french');
    expect(parts(widget, 'quote-mark').map((mark) => mark.textContent)).to.deep.equal(['«\u202f', '\u202f»']);
  });

  it('shows an Arabic reader the seed quote as a translation, the English words as reported a button away, left to right', async () => {
    const widget = await seedQuote('velayati-partition', 'lang="ar"');
    expect(baseOf(widget).dir).to.equal('rtl');
    const translation = part(widget, 'translation')!;
    expect(textOf(part(widget, 'translation-label'))).to.equal(`ترجمة عن ${languageName('en', 'ar')}`);
    expect(translation.textContent).to.equal('الولايات المتحدة تخطط لتقسيم سوريا');
    expect(translation.closest('blockquote')).to.be.null;
    const toggle = part(widget, 'published-toggle') as HTMLButtonElement;
    expect(textOf(toggle)).to.equal(`النص الأصلي (${languageName('en', 'ar')})`);
    toggle.click();
    await widget.updateComplete;
    const blockquote = part(widget, 'published')!.querySelector('blockquote')!;
    expect(blockquote.lang).to.equal('en');
    expect(getComputedStyle(blockquote).direction).to.equal('ltr');
    expect(textOf(blockquote)).to.equal('“The U.S. is planning to partition Syria”');
    expect(textOf(part(widget, 'affiliation'))).to.equal('الانتماء: إيران');
    expect(textOf(part(widget, 'said'))).to.include(FRIDAY_AR).and.include('نقلًا عن');
    await expect(widget).to.be.accessible();
  });

  it('labels a paraphrase in Arabic', async () => {
    const widget = await seedQuote('velayati-raqqa', 'lang="ar"');
    expect(part(widget, 'paraphrase-label')!.textContent).to.equal('كلام منقول بتصرّف، لا اقتباس حرفي');
    await expect(widget).to.be.accessible();
  });
});

describe('<quote-block> affiliation colour and sources', () => {
  it('marks the actor with its colour, kept visible on the dark surface, next to its name', async () => {
    const light = await fixtureQuote('translated', 'theme="light"');
    const dark = await fixtureQuote('translated', 'theme="dark"');
    expect(textOf(part(light, 'affiliation'))).to.equal('Affiliation: Testland Ministry of Tests');
    // `color-mark` is the deprecated name of the same part, kept for a release.
    expect(part(light, 'swatch')).to.exist;
    expect(part(light, 'swatch')).to.equal(part(light, 'color-mark'));
    const colourOf = (widget: HTMLElement) => hexOf(getComputedStyle(part(widget, 'color-mark')!).backgroundColor);
    expect(colourOf(light)).to.equal('#111111');
    expect(colourOf(dark)).to.equal(distinctFrom('#111111', '#1c1c1e'));
    expect(contrastRatio(colourOf(dark), '#1c1c1e')).to.be.at.least(3);
    await expect(dark).to.be.accessible();
  });

  it('links a source that has a URL and reports opening it', async () => {
    const widget = await fixtureQuote('translated');
    const link = part(widget, 'sources')!.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/testland-radio');
    expect(link.textContent).to.equal('Testland Radio');
    link.addEventListener('click', (event) => event.preventDefault());
    const interacted = oneEvent(widget, 'nw-interact');
    link.click();
    const event = (await interacted) as CustomEvent<WidgetInteractDetail>;
    expect(event.detail).to.deep.equal({ action: 'open-source', entity: 'translated', value: 'radio' });
  });
});

describe('<quote-block> layout', () => {
  it('wraps a long quote and long names at 280 px without overflowing', async () => {
    const widget = await fixtureQuote('long', '', '280px');
    const base = baseOf(widget);
    expect(base.getBoundingClientRect().width).to.be.at.most(280);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const name of ['text', 'speaker', 'context', 'sources']) {
      const rect = part(widget, name)!.getBoundingClientRect();
      expect(rect.right, name).to.be.at.most(base.getBoundingClientRect().right);
    }
    expect(visibleText(widget)).to.include('Maximiliana Konstantinopoulou-Wolkensteinberg-Testlandbewohnerin');
    expect(visibleText(widget)).to.include(`age ${new Intl.NumberFormat('en').format(52)}`);
    await expect(widget).to.be.accessible();
  });

  const wideCases = [
    ['long', 'en', 'left'],
    ['long', 'ar', 'left'],
    ['in-arabic', 'en', 'right'],
  ] as const;
  for (const [id, lang, side] of wideCases) {
    it(`sets quote "${id}" large in a wide container, its opening mark hanging on the ${side} inside the frame (lang="${lang}")`, async () => {
      const narrow = await fixtureQuote(id, `lang="${lang}"`, '280px');
      const wide = await fixtureQuote(id, `lang="${lang}"`, '760px');
      const size = (widget: HTMLElement) => parseFloat(getComputedStyle(part(widget, 'text')!).fontSize);
      expect(size(wide)).to.be.greaterThan(size(narrow));
      const base = baseOf(wide).getBoundingClientRect();
      const words = part(wide, 'text')!.querySelector('p')!;
      const range = document.createRange();
      range.selectNodeContents([...words.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())!);
      const firstLine = range.getClientRects()[0];
      const opening = parts(wide, 'quote-mark')[0].getBoundingClientRect();
      expect(opening.left).to.be.at.least(base.left);
      expect(opening.right).to.be.at.most(base.right);
      if (side === 'left') expect(opening.right).to.be.at.most(firstLine.left + 1);
      else expect(opening.left).to.be.at.least(firstLine.right - 1);
      await expect(wide).to.be.accessible();
    });
  }
});

const TESTLAND = '/stories/bundles/testland.json';
const DATES_FIXTURE = '/test/fixtures/elements/quote-block-translations-and-dates.json';
const testlandQuote = (id: string, more = '') => quoteBlock(`src="${TESTLAND}" quote="${id}" ${more}`);
const datesQuote = (id: string, more = '') => quoteBlock(`src="${DATES_FIXTURE}" quote="${id}" ${more}`);

/** "June 2017": a month as the widgets write one, in this engine. */
const monthDate = (month: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(`${month}-01`));
const languageName = (tag: string, lang: string) => new Intl.DisplayNames(lang, { type: 'language' }).of(tag)!;

/**
 * What a screen reader reads of a node, in order: its text through shadow roots, without what
 * is hidden from assistive technology (`aria-hidden`) or not rendered (`hidden`, `display: none`).
 */
function spokenText(node: Node): string {
  const walk = (each: Node): string => {
    if (each.nodeType === Node.TEXT_NODE) return each.textContent ?? '';
    if (each.nodeType !== Node.ELEMENT_NODE) return '';
    const element = each as Element;
    if (element.getAttribute('aria-hidden') === 'true' || getComputedStyle(element).display === 'none') return '';
    const children = element.shadowRoot ? element.shadowRoot.childNodes : element.childNodes;
    return [...children].map(walk).join(' ');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

describe('<quote-block> from testland.json (fictional): a direct quote said in June 2017, with an Arabic translation', () => {
  it('shows the English words as the speaker\'s, said in June 2017, with the context as of June 2017', async () => {
    const widget = await testlandQuote('ada-testwell-river');
    const blockquote = part(widget, 'text')!;
    expect(blockquote.localName).to.equal('blockquote');
    expect(blockquote.lang).to.equal('en');
    expect(textOf(blockquote)).to.equal('“We hold the river, and we will keep it.”');
    // An English reader gets the English words: no translation, nothing to reveal.
    expect(part(widget, 'translation')).to.be.null;
    expect(part(widget, 'published-toggle')).to.be.null;
    expect(textOf(part(widget, 'speaker'))).to.equal("Ada Testwell the North Front's leader");
    expect(textOf(part(widget, 'affiliation'))).to.equal('Affiliation: North Front');
    const said = part(widget, 'said')!;
    expect(textOf(said)).to.equal(`Said in ${monthDate('2017-06')}`);
    expect(said.querySelector('time')!.getAttribute('datetime')).to.equal('2017-06');
    const context = part(widget, 'context')!;
    expect(textOf(context)).to.equal(`Speaking at a rally, as the front now holds most of the north. (as of ${monthDate('2017-06')})`);
    expect(context.querySelector('time')!.getAttribute('datetime')).to.equal('2017-06');
    // Never a day the data does not have.
    expect(visibleText(widget)).not.to.match(/June \d{1,2}\b|\b\d{1,2} June/);
    await expect(widget).to.be.accessible();
  });

  it('shows an Arabic reader the translation, labelled "translation from English", never in quotation marks', async () => {
    const widget = await testlandQuote('ada-testwell-river', 'lang="ar"');
    const label = part(widget, 'translation-label')!;
    const translation = part(widget, 'translation')!;
    expect(label.textContent).to.equal(`ترجمة عن ${languageName('en', 'ar')}`);
    expect(translation.textContent).to.equal('نحن نسيطر على النهر وسنحتفظ به.');
    expect(translation.lang).to.equal('ar');
    expect(translation.dir).to.equal('rtl');
    // Not the speaker's own words: no blockquote, no quotation marks around it.
    expect(translation.closest('blockquote')).to.be.null;
    expect(translation.querySelector('[part~="quote-mark"]')).to.be.null;
    const text = visibleText(widget);
    expect(text).to.include(`ترجمة عن ${languageName('en', 'ar')} نحن نسيطر على النهر وسنحتفظ به.`);
    expect(text).not.to.match(/[«»“”]/);
    expect(text).not.to.include('We hold the river');
    expect(textOf(part(widget, 'said'))).to.equal(`قيل في ${monthDate('2017-06', 'ar')}`);
    expect(textOf(part(widget, 'context'))).to.include(`(اعتبارًا من ${monthDate('2017-06', 'ar')})`);
    // The context exists only in English: it says so, and runs left to right.
    expect(part(widget, 'context')!.querySelector('bdi')!.lang).to.equal('en');
    await expect(widget).to.be.accessible();
  });

  it('tells a screen reader it is a translation: the group is named by its label, read before the words', async () => {
    const widget = await testlandQuote('ada-testwell-river', 'lang="ar"');
    const translation = part(widget, 'translation')!;
    const group = translation.closest('[role="group"]')!;
    expect(group).to.exist;
    const labelId = group.getAttribute('aria-labelledby')!;
    expect(textOf(widget.shadowRoot!.getElementById(labelId))).to.equal(`ترجمة عن ${languageName('en', 'ar')}`);
    expect(part(widget, 'translation-label')!.closest('[aria-hidden="true"]')).to.be.null;
    expect(spokenText(baseOf(widget))).to.include(`ترجمة عن ${languageName('en', 'ar')} نحن نسيطر على النهر وسنحتفظ به.`);
  });

  it('keeps the English words a button away, as the original text, in quotation marks and in English', async () => {
    const widget = await testlandQuote('ada-testwell-river', 'lang="ar"');
    const toggle = part(widget, 'published-toggle') as HTMLButtonElement;
    const published = part(widget, 'published')!;
    expect(textOf(toggle)).to.equal(`النص الأصلي (${languageName('en', 'ar')})`);
    expect(toggle.getAttribute('aria-controls')).to.equal(published.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(published).display).to.equal('none');
    toggle.focus();
    const interacted = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    const event = (await interacted) as CustomEvent<WidgetInteractDetail>;
    expect(event.detail).to.deep.equal({ action: 'reveal-published', entity: 'ada-testwell-river', value: 'shown' });
    await widget.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const blockquote = published.querySelector('blockquote')!;
    expect(blockquote.lang).to.equal('en');
    expect(blockquote.dir).to.equal('ltr');
    expect(getComputedStyle(blockquote).direction).to.equal('ltr');
    expect(textOf(blockquote)).to.equal('“We hold the river, and we will keep it.”');
    expect(visibleText(widget)).to.include('We hold the river, and we will keep it.');
    // The translation stays labelled while the words are shown beside it.
    expect(visibleText(widget)).to.include(`ترجمة عن ${languageName('en', 'ar')}`);
    await expect(widget).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with the translation and the words shown, in Arabic, theme="${theme}"`, async () => {
      const widget = await testlandQuote('ada-testwell-river', `lang="ar" theme="${theme}"`);
      part(widget, 'published-toggle')!.click();
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });
  }
});

describe('<quote-block> from testland.json (fictional): a paraphrase said in mid-November 2017', () => {
  it('says when at the date\'s precision, never a day, and labels the reported speech', async () => {
    const widget = await testlandQuote('observer-paraphrase');
    expect(part(widget, 'paraphrase-label')!.textContent).to.equal('Paraphrase, not a direct quote');
    expect(textOf(widget.shadowRoot!.querySelector('.name'))).to.equal('independent observers');
    const said = part(widget, 'said')!;
    expect(textOf(said)).to.equal(`Said in mid-${monthDate('2017-11')}`);
    expect(said.querySelector('time')!.getAttribute('datetime')).to.equal('2017-11');
    expect(spokenText(baseOf(widget))).to.include(`Paraphrase, not a direct quote Observers said the front holds less than half of the province.`);
    await expect(widget).to.be.accessible();
  });

  it('says it in Arabic, the English words left to right and not presented as a translation', async () => {
    const widget = await testlandQuote('observer-paraphrase', 'lang="ar"');
    expect(textOf(part(widget, 'said'))).to.equal(`قيل في منتصف ${monthDate('2017-11', 'ar')}`);
    expect(textOf(widget.shadowRoot!.querySelector('.name'))).to.equal('مراقبون مستقلون');
    const text = part(widget, 'text')!;
    expect(text.lang).to.equal('en');
    expect(getComputedStyle(text).direction).to.equal('ltr');
    expect(part(widget, 'translation-label')).to.be.null;
    await expect(widget).to.be.accessible();
  });
});

describe('<quote-block> dates said at their precision', () => {
  const cases = [
    ['said-on-a-day', 'en', () => `Said on ${longDate('2024-04-29')}`, ['2024-04-29']],
    ['said-on-a-day', 'ar', () => `قيل في ${longDate('2024-04-29', 'ar')}`, ['2024-04-29']],
    ['said-in-a-year', 'en', () => 'Said in 2023', ['2023']],
    ['said-around', 'en', () => `Said around ${monthDate('2023-06')}`, ['2023-06']],
    ['said-around', 'ar', () => `قيل في ${monthDate('2023-06', 'ar')} تقريبًا`, ['2023-06']],
    ['said-between', 'en', () => `Said between ${monthDate('2023-06')} and ${monthDate('2023-08')}`, ['2023-06', '2023-08']],
    ['said-between', 'ar', () => `قيل بين ${monthDate('2023-06', 'ar')} و${monthDate('2023-08', 'ar')}`, ['2023-06', '2023-08']],
    ['said-in-words', 'en', () => 'Said: a Sunday in June', ['2023-06']],
    ['said-in-words', 'ar', () => 'تاريخ القول: يوم أحد من يونيو', ['2023-06']],
  ] as const;
  for (const [id, lang, expected, datetimes] of cases) {
    it(`writes "${id}" as "${expected()}" (lang="${lang}"), each date in a <time>`, async () => {
      const widget = await datesQuote(id, `lang="${lang}"`);
      const said = part(widget, 'said')!;
      expect(textOf(said).split(' · ')[0]).to.equal(expected());
      expect([...said.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(datetimes);
    });
  }
});

describe('<quote-block> translations and translated text', () => {
  it('marks a role and a "via" that the bundle marks as translated, and says who gives the context', async () => {
    const widget = await datesQuote('said-on-a-day', 'lang="ar"');
    expect(textOf(widget.shadowRoot!.querySelector('.details'))).to.equal('حارسة نهر تستلاند (مترجم)');
    expect(textOf(part(widget, 'said'))).to.include('نقلًا عن إذاعة تستلاند (مترجم)');
    expect(parts(widget, 'translated')).to.have.length(2);
    expect(textOf(part(widget, 'context'))).to.equal('بحسب المكتب الإعلامي للوزارة: she spoke at the ferry landing.');
    const english = await datesQuote('said-on-a-day');
    expect(parts(english, 'translated')).to.have.length(0);
    expect(textOf(part(english, 'context'))).to.equal("According to the ministry's press office: she spoke at the ferry landing.");
    await expect(widget).to.be.accessible();
  });

  it('translates an English quote from a Persian original: the words as published and the original are each a button away', async () => {
    const widget = await datesQuote('from-persian', 'lang="ar"');
    expect(part(widget, 'translation-label')!.textContent).to.equal(`ترجمة عن ${languageName('en', 'ar')}`);
    expect(textOf(part(widget, 'published-toggle'))).to.equal(`النص كما نُشر (${languageName('en', 'ar')})`);
    expect(textOf(part(widget, 'original-toggle'))).to.equal(`النص الأصلي (${languageName('fa', 'ar')})`);
    part(widget, 'original-toggle')!.click();
    await widget.updateComplete;
    expect(part(widget, 'original')!.querySelector('blockquote')!.lang).to.equal('fa');
    expect(part(widget, 'published')!.hidden).to.be.true;
    await expect(widget).to.be.accessible();
  });

  it('does not show a translation back into the language the speaker spoke: the original stays to reveal', async () => {
    const widget = await datesQuote('from-arabic-back', 'lang="ar"');
    expect(part(widget, 'translation')).to.be.null;
    expect(part(widget, 'text')!.lang).to.equal('en');
    expect(part(widget, 'original-toggle')).to.exist;
  });

  it('shows an English reader the translation of an Arabic quote, with the Arabic words as the original text', async () => {
    const widget = await datesQuote('arabic-in-english');
    expect(part(widget, 'translation-label')!.textContent).to.equal('Translation from Arabic');
    const translation = part(widget, 'translation')!;
    expect(translation.lang).to.equal('en');
    expect(translation.dir).to.equal('ltr');
    expect(translation.textContent).to.equal('We went back to our homes after two weeks of waiting.');
    expect(textOf(part(widget, 'published-toggle'))).to.equal('Original text (Arabic)');
    part(widget, 'published-toggle')!.click();
    await widget.updateComplete;
    const blockquote = part(widget, 'published')!.querySelector('blockquote')!;
    expect(blockquote.lang).to.equal('ar');
    expect(textOf(blockquote)).to.equal('«عدنا إلى بيوتنا بعد أسبوعين من الانتظار.»');
    await expect(widget).to.be.accessible();
    // In Arabic, the words are the speaker's own: shown as the quote.
    const arabic = await datesQuote('arabic-in-english', 'lang="ar"');
    expect(part(arabic, 'translation')).to.be.null;
    expect(part(arabic, 'text')!.localName).to.equal('blockquote');
  });
});

describe('<quote-block> fallback line', () => {
  let index: BundleIndex;
  before(async () => {
    index = new BundleIndex((await (await fetch(TESTLAND)).json()) as Bundle);
  });
  const line = (id: string, lang: string) => quoteBlockFallbackLine(index, new Map([['quote', id]]), localeFor(lang, 'en'));

  it('gives the date said at its precision', () => {
    expect(line('ada-testwell-river', 'en')).to.equal(`“We hold the river, and we will keep it.” — Ada Testwell · Said in ${monthDate('2017-06')}`);
    expect(line('observer-paraphrase', 'en')).to.equal(
      `independent observers (Paraphrase, not a direct quote): Observers said the front holds less than half of the province. · Said in mid-${monthDate('2017-11')}`,
    );
    expect(line('observer-paraphrase', 'ar')).to.match(new RegExp(`· قيل في منتصف ${monthDate('2017-11', 'ar')}$`));
  });

  it('marks the translation as one, without quotation marks', () => {
    expect(line('ada-testwell-river', 'ar')).to.equal(
      `آدا تستويل (ترجمة عن ${languageName('en', 'ar')}): نحن نسيطر على النهر وسنحتفظ به. · قيل في ${monthDate('2017-06', 'ar')}`,
    );
  });
});
