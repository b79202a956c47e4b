import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type {
  Attribution,
  Crossing,
  CrossingChange,
  CrossingSide,
  CrossingStatus,
  DateValue,
  Excerpt,
  Statement,
  TopicEvent,
} from '../../bundle/schema.js';
import { statementOf } from '../../bundle/statement.js';
import { renderAccordingTo } from '../../base/attribution.js';
import { isolated } from '../../base/isolated.js';
import { compareDates, momentKey } from '../../helpers/dates.js';
import { renderDisclosureToggle } from '../../base/disclosure.js';
import { renderExcerpts } from '../../base/excerpt.js';
import { renderHeading } from '../../base/heading.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderAsOf, renderDate, renderSourceLine, renderTranslated } from '../../base/source-line.js';
import { renderStatement } from '../../base/statement.js';
import { renderSwatch } from '../../base/swatch.js';
import { ExcerptController } from '../../controllers/excerpt-controller.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { borderCrossingStatusStrings } from './border-crossing-status.strings.js';
import { borderCrossingStatusStyles } from './border-crossing-status.styles.js';
import { passageText } from './border-crossing-status.words.js';

/** A shape per status, so that the badge does not rely on its colour. */
const ICONS: Record<CrossingStatus, TemplateResult<2>> = {
  open: svg`<circle cx="8" cy="8" r="6.5"/><path d="m5 8.3 2 2 4-4.3"/>`,
  closed: svg`<circle cx="8" cy="8" r="6.5"/><path d="M5 8h6"/>`,
  // A funnel: only some traffic passes.
  restricted: svg`<path d="M1.5 2.5h13L9.5 8.5v5l-3 1v-6z"/>`,
  // A circle half filled: open for part of what would pass.
  'partly-open': svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor"/>`,
  contested: svg`<path d="M8 1.5 15 14H1z"/><path d="M8 6v3.5m0 2.5v0"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.6 2"/><path d="M6.3 6.3a1.8 1.8 0 1 1 2.5 1.6c-.5.3-.8.6-.8 1.2m0 2.4v0"/>`,
};
/** The mark of an event in the history, unlike any status badge's. */
const EVENT_ICON = svg`<path d="M8 1.5 14.5 8 8 14.5 1.5 8z"/>`;

/** The page stays open for hours; "9 minutes ago" must not stay "9 minutes ago". */
const CLOCK_MS = 60_000;

/** Who holds a side, now (a side) or at a change (`history[].sides`). */
type Holder = Pick<CrossingSide, 'controlledBy' | 'notAtIssue' | 'attribution'>;

/**
 * One entry of the history: a change of the crossing, or an event of the bundle that names it,
 * with its place in the bundle's list (which names its "What the source says" panel).
 */
type HistoryEntry =
  | { readonly date: DateValue; readonly change: CrossingChange; readonly at: number }
  | { readonly date: DateValue; readonly event: TopicEvent; readonly at: number };

/** The toggle and panel of "What the source says" for one fact (both `nothing` without excerpts). */
type FactSource = ReturnType<typeof renderExcerpts>;
const NO_EXCERPTS: FactSource = { toggle: nothing, panel: nothing };

/** Excerpts of a fact and of its note together, each once. */
function joined(...lists: ReadonlyArray<readonly Excerpt[] | undefined>): Excerpt[] {
  const seen = new Set<string>();
  return lists.flatMap((list) => list ?? []).filter((excerpt) => {
    const key = `${excerpt.source}\u0000${excerpt.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The history newest first: the crossing's changes and the events naming it, by date; of two
 * at one date, changes first, each list in the order the bundle gives it.
 */
function historyOf(crossing: Crossing, events: readonly TopicEvent[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...(crossing.history ?? []).map((change, at) => ({ date: change.date, change, at })),
    ...events.map((event, at) => ({ date: event.date, event, at })),
  ];
  return entries.sort((a, b) => compareDates(b.date, a.date));
}

/**
 * A border crossing's status: its name, its two sides and who controls each (with who says so
 * and since when, where the bundle gives it), a badge for open, closed, restricted, partly open,
 * contested (fighting or a dispute over the crossing itself) or unknown, what may pass a
 * restricted or partly open crossing, who says the status is so and the date it was reported,
 * and the history: its dated changes and the events that name it, newest first. Each fact the
 * bundle gives excerpts for (the status, a side, a dated change, an event, a note) has a small
 * button after it that opens "What the source says": the source's exact words, outlet,
 * headline and date.
 *
 * @summary Shows whether a border crossing is open, closed, restricted or contested, who holds each side, and since when.
 * @tagname border-crossing-status
 *
 * @attr crossing - The id of the crossing in the bundle, e.g. `qaim-bukamal`.
 * @attr heading-level - The outline level (1–6, default 3) of the crossing's name, to fit the article's headings.
 *
 * @csspart name - The crossing's name.
 * @csspart status - The status badge.
 * @csspart passage - What may pass a restricted or partly open crossing: "Open to official and humanitarian traffic only".
 * @csspart status-claimant - Who says the status is so: "According to aid workers".
 * @csspart as-of - The date the status was reported, at its precision ("Status as of 20 November 2017"), and how long ago where that is recent (never in a server-rendered page).
 * @csspart sides - The list of the two sides.
 * @csspart side - One side: country, place, who controls it, who says so and when, its note and sources.
 * @csspart swatch - The colour mark of the actor that controls a side: a square in its colour, made to stand out from the theme's surface.
 * @csspart not-at-issue - A side held by a state outside the story: "Sweden, not a party to these events".
 * @csspart side-claimant - Who says an actor holds a side: "According to the North Front".
 * @csspart side-as-of - The date a side's controller was reported, where it differs from the crossing's.
 * @csspart side-note - A side's note.
 * @csspart note - The crossing's note.
 * @csspart history-toggle - The button that opens and closes the history.
 * @csspart history - The list of dated changes and events, newest first.
 * @csspart change - A dated change of the crossing in the history.
 * @csspart change-status - The status badge of a dated change.
 * @csspart change-passage - What could pass at a dated change.
 * @csspart change-claimant - Who says a change or an event is so.
 * @csspart change-sides - Who held each side at a dated change.
 * @csspart change-note - The note of a dated change.
 * @csspart event - An event that names the crossing (a closure, a reopening…), in the history.
 * @csspart event-kind - The mark of an event, with its kind: "Event: closure".
 * @csspart event-title - An event's title.
 * @csspart event-summary - An event's summary.
 *
 * @cssprop --nw-color-status-open - Open badge colour (light theme); its background is a tint of it.
 * @cssprop --nw-color-status-closed - Closed badge colour (light theme).
 * @cssprop --nw-color-status-restricted - Restricted badge colour (light theme).
 * @cssprop --nw-color-status-partly-open - Partly open badge colour (light theme).
 * @cssprop --nw-color-status-contested - Contested badge colour (light theme).
 * @cssprop --nw-color-status-unknown - Unknown badge colour (light theme).
 * @cssprop --nw-dark-color-status-open - Open badge colour (dark theme).
 * @cssprop --nw-dark-color-status-closed - Closed badge colour (dark theme).
 * @cssprop --nw-dark-color-status-restricted - Restricted badge colour (dark theme).
 * @cssprop --nw-dark-color-status-partly-open - Partly open badge colour (dark theme).
 * @cssprop --nw-dark-color-status-contested - Contested badge colour (dark theme).
 * @cssprop --nw-dark-color-status-unknown - Unknown badge colour (dark theme).
 *
 * @fires nw-ready - The widget shows its data; detail `{bundle, updated, entity, stale}`.
 * @fires nw-error - The widget shows a notice, or its data went stale; detail `{code, message, problems, stale}`.
 * @fires nw-interact - A reader acted; detail `{action, entity, value}` with action `toggle-history`
 *   (value `open` or `closed`), `open-source` (value: the source id) or `reveal-excerpt` (value: the
 *   fact's key and `shown` or `hidden`: `status:shown`, `side-0:hidden`, `change-2:shown`, `event-0:shown`;
 *   keys are `status`, `note`, `side-N`, `side-N-note`, `change-N` (N: its place in the crossing's
 *   `history`), `event-N` and `event-N-summary` (N: its place among the events that name the crossing)).
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
  /** Which "What the source says" panels the reader has opened. */
  readonly #excerpts = new ExcerptController(this, (key, open) => this.emitInteraction('reveal-excerpt', `${key}:${open ? 'shown' : 'hidden'}`));

  constructor() {
    super();
    this.crossing = '';
    this.headingLevel = 3;
    this._historyOpen = false;
  }

  protected override get entityKey(): string {
    return this.crossing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another crossing's facts are other facts: none of its panels is open.
    if (changed.has('crossing')) this.#excerpts.reset();
    super.willUpdate(changed);
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
    const events = index.eventsOf('crossings', crossing.id);
    const history = historyOf(crossing, events);
    const open = this._historyOpen;
    const onOpen = (source: string) => this.emitInteraction('open-source', source);
    // A relative time written into a server-rendered page would stay "2 days ago" for ever.
    const recent = isServer ? undefined : locale.recentTime(crossing.asOf);
    const status = this.#excerptsFor('status', crossing.excerpts, this.#statusText(crossing.status, crossing.passage), index);
    const note = this.#noteExcerpts('note', crossing.note, index);

    return html`${renderHeading(this.headingLevel, isolated(locale.pick(crossing.name)))}
      <p class="status-line">
        ${this.#badge(crossing.status, 'status')}${this.#passage(crossing.status, crossing.passage, 'passage')}${this.#claimant(
          crossing.attribution,
          'status-claimant',
          index,
        )}${this.#pause()}<span class="reported" part="as-of"
          >${strings.statusAsOf} ${renderDate(locale, crossing.asOf)}${recent ? html` <span class="ago">${strings.ago(recent)}</span>` : nothing}</span
        >${status.toggle}
      </p>
      ${status.panel}
      <ul class="sides" part="sides">
        ${crossing.sides.map((side, i) => this.#renderSide(side, i, crossing, index, onOpen))}
      </ul>
      ${this.#note(crossing.note, 'note', index, note.toggle)}${note.panel}
      ${history.length > 0
        ? html`${renderDisclosureToggle({
              part: 'history-toggle',
              controls: 'history',
              expanded: open,
              label: `${events.length > 0 ? strings.historyWithEvents : strings.history} (${locale.number(history.length)})`,
              onToggle: this.#toggleHistory,
            })}
            <ol id="history" class="changes" part="history" ?hidden=${!open}>
              ${history.map((entry) =>
                'change' in entry
                  ? this.#renderChange(entry.change, entry.at, crossing, index, onOpen)
                  : this.#renderEvent(entry.event, entry.at, index, onOpen),
              )}
            </ol>`
        : nothing}
      ${renderSourceLine(locale, index, crossing.sources, crossing.asOf, onOpen)}`;
  }

  #renderSide(side: CrossingSide, at: number, crossing: Crossing, index: BundleIndex, onOpen: (source: string) => void): TemplateResult {
    const { locale } = this;
    const strings = locale.strings(borderCrossingStatusStrings);
    const place = side.place ? index.place(side.place) : undefined;
    const ownDate = side.asOf !== undefined && momentKey(side.asOf) !== momentKey(crossing.asOf);
    const placeName = place ? locale.pick(place.name)?.text : undefined;
    const fact = [locale.regionName(side.country), placeName, this.#holderText(side, side.country, index)]
      .filter((text) => text)
      .join(strings.separator);
    const source = this.#excerptsFor(`side-${at}`, side.excerpts, fact, index);
    const note = this.#noteExcerpts(`side-${at}-note`, side.note, index);
    // The layout puts country, place and controller on lines of their own; a screen reader (and
    // the plain-HTML render) reads them in one run, so they are separated in words it can hear.
    return html`<li class="side" part="side">
      <span class="country">${locale.regionName(side.country)}</span>${this.#pause()}
      ${place ? html`<span>${isolated(locale.pick(place.name))}</span>${this.#pause()}` : nothing}
      ${this.#holder(side, side.country, index, source.toggle)}${this.#claimant(side.attribution, 'side-claimant', index)}${ownDate
        ? html`${this.#pause()}<span class="side-as-of" part="side-as-of">${renderAsOf(locale, side.asOf!)}</span>`
        : nothing}
      ${this.#note(side.note, 'side-note', index, note.toggle)}${note.panel}
      ${side.sources ? renderSourceLine(locale, index, side.sources, undefined, onOpen) : nothing}
      ${source.panel}
    </li>`;
  }

  /**
   * "Controlled by North Front", "Controlled by Sweden, not a party to these events", "Controlled
   * by unknown"; with the side's "What the source says" button at the end of its line.
   */
  #holder(holder: Holder, country: string, index: BundleIndex, toggle: FactSource['toggle'] = nothing): TemplateResult {
    const { locale } = this;
    const strings = locale.strings(borderCrossingStatusStrings);
    const actor = holder.controlledBy ? index.actor(holder.controlledBy) : undefined;
    return html`<span class="controller"
      ><span class="label">${strings.controlledBy}</span>
      ${holder.notAtIssue
        ? html`<span part="not-at-issue"
            >${locale.regionName(country)}<span class="not-at-issue">${strings.separator}${strings.notAtIssue}</span></span
          >`
        : actor
          ? html`<span>${actor.color ? renderSwatch(actor.color) : nothing}${isolated(locale.pick(actor.name))}</span>`
          : html`<span class="unknown">${strings.unknownController}</span>`}${toggle}</span
    >`;
  }

  /** The same in plain words, for a button's accessible name. */
  #holderText(holder: Holder, country: string, index: BundleIndex): string {
    const { locale } = this;
    const strings = locale.strings(borderCrossingStatusStrings);
    const actor = holder.controlledBy ? index.actor(holder.controlledBy) : undefined;
    const who = holder.notAtIssue
      ? `${locale.regionName(country)}${strings.separator}${strings.notAtIssue}`
      : (actor && locale.pick(actor.name)?.text) || strings.unknownController;
    return `${strings.controlledBy} ${who}`;
  }

  #renderChange(change: CrossingChange, at: number, crossing: Crossing, index: BundleIndex, onOpen: (source: string) => void): TemplateResult {
    const { locale } = this;
    const strings = locale.strings(borderCrossingStatusStrings);
    // The change and its note are one fact: one button, after the note, opens the words of both.
    const noteText = locale.pick(change.note)?.text;
    const what = change.status ? this.#statusText(change.status, change.passage) : noteText;
    const fact = [locale.date(change.date), what].filter((text) => text).join(strings.separator);
    const source = this.#excerptsFor(`change-${at}`, joined(change.excerpts, statementOf(change.note)?.excerpts), fact, index);
    const note = this.#note(change.note, 'change-note', index, source.toggle);
    return html`<li class="change" part="change">
      <p class="change-head">
        ${renderDate(locale, change.date)}
        ${change.status ? this.#badge(change.status, 'change-status') : nothing}${change.status
          ? this.#passage(change.status, change.passage, 'change-passage')
          : nothing}${this.#claimant(change.attribution, 'change-claimant', index)}${note === nothing ? source.toggle : nothing}
      </p>
      ${change.sides
        ? html`<ul class="change-sides" part="change-sides">
            ${change.sides.map(
              (holder, i) =>
                html`<li>
                  <span class="country">${locale.regionName(crossing.sides[i].country)}</span>${locale.strings(borderCrossingStatusStrings).colon}${this.#holder(
                    holder,
                    crossing.sides[i].country,
                    index,
                  )}${this.#claimant(holder.attribution, 'side-claimant', index)}
                </li>`,
            )}
          </ul>`
        : nothing}
      ${note}
      ${renderSourceLine(locale, index, change.sources ?? crossing.sources, undefined, onOpen)}
      ${source.panel}
    </li>`;
  }

  #renderEvent(event: TopicEvent, at: number, index: BundleIndex, onOpen: (source: string) => void): TemplateResult {
    const { locale } = this;
    const title = locale.pick(event.title);
    const fact = [locale.date(event.date), title?.text].filter((text) => text).join(locale.strings(borderCrossingStatusStrings).separator);
    const source = this.#excerptsFor(`event-${at}`, event.excerpts, fact, index);
    const summary = this.#noteExcerpts(`event-${at}-summary`, event.summary, index);
    return html`<li class="change event" part="event" data-kind=${event.kind}>
      <p class="change-head">
        ${renderDate(locale, event.date)}
        <span class="event-kind" part="event-kind"
          ><svg viewBox="0 0 16 16" aria-hidden="true">${EVENT_ICON}</svg>${locale.strings(borderCrossingStatusStrings).eventKind[event.kind]}</span
        >${this.#claimant(event.attribution, 'change-claimant', index)}
      </p>
      <p class="event-title" part="event-title">${isolated(title)}${renderTranslated(title, locale)}${source.toggle}</p>
      ${this.#note(event.summary, 'event-summary', index, summary.toggle)}${summary.panel}
      ${renderSourceLine(locale, index, event.sources, undefined, onOpen)}
      ${source.panel}
    </li>`;
  }

  #badge(status: CrossingStatus, part: string): TemplateResult {
    return html`<span class="badge" part=${part} data-status=${status}
      ><svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[status]}</svg>${this.locale.strings(borderCrossingStatusStrings).status[status]}</span
    >`;
  }

  /** "Restricted, Open to official and humanitarian traffic only": a status in plain words. */
  #statusText(status: CrossingStatus, passage: Crossing['passage']): string {
    const strings = this.locale.strings(borderCrossingStatusStrings);
    const text = passageText(status, passage, this.locale);
    return text ? `${strings.status[status]}${strings.separator}${text}` : strings.status[status];
  }

  /** "What the source says" for a fact, by its key in this widget ("status", "side-0", "change-2"…). */
  #excerptsFor(key: string, excerpts: readonly Excerpt[] | undefined, fact: string, index: BundleIndex): FactSource {
    return excerpts && excerpts.length > 0 ? renderExcerpts({ key, excerpts, fact }, this.#excerpts, index, this.locale) : NO_EXCERPTS;
  }

  /** "What the source says" for a note or summary that carries excerpts of its own. */
  #noteExcerpts(key: string, value: Statement | undefined, index: BundleIndex): FactSource {
    const text = this.locale.pick(value)?.text;
    return text ? this.#excerptsFor(key, statementOf(value)?.excerpts, text, index) : NO_EXCERPTS;
  }

  /** What may pass, after the badge; nothing where the bundle does not say. */
  #passage(status: CrossingStatus, passage: Crossing['passage'], part: string): TemplateResult | typeof nothing {
    const text = passageText(status, passage, this.locale);
    return text ? html`${this.#pause()}<span class="passage" part=${part}>${text}</span>` : nothing;
  }

  /** "According to aid workers", beside the fact it is said of; nothing for a fact in the source's own voice. */
  #claimant(attribution: Attribution | undefined, part: string, index: BundleIndex): TemplateResult | typeof nothing {
    const claimant = renderAccordingTo(attribution, index, this.locale);
    return claimant ? html`${this.#pause()}<span class="claimant" part=${part}>${claimant}</span>` : nothing;
  }

  /**
   * A note as a statement: who says it, the text, whether it is a translation, the date it was
   * true on. Text alone keeps the language and direction it is written in. A "What the source
   * says" button ends the note, named in the reader's language whatever the note's.
   */
  #note(value: Statement | undefined, part: string, index: BundleIndex, toggle: FactSource['toggle'] = nothing): TemplateResult | typeof nothing {
    const parts = statementOf(value);
    const text = this.locale.pick(value);
    if (!parts || !text) return nothing;
    return parts.attribution === undefined && parts.asOf === undefined && !text.translation
      ? html`<p class="note" part=${part} lang=${text.lang} dir="auto"
          >${text.text}${toggle !== nothing && text.lang !== this.locale.language ? html`<span lang=${this.locale.language}>${toggle}</span>` : toggle}</p
        >`
      : html`<p class="note" part=${part}>${renderStatement(value, index, this.locale)}${toggle}</p>`;
  }

  /** Words a screen reader hears between parts the layout sets apart. */
  #pause(): TemplateResult {
    return html`<span class="sr-only">${this.locale.strings(borderCrossingStatusStrings).separator}</span>`;
  }

  #toggleHistory(): void {
    this._historyOpen = !this._historyOpen;
    this.emitInteraction('toggle-history', this._historyOpen ? 'open' : 'closed');
  }
}
