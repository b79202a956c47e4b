import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Quote } from '../../bundle/schema.js';
import { directionOf } from '../../controllers/locale.js';
import { renderDisclosureToggle } from '../../base/disclosure.js';
import { isolated } from '../../base/isolated.js';
import { closeBidiControls } from '../../helpers/bidi.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderSourceLine } from '../../base/source-line.js';
import { renderSwatch } from '../../base/swatch.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { quoteBlockStrings } from './quote-block.strings.js';
import { quoteBlockStyles } from './quote-block.styles.js';
import { quoteMarks } from './quote-marks.js';

/**
 * @summary A quote from the bundle, attributed: who said it (name, role, age, affiliation), when,
 * how it reached us and the source. A direct quote is a `<blockquote>` in the quotation marks of
 * its own language; a paraphrase is labelled as reported speech, without marks.
 *
 * @tagname quote-block
 *
 * @attr quote - The id of the quote in the bundle, e.g. `velayati-raqqa`.
 *
 * @csspart figure - The `<figure>` holding the quote and its attribution.
 * @csspart text - The quote's words: a `<blockquote>` for a direct quote, a paragraph for a paraphrase.
 * @csspart quote-mark - Each opening and closing quotation mark of a direct quote.
 * @csspart paraphrase-label - The label saying the words are reported speech, not a direct quote.
 * @csspart original-toggle - The button that shows or hides the words in their original language.
 * @csspart original - The words in their original language.
 * @csspart attribution - The `<figcaption>`: speaker, affiliation, date, context and source.
 * @csspart speaker - The speaker's name (or role) with their role and age.
 * @csspart affiliation - The actor the speaker belongs to.
 * @csspart swatch - The colour mark of that actor: a square in its colour, made to stand out from the theme's surface.
 * @csspart color-mark - Deprecated: the old name of `swatch`, which the mark still carries; it will be removed in the next release.
 * @csspart said - When the words were said and how they reached us.
 * @csspart context - The circumstances of the quote.
 *
 * @cssprop --nw-quote-block-font-size - Size of the quote's words (default `--nw-font-size-large`).
 * @cssprop --nw-quote-block-wide-font-size - Size of a direct quote's words in a wide container (default 1.5em).
 * @cssprop --nw-quote-block-accent - Colour of the quotation marks and the quote's rule (default `--nw-color-accent`).
 * @cssprop --nw-dark-quote-block-accent - The same in the dark theme (default `--nw-dark-color-accent`).
 *
 * @fires nw-ready - The quote is shown. Detail: `{ bundle, updated, entity, stale }`.
 * @fires nw-error - The quote cannot be shown, or a refresh failed. Detail: `{ code, message, problems, stale }`.
 * @fires nw-interact - A reader acted. Detail `{ action, entity, value }`: `reveal-original` with
 * `shown` or `hidden`; `open-source` with the source id.
 *
 */
export class QuoteBlock extends NewsWidgetElement {
  static override properties: PropertyDeclarations = {
    quote: { type: String },
    // Internal state; `attribute: false` also for the manifest analyzer, which lists a `state` as an attribute.
    _originalShown: { state: true, attribute: false },
  };

  static override styles = [widgetStyles, quoteBlockStyles];

  /** The id of the quote in the bundle. */
  declare quote: string | null;

  /** Whether the reader has revealed the words in their original language. */
  declare private _originalShown: boolean;

  constructor() {
    super();
    this.quote = null;
    this._originalShown = false;
  }

  protected override get entityKey(): string {
    return this.quote ?? '';
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
      ...(name && role ? [isolated(role)] : []),
      ...(speaker.age === undefined ? [] : [strings.age(locale.number(speaker.age))]),
    ];
    const actor = speaker.actor === undefined ? undefined : index.actor(speaker.actor);
    const actorName = locale.pick(actor?.name);
    const via = locale.pick(quote.via);
    const context = locale.pick(quote.context);
    const asOf = said ?? index.newestPublished(quote.sources);
    return html`<figure part="figure" class="figure ${quote.kind}">
      ${quote.kind === 'paraphrase' ? html`<p part="paraphrase-label" class="label">${strings.paraphrase}</p>` : nothing}
      ${this.#renderWords(quote.kind, quote.text, quote.language)}
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
          <span class="name"><bdi lang=${shownAs?.lang ?? nothing}>${shownAs?.text ?? locale.shared.unknown}</bdi></span>
          ${details.length ? html`<span class="details">${details.map((detail, i) => html`${i ? ', ' : ''}${detail}`)}</span>` : nothing}
        </p>
        ${actorName
          ? html`<p part="affiliation" class="affiliation">
              ${strings.affiliation}
              ${actor?.color ? renderSwatch(actor.color, { alias: 'color-mark' }) : nothing}${isolated(actorName)}
            </p>`
          : nothing}
        ${said || via
          ? html`<p part="said" class="said">
              ${said ? html`${strings.said} <time datetime=${said}>${locale.date(said)}</time>` : nothing}
              ${said && via ? ' · ' : nothing}
              ${via ? html`${strings.via} ${isolated(via)}` : nothing}
            </p>`
          : nothing}
        ${context ? html`<p part="context" class="context">${isolated(context)}</p>` : nothing}
        ${renderSourceLine(locale, index, quote.sources, asOf, (source) => this.emitInteraction('open-source', source))}
      </figcaption>
    </figure>`;
  }

  /**
   * Direct words in a `<blockquote>` with their language's marks; reported words in a paragraph.
   * Any directional control the words leave open is closed, so that they cannot move the
   * closing mark.
   */
  #renderWords(kind: Quote['kind'], words: string, lang: string): TemplateResult {
    const dir = directionOf(lang);
    const text = closeBidiControls(words);
    if (kind === 'paraphrase') return html`<p part="text" class="text" lang=${lang} dir=${dir}>${text}</p>`;
    const [open, close] = quoteMarks(lang);
    return html`<blockquote part="text" class="text" lang=${lang} dir=${dir}>
      <p><span part="quote-mark" class="mark" aria-hidden="true">${open}</span>${text}<span
          part="quote-mark"
          class="mark"
          aria-hidden="true"
          >${close}</span
        ></p>
    </blockquote>`;
  }

  #toggleOriginal(): void {
    this._originalShown = !this._originalShown;
    this.emitInteraction('reveal-original', this._originalShown ? 'shown' : 'hidden');
  }
}
