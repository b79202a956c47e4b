import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { ControlShare, ControlSnapshot, ShareCount } from '../../bundle/schema.js';
import { ExcerptController } from '../../controllers/excerpt-controller.js';
import type { Locale, PickedText } from '../../controllers/locale.js';
import { renderAccordingTo } from '../../base/attribution.js';
import { accordingToText, claimantName } from '../../base/claimant.js';
import { renderExcerpts } from '../../base/excerpt.js';
import { isolated } from '../../base/isolated.js';
import { DEFAULT_SURFACES, distinctFrom, textColorOn } from '../../helpers/contrast.js';
import { isDateAtAnyPrecision, machineDate, momentKey } from '../../helpers/dates.js';
import { suggestIds } from '../../helpers/near-miss.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderAsOf, renderDate, renderSourceLine } from '../../base/source-line.js';
import { renderStatement } from '../../base/statement.js';
import { styleProperties } from '../../base/style-properties.js';
import { renderSwatch } from '../../base/swatch.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { EPSILON, restHasFigure, barGeometry, countText, kindOf, shareValue, shareWords, type ShareKind } from './control-bar.share.js';
import { controlBarStrings } from './control-bar.strings.js';
import { controlBarStyles } from './control-bar.styles.js';

/** For an actor the bundle gives no colour. */
const NO_COLOR = '#595959';

/** Marks where a piece of markup goes in a sentence the strings write: "\u0001" + its index + "\u0002". */
const slot = (i: number) => `\u0001${i}\u0002`;
/** The sentence with each slot replaced by its piece of markup. */
function fill(sentence: string, pieces: readonly (TemplateResult | string)[]): TemplateResult {
  return html`${sentence.split(/\u0001(\d+)\u0002/).map((text, i) => (i % 2 === 1 ? pieces[Number(text)] : text))}`;
}

/**
 * The counts beside a share, as markup: " (more than 30 of 52 <bdi>districts</bdi>)", each unit
 * isolated, so that a unit written in the other direction cannot reorder the figures around it.
 */
export function renderCounts(counts: readonly ShareCount[], locale: Locale): TemplateResult {
  const items = counts.map((count, i) => fill(countText(count, locale, slot(i)), [...Array<string>(i), isolated(locale.pick(count.unit))]));
  const list = locale.list(counts.map((_, i) => slot(i)));
  return fill(locale.strings(controlBarStrings).counts(list), items);
}

/**
 * A stacked bar of who controls a place, from the bundle's control snapshots, drawn as the
 * source gives each share: a figure to scale in the actor's colour; a bound, a range or words
 * as what they are, solid up to the known figure and fading out to an open edge ("more than
 * 60%", "most") or to a dashed edge at the bound ("less than half"); and the part no figure is
 * given for (unknown or contested) as its own hatched segment, none where the shares' words
 * cover the whole place. A legend says every share as the source does (its words, bounds and
 * counts, and who says so) and is the bar's text alternative; a slider steps through the
 * place's dated moments, each at the precision it is given ("late 2017"). Where the bundle
 * gives a snapshot or a share the excerpt of its source, a small button after it opens "What
 * the source says": the source's exact words, outlet, headline and date (a snapshot's after who
 * says so, or after the place's name, and its panel under the bar; a share's in its legend item).
 *
 * @summary Who controls a place, as a stacked bar with a legend, dated and sourced.
 * @tagname control-bar
 *
 * @attr place - Id of the place to show; several ids separated by spaces compare places, one row each.
 * @attr date - Show the snapshot in force at this date (`2017-11-03`, or a month `2017-11` or a year `2017`: the moment in force at its end); the latest when absent.
 *
 * @csspart row - One place: its name, time slider, and its claim (or competing claims).
 * @csspart claim - One account of who controls the place: who says so, the bar, legend, note and sources. Competing claims for one date are each a claim, side by side.
 * @csspart attribution - Who says so ("According to the North Front"), where the source attributes the snapshot.
 * @csspart claims-differ - The line above competing claims, under the place's name, saying that the accounts differ.
 * @csspart place - The place's name.
 * @csspart time - The time control: "As of", the date shown and the slider.
 * @csspart slider - The range input that steps through the place's snapshots.
 * @csspart bar - The stacked bar (hidden from assistive technology; the legend says the same).
 * @csspart segment - An actor's segment of the bar, and the remainder's; `data-kind` says how its share is given (`exact`, `range`, `below` a bound, `above` a bound or "most", `all-except`, `part`; `rest` for the remainder), `data-actor` whose it is.
 * @csspart remainder - The hatched segment: the part of the place no figure is given for.
 * @csspart legend - The list of actors and shares, also the bar's text alternative.
 * @csspart swatch - A colour sample in the legend: a square in the actor's colour (as in the bar), fading out for a bound, a range or a share in words (outlined for words), hatched for the remainder.
 * @csspart counts - The counts beside a share in the legend, in their units: " (more than 30 of 52 districts)".
 * @csspart note - The snapshot's note, and a share's (after the actor's name): each with who says it and the date it was true on.
 * @csspart no-data - The line shown when a place has no control data for the date.
 * @csspart excerpt-toggle - The small button after a snapshot's claimant (or the place's name) or a share's legend line that opens "What the source says"; only for a fact with excerpts.
 * @csspart excerpts - The panel it opens: under the bar for a snapshot, under the legend line for a share.
 * @csspart excerpt - One excerpt in the panel: the source's exact words, then its outlet, headline and date.
 *
 * @cssprop --nw-control-bar-height - Height of the bar (default 2.25em).
 * @cssprop --nw-control-bar-gap - Width of the line between segments (default 2px).
 * @cssprop --nw-control-bar-duration - How long segments take to change width (default 0.4s; none with reduced motion).
 *
 * @fires nw-ready - The widget shows its data (`detail`: bundle, updated, entity, stale).
 * @fires nw-error - The widget shows a notice, or its data went stale (`detail`: code, message, problems, stale).
 * @fires nw-interact - A reader acted: `action` `step-time` (`value`: the as-of date stepped to, as its `<time datetime>` gives it: `2017` for late 2017) or
 *   `open-source` (`value`: the source id) or
 *   `reveal-excerpt` (`value`: which fact's "What the source says" was opened or closed, and how: `snapshot-<row>-<n>:shown`
 *   for the place's n-th snapshot, oldest first, in the row-th place of `place`; `share-<row>-<n>-<i>:hidden` for its i-th share).
 *
 */
export class ControlBar extends NewsWidgetElement {
  static override properties: PropertyDeclarations = {
    place: { type: String },
    date: { type: String },
    // Internal state; `attribute: false` also for the manifest analyzer, which lists a `state` as an attribute.
    _stepped: { state: true, attribute: false },
  };

  static override styles = [widgetStyles, controlBarStyles];

  /** Id of the place to show, or several ids separated by spaces to compare places. */
  declare place: string | null;
  /** Show the snapshot in force at this date, month or year (the latest dated on or before its end); the latest when absent. */
  declare date: string | null;

  /**
   * The snapshot id a reader stepped to, per place; forgotten when `place` or `date` changes.
   * A new map on every change, so that Lit sees it.
   */
  declare private _stepped: ReadonlyMap<string, string>;

  /** Which "What the source says" panels are open; all closed when `place` changes. */
  readonly #excerpts = new ExcerptController(this, (key, open) => this.emitInteraction('reveal-excerpt', `${key}:${open ? 'shown' : 'hidden'}`));

  constructor() {
    super();
    this.place = null;
    this.date = null;
    this._stepped = new Map();
  }

  protected get entityKey(): string {
    return this.place?.trim() ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('place') || changed.has('date')) && this._stepped.size > 0) this._stepped = new Map();
    if (changed.has('place')) this.#excerpts.reset();
    super.willUpdate(changed);
  }

  protected renderReady(index: BundleIndex): TemplateResult | WidgetProblem {
    const ids = this.entityKey.split(/\s+/).filter(Boolean);
    const missing = ids.filter((id) => !index.place(id));
    if (ids.length === 0 || missing.length > 0) return this.#missingPlaces(index, missing);
    const date = this.date?.trim() || undefined;
    if (date && !isDateAtAnyPrecision(date)) {
      return {
        code: 'attribute-invalid',
        message: `${this.describe()}: date="${date}" is not a date; write it like date="2017-11-03" (or a month, "2017-11", or a year, "2017").`,
        notice: this.locale.shared.notFound(date),
      };
    }
    return html`<div class="rows">${ids.map((id, row) => this.#renderRow(index, id, row, date))}</div>`;
  }

  /** Names every id that is not in the bundle, each with its near misses. */
  #missingPlaces(index: BundleIndex, missing: readonly string[]): WidgetProblem {
    const [first = '', ...more] = missing;
    const problem = this.entityProblem('place', first, index, 'places', 'place');
    if (more.length === 0) return problem;
    const ids = index.ids('places');
    return {
      ...problem,
      message: `${problem.message} It has no place ${more.map((id) => `"${id}" (${suggestIds(id, ids)})`).join(' or ')} either.`,
      notice: this.locale.shared.notFound(missing.join(' ')),
    };
  }

  #renderRow(index: BundleIndex, id: string, row: number, date: string | undefined): TemplateResult {
    const snapshots = index.snapshotsOf(id);
    const stepped = snapshots.find((each) => each.id === this._stepped.get(id));
    // Every claim of the moment shown: one snapshot, or competing claims from different claimants.
    const claims = stepped
      ? snapshots.filter((each) => momentKey(each.asOf) === momentKey(stepped.asOf))
      : index.controlSnapshotsAt(id, date);
    const name = this.locale.pick(index.place(id)?.name) ?? { text: id, lang: 'en' };
    const [shown] = claims;
    const rendered = claims.map((claim) => this.#renderSnapshot(index, name, snapshots, claim, claims.length > 1, row));
    // A claim in the source's own voice (at most one a moment) has no claimant to follow: its button follows the place's name.
    const ownVoice = rendered.find((each) => !each.claimant);
    return html`<div class="row" part="row" role="group" aria-labelledby="place-${row}">
      <p class="place" part="place"><span id="place-${row}">${isolated(name)}</span>${ownVoice?.toggle ?? nothing}</p>
      ${shown
        ? html`${this.#renderTime(row, snapshots, shown)}
          ${claims.length > 1 ? html`<p class="claims-differ" part="claims-differ">${this.locale.shared.claimsDiffer}</p>` : nothing}
          ${rendered.map((each) => each.claim)}`
        : html`<p part="no-data">${this.locale.strings(controlBarStrings).noData} ${renderAsOf(this.locale, date ?? index.bundle.meta.updated)}</p>`}
    </div>`;
  }

  #renderSnapshot(
    index: BundleIndex,
    place: PickedText,
    snapshots: readonly ControlSnapshot[],
    snapshot: ControlSnapshot,
    competing: boolean,
    row: number,
  ): { readonly claim: TemplateResult; readonly claimant: boolean; readonly toggle: TemplateResult | typeof nothing } {
    const locale = this.locale;
    const strings = locale.strings(controlBarStrings);
    const actor = (id: string) => {
      const found = index.actor(id);
      const color = found?.color ?? NO_COLOR;
      const light = distinctFrom(color, DEFAULT_SURFACES.light);
      const dark = distinctFrom(color, DEFAULT_SURFACES.dark);
      // Both themes' colours, as the legend's swatches have them: the styles choose, print too.
      const colors = { '--_c-light': light, '--_on-light': textColorOn(light), '--_c-dark': dark, '--_on-dark': textColorOn(dark) };
      return { name: isolated(locale.pick(found?.name) ?? { text: id, lang: 'en' }), color, colors };
    };
    const geometry = barGeometry(snapshot);
    const remainder = snapshot.remainder ?? 'unknown';
    // The rest has a figure only where every share is one; beside a bound or words it is only named.
    const restValue = restHasFigure(snapshot)
      ? locale.percent(geometry.rest, snapshot.shares.some((share) => share.approximate))
      : undefined;
    const restName = restValue === undefined ? strings.rest[remainder] : strings.remainder[remainder];
    const date = locale.date(snapshot.asOf);
    const percent = (fraction: number) => `${fraction * 100}%`;
    const segment = (kind: ShareKind | 'rest', width: number, solid: number, label: unknown, colors = {}, actorId?: string) => {
      const isRest = kind === 'rest';
      return html`<div class="segment ${isRest ? 'remainder' : ''}" part="segment ${isRest ? 'remainder' : ''}" data-kind=${kind}
        data-actor=${actorId ?? nothing}
        ?data-empty=${width <= EPSILON}
        style=${styleProperties({ ...colors, 'inline-size': percent(width), '--_solid': width > EPSILON ? percent(Math.min(1, solid / width)) : '100%' })}
      ><span class="label">${label}</span></div>`;
    };
    // One segment for every actor in any of the place's snapshots, in a stable order, so that
    // stepping through time resizes segments instead of replacing them.
    const drawn = new Set(snapshots.flatMap((each) => each.shares.map((share) => share.actor)));

    const claimant = renderAccordingTo(snapshot.attribution, index, locale);
    const claimantText = accordingToText(snapshot.attribution, index, locale);
    const legendName = claimantText ? `${strings.legend(place.text, date)}. ${claimantText}` : strings.legend(place.text, date);
    const shareClaimant = (share: ControlShare) => {
      const who = share.attribution && claimantName(share.attribution, index, locale);
      return who ? html`${strings.shareAccordingTo[0]}${isolated(who)}${strings.shareAccordingTo[1]}` : nothing;
    };

    // "What the source says", keyed by the row and the snapshot's place among the place's, so that
    // each claim and share has its own in every row and a panel stays with its fact across steps.
    const at = `${row}-${snapshots.indexOf(snapshot)}`;
    const excerpts = renderExcerpts({ key: `snapshot-${at}`, excerpts: snapshot.excerpts, fact: legendName }, this.#excerpts, index, locale);
    const snapshotWho = snapshot.attribution && claimantName(snapshot.attribution, index, locale);
    const shareExcerpts = (share: ControlShare, i: number) => {
      // The share as the legend says it, and who says so (its own claimant, else the snapshot's: competing claims differ by it).
      const who = (share.attribution && claimantName(share.attribution, index, locale)) ?? snapshotWho;
      const fact = `${locale.pick(index.actor(share.actor)?.name)?.text ?? share.actor}: ${shareValue(share, locale)}${
        who ? `${strings.shareAccordingTo[0]}${who.text}${strings.shareAccordingTo[1]}` : ''
      }`;
      return renderExcerpts({ key: `share-${at}-${i}`, excerpts: share.excerpts, fact }, this.#excerpts, index, locale);
    };
    const note = renderStatement(snapshot.note, index, locale);
    const shareNotes = snapshot.shares.flatMap((share) => {
      const shareNote = renderStatement(share.note, index, locale);
      return shareNote ? [html`<p class="share-note" part="note">${actor(share.actor).name}: ${shareNote}</p>`] : [];
    });

    const claim = html`<div class="claim ${competing ? 'competing' : ''}" part="claim">
      ${claimant ? html`<p class="attribution" part="attribution">${claimant}${excerpts.toggle}</p>` : nothing}
      <div class="bar" part="bar" aria-hidden="true">
        ${[...drawn].map((id) => {
          const share = snapshot.shares.find((each) => each.actor === id);
          const shape = geometry.segments.get(id);
          const { name, colors } = actor(id);
          if (!share || !shape) return segment('exact', 0, 0, name, colors, id);
          const { words, value } = shareWords(share, locale);
          // In the bar, the short form: the source's words, the figure, or "most" without "(no figure given)".
          const short = words ? isolated(words) : share.share === undefined ? strings.extent[share.extent ?? 'part'] : value;
          return segment(shape.kind, shape.width, shape.solid, html`<span class="name">${name}</span> <span>${short}</span>`, colors, id);
        })}
        ${remainder === 'none'
          ? nothing
          : segment('rest', geometry.rest, 0, html`<span class="name">${restName}</span>${restValue === undefined ? nothing : html` <span>${restValue}</span>`}`)}
      </div>
      ${excerpts.panel}
      <ul class="legend" part="legend" role="list" aria-label=${legendName}>
        ${snapshot.shares.map((share, i) => {
          const { name, color } = actor(share.actor);
          const { words, value, counts } = shareWords(share, locale);
          const kind = kindOf(share);
          const variant = kind === 'exact' ? '' : share.share === undefined ? 'open in-words' : 'open';
          const { toggle, panel } = shareExcerpts(share, i);
          return html`<li>${renderSwatch(color, { variant })}<span>${name}: <strong>${words ? isolated(words) : value}</strong>${counts
            ? html`<span class="counts" part="counts">${renderCounts(share.counts ?? [], locale)}</span>`
            : nothing}${shareClaimant(share)}${toggle}</span>${panel}</li>`;
        })}
        ${remainder !== 'none' && geometry.rest > EPSILON
          ? html`<li>${renderSwatch(undefined, { variant: 'remainder' })}<span>${restValue === undefined
              ? restName
              : html`${restName}: <strong>${restValue}</strong>`}</span></li>`
          : nothing}
      </ul>
      ${note ? html`<p part="note">${note}</p>` : nothing}
      ${shareNotes}
      ${renderSourceLine(locale, index, snapshot.sources, snapshot.asOf, (id) => this.emitInteraction('open-source', id))}
    </div>`;
    return { claim, claimant: claimant !== undefined, toggle: excerpts.toggle };
  }

  /**
   * The time control, where the place has more than one moment: it steps through the moments
   * (a moment with competing claims is one step; "late 2017" and a day in it are two), showing
   * every claim of the one reached, its date at its own precision.
   */
  #renderTime(row: number, snapshots: readonly ControlSnapshot[], shown: ControlSnapshot): TemplateResult | typeof nothing {
    const moments = snapshots.filter((each, i) => i === 0 || momentKey(each.asOf) !== momentKey(snapshots[i - 1].asOf));
    if (moments.length < 2) return nothing;
    const at = moments.findIndex((each) => momentKey(each.asOf) === momentKey(shown.asOf));
    const locale = this.locale;
    return html`<div class="time" part="time">
      <label for="time-${row}">${locale.strings(controlBarStrings).asOf}</label>
      ${renderDate(locale, shown.asOf)}
      <input id="time-${row}" part="slider" type="range" min="0" max=${moments.length - 1} .value=${String(at)}
        aria-valuetext=${locale.date(shown.asOf)} @input=${(event: Event) => this.#step(moments[Number((event.target as HTMLInputElement).value)])} />
    </div>`;
  }

  #step(snapshot: ControlSnapshot | undefined): void {
    if (!snapshot) return;
    this._stepped = new Map([...this._stepped, [snapshot.place, snapshot.id]]);
    this.emitInteraction('step-time', machineDate(snapshot.asOf));
  }
}
