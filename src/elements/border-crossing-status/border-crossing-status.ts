import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { CrossingSide, CrossingStatus } from '../../bundle/schema.js';
import { isolated } from '../../base/isolated.js';
import { timeOf } from '../../helpers/dates.js';
import { renderDisclosureToggle } from '../../base/disclosure.js';
import { renderHeading } from '../../base/heading.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderSourceLine } from '../../base/source-line.js';
import { renderSwatch } from '../../base/swatch.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { borderCrossingStatusStrings } from './border-crossing-status.strings.js';
import { borderCrossingStatusStyles } from './border-crossing-status.styles.js';

/** A shape per status, so that the badge does not rely on its colour. */
const ICONS: Record<CrossingStatus, TemplateResult<2>> = {
  open: svg`<circle cx="8" cy="8" r="6.5"/><path d="m5 8.3 2 2 4-4.3"/>`,
  closed: svg`<circle cx="8" cy="8" r="6.5"/><path d="M5 8h6"/>`,
  contested: svg`<path d="M8 1.5 15 14H1z"/><path d="M8 6v3.5m0 2.5v0"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.6 2"/><path d="M6.3 6.3a1.8 1.8 0 1 1 2.5 1.6c-.5.3-.8.6-.8 1.2m0 2.4v0"/>`,
};

/** The page stays open for hours; "9 minutes ago" must not stay "9 minutes ago". */
const CLOCK_MS = 60_000;

/**
 * A border crossing's status: its name, its two sides and who controls each, an open / closed /
 * contested / unknown badge, how long ago that was reported, and the dated history of changes.
 *
 * @summary Shows whether a border crossing is open, closed or contested, who holds each side, and since when.
 * @tagname border-crossing-status
 *
 * @attr crossing - The id of the crossing in the bundle, e.g. `qaim-bukamal`.
 * @attr heading-level - The outline level (1–6, default 3) of the crossing's name, to fit the article's headings.
 *
 * @csspart name - The crossing's name.
 * @csspart status - The status badge.
 * @csspart as-of - When the status was last reported: relative, then the exact date.
 * @csspart sides - The list of the two sides.
 * @csspart side - One side: country, place and who controls it.
 * @csspart swatch - The colour mark of the actor that controls a side: a square in its colour, made to stand out from the theme's surface.
 * @csspart note - The crossing's note.
 * @csspart history-toggle - The button that opens and closes the history.
 * @csspart history - The list of dated changes, newest first.
 * @csspart change-status - The status badge of a dated change.
 *
 * @cssprop --nw-color-status-open - Open badge colour (light theme); its background is a tint of it.
 * @cssprop --nw-color-status-closed - Closed badge colour (light theme).
 * @cssprop --nw-color-status-contested - Contested badge colour (light theme).
 * @cssprop --nw-color-status-unknown - Unknown badge colour (light theme).
 * @cssprop --nw-dark-color-status-open - Open badge colour (dark theme).
 * @cssprop --nw-dark-color-status-closed - Closed badge colour (dark theme).
 * @cssprop --nw-dark-color-status-contested - Contested badge colour (dark theme).
 * @cssprop --nw-dark-color-status-unknown - Unknown badge colour (dark theme).
 *
 * @fires nw-ready - The widget shows its data; detail `{bundle, updated, entity, stale}`.
 * @fires nw-error - The widget shows a notice, or its data went stale; detail `{code, message, problems, stale}`.
 * @fires nw-interact - A reader acted; detail `{action, entity, value}` with action `toggle-history`
 *   (value `open` or `closed`) or `open-source` (value: the source id).
 *
 */
export class BorderCrossingStatus extends NewsWidgetElement {
  static override properties: PropertyDeclarations = {
    crossing: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Internal state; `attribute: false` also for the manifest analyzer, which lists a `state` as an attribute.
    _historyOpen: { state: true, attribute: false },
  };

  static override styles = [widgetStyles, borderCrossingStatusStyles];

  /** The id of the crossing to show, e.g. `qaim-bukamal`. */
  declare crossing: string;
  /** The outline level of the crossing's name, 1 to 6; anything else counts as 3. */
  declare headingLevel: number;

  /** Whether the reader has opened the history of changes. */
  declare private _historyOpen: boolean;
  #clock?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.crossing = '';
    this.headingLevel = 3;
    this._historyOpen = false;
  }

  protected override get entityKey(): string {
    return this.crossing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => this.requestUpdate(), CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  protected override renderReady(index: BundleIndex): TemplateResult | WidgetProblem {
    const crossing = index.crossing(this.crossing);
    if (!crossing) return this.entityProblem('crossing', this.crossing, index, 'crossings', 'crossing');
    const { locale } = this;
    const strings = locale.strings(borderCrossingStatusStrings);
    const note = locale.pick(crossing.note);
    const history = [...(crossing.history ?? [])].sort((a, b) => timeOf(b.date) - timeOf(a.date));
    const open = this._historyOpen;
    const onOpen = (source: string) => this.emitInteraction('open-source', source);
    const badge = (status: CrossingStatus, part: string) =>
      html`<span class="badge" part=${part} data-status=${status}
        ><svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[status]}</svg>${strings.status[status]}</span
      >`;

    return html`${renderHeading(this.headingLevel, isolated(locale.pick(crossing.name)))}
      <p class="status-line">
        ${badge(crossing.status, 'status')}
        <span class="reported" part="as-of">${strings.lastReported}
          <time datetime=${crossing.asOf}>${locale.relativeTime(crossing.asOf)} (${locale.date(crossing.asOf)})</time></span
        >
      </p>
      <ul class="sides" part="sides">
        ${crossing.sides.map((side) => this.#renderSide(side, index, strings.controlledBy, strings.separator))}
      </ul>
      ${note ? html`<p class="note" part="note" lang=${note.lang} dir="auto">${note.text}</p>` : nothing}
      ${history.length > 0
        ? html`${renderDisclosureToggle({
              part: 'history-toggle',
              controls: 'history',
              expanded: open,
              label: `${strings.history} (${locale.number(history.length)})`,
              onToggle: this.#toggleHistory,
            })}
            <ol id="history" class="changes" part="history" ?hidden=${!open}>
              ${history.map((change) => {
                const changeNote = locale.pick(change.note);
                return html`<li class="change">
                  <p class="change-head">
                    <time datetime=${change.date}>${locale.date(change.date)}</time>
                    ${change.status ? badge(change.status, 'change-status') : nothing}
                  </p>
                  <p lang=${changeNote?.lang ?? nothing} dir="auto">${changeNote?.text}</p>
                  ${renderSourceLine(locale, index, change.sources ?? crossing.sources, undefined, onOpen)}
                </li>`;
              })}
            </ol>`
        : nothing}
      ${renderSourceLine(locale, index, crossing.sources, crossing.asOf, onOpen)}`;
  }

  #renderSide(side: CrossingSide, index: BundleIndex, controlledBy: string, separator: string): TemplateResult {
    const place = side.place ? index.place(side.place) : undefined;
    const actor = side.controlledBy ? index.actor(side.controlledBy) : undefined;
    // The layout puts country, place and controller on lines of their own; a screen reader (and
    // the plain-HTML render) reads them in one run, so they are separated in words it can hear.
    const pause = html`<span class="sr-only">${separator}</span>`;
    return html`<li class="side" part="side">
      <span class="country">${this.locale.regionName(side.country)}</span>${pause}
      ${place ? html`<span>${isolated(this.locale.pick(place.name))}</span>${pause}` : nothing}
      <span class="controller"
        ><span class="label">${controlledBy}</span>
        ${actor
          ? html`<span
              >${actor.color ? renderSwatch(actor.color) : nothing}${isolated(this.locale.pick(actor.name))}</span
            >`
          : html`<span class="unknown">${this.locale.shared.unknown}</span>`}</span
      >
    </li>`;
  }

  #toggleHistory(): void {
    this._historyOpen = !this._historyOpen;
    this.emitInteraction('toggle-history', this._historyOpen ? 'open' : 'closed');
  }
}
