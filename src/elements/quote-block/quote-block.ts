import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { DateValue, Quote } from '../../bundle/schema.js';
import { statementOf } from '../../bundle/statement.js';
import { ExcerptController } from '../../controllers/excerpt-controller.js';
import { directionOf, type Locale } from '../../controllers/locale.js';
import { renderDisclosureToggle } from '../../base/disclosure.js';
import { renderExcerpts } from '../../base/excerpt.js';
import { isolated } from '../../base/isolated.js';
import { closeBidiControls } from '../../helpers/bidi.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderDate, renderSourceLine, renderTranslated } from '../../base/source-line.js';
import { renderStatement } from '../../base/statement.js';
import { renderSwatch } from '../../base/swatch.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { quoteBlockStrings } from './quote-block.strings.js';
import { quoteBlockStyles } from './quote-block.styles.js';
import { quoteExcerpts } from './quote-excerpts.js';
import { quoteMarks } from './quote-marks.js';
import { saidForm } from './quote-said.js';
import { translationOf } from './quote-translation.js';

/** A button and the panel it opens ("What the source says"), or `nothing` for both. */
type Excerpts = ReturnType<typeof renderExcerpts>;

/** When a quote was said, with each date in a `<time datetime>` at its own precision (the words: quote-said.ts). */
function renderSaid(value: DateValue, locale: Locale): TemplateResult {
  const { words, dates } = saidForm(value, locale);
  return html`${words[0]}${dates.map((date, i) => html`${renderDate(locale, date)}${words[i + 1]}`)}`;
}

/**
 * @summary A quote from the bundle, attributed: who said it (name, role, age, affiliation), when
 * (at the precision the bundle gives: "Said in June 2017"), how it reached us and the source. A
 * direct quote is a `<blockquote>` in the quotation marks of its own language; a paraphrase is
 * labelled as reported speech, without marks. Where the bundle has the newsroom's translation
 * into the reader's language (`translations`), the translation is shown in place of the words,
 * labelled "Translation from English" and never in quotation marks, and the words as published
 * are a button away. Text the bundle marks as a translation (a name, a role) says so.
 *
 * Where the bundle gives a quote's excerpts, a small button after the words opens "What the
 * source says": the sentence of the source, its outlet, headline and date. A paraphrase's
 * excerpt is the sentence it paraphrases; a direct quote is already the source's words, so it
 * offers the button only for excerpts that say more than its words (the sentence around them),
 * never for one that repeats them. A context with excerpts has its own button. Without
 * excerpts nothing is offered.
 *
 * @tagname quote-block
 *
 * @attr quote - The id of the quote in the bundle, e.g. `velayati-raqqa`.
 *
 * @csspart figure - The `<figure>` holding the quote and its attribution.
 * @csspart text - The quote's words: a `<blockquote>` for a direct quote, a paragraph for a paraphrase.
 * @csspart quote-mark - Each opening and closing quotation mark of a direct quote.
 * @csspart translation-label - The label above a translation: "Translation from English".
 * @csspart translation - The newsroom's translation of the words into the reader's language, shown in their place, without quotation marks.
 * @csspart published-toggle - The button that shows or hides the words as the source published them, where a translation is shown in their place.
 * @csspart published - The words as the source published them, in their language.
 * @csspart paraphrase-label - The label saying the words are reported speech, not a direct quote.
 * @csspart original-toggle - The button that shows or hides the words in their original language.
 * @csspart original - The words in their original language.
 * @csspart attribution - The `<figcaption>`: speaker, affiliation, date, context and source.
 * @csspart speaker - The speaker's name (or role) with their role and age.
 * @csspart affiliation - The actor the speaker belongs to.
 * @csspart swatch - The colour mark of that actor: a square in its colour, made to stand out from the theme's surface.
 * @csspart color-mark - Deprecated: the old name of `swatch`, which the mark still carries; it will be removed in the next release.
 * @csspart said - When the words were said and how they reached us.
 * @csspart context - The circumstances of the quote, with who says so and the date they were true on ("(as of June 2017)").
 * @csspart excerpt-toggle - The small button after the words (or the context) that opens "What the source says"; only where the bundle gives excerpts.
 * @csspart excerpts - The panel it opens, under the words (or the context): each source's exact words, its outlet, headline and date.
 * @csspart excerpt - One source's words in that panel, with its outlet, headline and date.
 *
 * @cssprop --nw-quote-block-font-size - Size of the quote's words (default `--nw-font-size-large`).
 * @cssprop --nw-quote-block-wide-font-size - Size of a direct quote's words in a wide container (default 1.5em).
 * @cssprop --nw-quote-block-accent - Colour of the quotation marks and the quote's rule (default `--nw-color-accent`).
 * @cssprop --nw-dark-quote-block-accent - The same in the dark theme (default `--nw-dark-color-accent`).
 *
 * @fires nw-ready - The quote is shown. Detail: `{ bundle, updated, entity, stale }`.
 * @fires nw-error - The quote cannot be shown, or a refresh failed. Detail: `{ code, message, problems, stale }`.
 * @fires nw-interact - A reader acted. Detail `{ action, entity, value }`: `reveal-original` and
 * `reveal-published` with `shown` or `hidden`; `open-source` with the source id; `reveal-excerpt`
 * with what was opened or closed and how: `quote:shown`, `quote:hidden` (the words' excerpts),
 * `context:shown`, `context:hidden`.
 *
 */
export class QuoteBlock extends NewsWidgetElement {
  static override properties: PropertyDeclarations = {
    quote: { type: String },
    // Internal state; `attribute: false` also for the manifest analyzer, which lists a `state` as an attribute.
    _originalShown: { state: true, attribute: false },
    _publishedShown: { state: true, attribute: false },
  };

  static override styles = [widgetStyles, quoteBlockStyles];

  /** The id of the quote in the bundle. */
  declare quote: string | null;

  /** Whether the reader has revealed the words in their original language. */
  declare private _originalShown: boolean;

  /** Whether the reader has revealed the words as published, where a translation stands in their place. */
  declare private _publishedShown: boolean;

  /** Which "What the source says" panels are open: `quote` (the words) and `context`. */
  readonly #excerpts = new ExcerptController(this, (key, open) => this.emitInteraction('reveal-excerpt', `${key}:${open ? 'shown' : 'hidden'}`));

  constructor() {
    super();
    this.quote = null;
    this._originalShown = false;
    this._publishedShown = false;
  }

  protected override get entityKey(): string {
    return this.quote ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another quote's facts are other facts: its panels start closed.
    if (changed.has('quote')) this.#excerpts.reset();
    super.willUpdate(changed);
  }

  protected override renderReady(index: BundleIndex): TemplateResult | WidgetProblem {
    const quote = index.quote(this.entityKey);
    if (!quote) return this.entityProblem('quote', this.entityKey, index, 'quotes', 'quote');
    const locale = this.locale;
    const strings = locale.strings(quoteBlockStrings);
    const { speaker, original, said } = quote;
    const name = locale.pick(speaker.name);
    const role = locale.pick(speaker.role);
    const shownAs = name ?? role;
    const details = [
      ...(name && role ? [html`${isolated(role)}${renderTranslated(role, locale)}`] : []),
      ...(speaker.age === undefined ? [] : [strings.age(locale.number(speaker.age))]),
    ];
    const actor = speaker.actor === undefined ? undefined : index.actor(speaker.actor);
    const actorName = locale.pick(actor?.name);
    const via = locale.pick(quote.via);
    const context = renderStatement(quote.context, index, locale);
    // Undated words are not dated by the period their source covers: only by its publication.
    const asOf = said ?? index.newestSourceDate(quote.sources, { covered: false });
    const translation = translationOf(quote, locale.language);
    const language = locale.languageName(quote.language);
    // The words as the reader reads them (the translation, where it stands in their place), and their source sentences.
    const words = renderExcerpts(
      { key: 'quote', excerpts: quoteExcerpts(quote), fact: translation?.text ?? closeBidiControls(quote.text) },
      this.#excerpts,
      index,
      locale,
    );
    const contextParts = statementOf(quote.context);
    const contextExcerpts = renderExcerpts(
      {
        key: 'context',
        excerpts: contextParts?.excerpts,
        fact: locale.pick(contextParts?.text)?.text ?? '',
      },
      this.#excerpts,
      index,
      locale,
    );
    return html`<figure part="figure" class="figure ${quote.kind}">
      ${quote.kind === 'paraphrase' ? html`<p part="paraphrase-label" class="label">${strings.paraphrase}</p>` : nothing}
      ${translation
        ? html`<div class="translation" role="group" aria-labelledby="translation-label">
              <p id="translation-label" part="translation-label" class="label">${strings.translationFrom(language)}</p>
              <p part="translation" class="text" lang=${translation.lang} dir=${directionOf(translation.lang)}>${translation.text}${this.#renderToggle(
                words,
              )}</p>
            </div>
            ${words.panel}
            ${renderDisclosureToggle({
              part: 'published-toggle',
              controls: 'published',
              expanded: this._publishedShown,
              // Without an original, the words are the speaker's own: the original text.
              label: quote.kind === 'direct' && !original ? strings.original(language) : strings.published(language),
              onToggle: this.#togglePublished,
            })}
            <div id="published" part="published" class="published" ?hidden=${!this._publishedShown}>
              ${this.#renderWords(quote.kind, quote.text, quote.language)}
            </div>`
        : html`${this.#renderWords(quote.kind, quote.text, quote.language, words)}${words.panel}`}
      ${original
        ? html`${renderDisclosureToggle({
              part: 'original-toggle',
              controls: 'original',
              expanded: this._originalShown,
              label: strings.original(locale.languageName(original.language)),
              onToggle: this.#toggleOriginal,
            })}
            <div id="original" part="original" class="original" ?hidden=${!this._originalShown}>
              ${this.#renderWords(quote.kind, original.text, original.language)}
            </div>`
        : nothing}
      <figcaption part="attribution" class="attribution">
        <p part="speaker" class="speaker">
          <span class="name"><bdi lang=${shownAs?.lang ?? nothing}>${shownAs?.text ?? locale.shared.unknown}</bdi>${renderTranslated(
              shownAs,
              locale,
            )}</span>
          ${details.length ? html`<span class="details">${details.map((detail, i) => html`${i ? ', ' : ''}${detail}`)}</span>` : nothing}
        </p>
        ${actorName
          ? html`<p part="affiliation" class="affiliation">
              ${strings.affiliation}
              ${actor?.color ? renderSwatch(actor.color, { alias: 'color-mark' }) : nothing}${isolated(actorName)}${renderTranslated(
                actorName,
                locale,
              )}
            </p>`
          : nothing}
        ${said || via
          ? html`<p part="said" class="said">
              ${said ? renderSaid(said, locale) : nothing}${said && via ? strings.separator : nothing}${via
                ? html`${strings.via} ${isolated(via)}${renderTranslated(via, locale)}`
                : nothing}
            </p>`
          : nothing}
        ${context ? html`<p part="context" class="context">${context}${this.#renderToggle(contextExcerpts)}</p>${contextExcerpts.panel}` : nothing}
        ${renderSourceLine(locale, index, quote.sources, asOf, (source) => this.emitInteraction('open-source', source))}
      </figcaption>
    </figure>`;
  }

  /**
   * Direct words in a `<blockquote>` with their language's marks; reported words in a paragraph.
   * Any directional control the words leave open is closed, so that they cannot move the
   * closing mark. `excerpts` puts the "What the source says" button at the end of the words' line.
   */
  #renderWords(kind: Quote['kind'], words: string, lang: string, excerpts?: Excerpts): TemplateResult {
    const dir = directionOf(lang);
    const text = closeBidiControls(words);
    const toggle = excerpts ? this.#renderToggle(excerpts) : nothing;
    if (kind === 'paraphrase') return html`<p part="text" class="text" lang=${lang} dir=${dir}>${text}${toggle}</p>`;
    const [open, close] = quoteMarks(lang);
    return html`<blockquote part="text" class="text" lang=${lang} dir=${dir}>
      <p><span part="quote-mark" class="mark" aria-hidden="true">${open}</span>${text}<span
          part="quote-mark"
          class="mark"
          aria-hidden="true"
          >${close}</span
        >${toggle}</p>
    </blockquote>`;
  }

  /**
   * The "What the source says" button at the end of a line in another language than the
   * reader's: its name is in the reader's language, so it says so (a screen reader reads it
   * in the right voice). Nothing for a fact without excerpts.
   */
  #renderToggle({ toggle }: Excerpts): TemplateResult | typeof nothing {
    if (toggle === nothing) return nothing;
    const locale = this.locale;
    return html`<span class="fact-excerpt" lang=${locale.language} dir=${locale.dir}>${toggle}</span>`;
  }

  #toggleOriginal(): void {
    this._originalShown = !this._originalShown;
    this.emitInteraction('reveal-original', this._originalShown ? 'shown' : 'hidden');
  }

  #togglePublished(): void {
    this._publishedShown = !this._publishedShown;
    this.emitInteraction('reveal-published', this._publishedShown ? 'shown' : 'hidden');
  }
}
