import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ActorRelation, BundleIndex } from '../../bundle/bundle-index.js';
import type { Actor, Attribution, ControlShare, Excerpt, LocalizedText, RelationType, ShareCount, Statement } from '../../bundle/schema.js';
import { statementOf } from '../../bundle/statement.js';
import { ExcerptController } from '../../controllers/excerpt-controller.js';
import type { PickedText } from '../../controllers/locale.js';
import { momentKey } from '../../helpers/dates.js';
import { claimantName } from '../../base/claimant.js';
import { renderExcerpts } from '../../base/excerpt.js';
import { isolated } from '../../base/isolated.js';
import { renderHeading } from '../../base/heading.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderAsOf, renderCitation, renderDate, renderSourceLine, renderTranslated } from '../../base/source-line.js';
import { renderStatement } from '../../base/statement.js';
import { renderSwatch } from '../../base/swatch.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { actorCardStrings } from './actor-card.strings.js';
import { actorCardStyles } from './actor-card.styles.js';

/** Structure first (what the actor belongs to, who leads it), then support and conflict. */
const RELATION_ORDER: readonly RelationType[] = [
  'part-of',
  'includes',
  'led-by',
  'leads',
  'backed-by',
  'backs',
  'allied-with',
  'fights',
  'rivals',
];

/**
 * @summary Who an actor of the story is: its name, kind and colour, what it wants, what it is
 * part of, who leads it, whom it backs and fights (since when, until when), and which places it
 * holds or claims, each fact with who says so, its sources and the date it is as of.
 *
 * @tagname actor-card
 *
 * @attr actor - The id of the actor to show, e.g. `sdf`.
 * @attr compact - Shows an inline chip for use inside a sentence: colour mark, short name and kind.
 * @attr heading-level - The outline level (1–6, default 3) of the card's title, to fit the article's headings.
 *
 * @csspart header - The card's title block: colour mark, name, short name and kind.
 * @csspart swatch - Every colour mark of an actor (the card's own and each related actor's): a square in the actor's colour, made to stand out from the theme's surface.
 * @csspart name - The card's title: the actor's name.
 * @csspart short-name - The actor's short name, e.g. "S.D.F.".
 * @csspart kind - The actor's kind, e.g. "Militia".
 * @csspart summary - The actor's summary, with who says it and the date it was true on where the bundle gives them.
 * @csspart relations - The relation groups together.
 * @csspart relation - Each relation group: Part of, Includes, Led by, Leads, Backed by, Backs, Allied with, Fights or Rivals.
 * @csspart relation-dates - A relation's dates, at their precision: ", since June 2016", ", from around June 2016 until late October 2017".
 * @csspart relation-sources - The sources of a relation, under it, where they are not the card's own: "Source: …".
 * @csspart goals - The actor's goals, each with who says it is a goal where the bundle says.
 * @csspart places - The places the actor controls or claims, with its share of each as the source gives it and, where the share is a claim, who makes it.
 * @csspart counts - The counts beside a share, with their units: "(more than 30 of 52 districts)".
 * @csspart claimant - Who says so, beside the fact: after a share ("claims about 70%, by its own account", "according to independent observers") or a relation, and before an attributed summary, goal or note ("According to Western officials, ").
 * @csspart chip - The compact variant's inline chip.
 * @csspart excerpt-toggle - The small round button after a fact that has the source's words (the summary, a goal, a relation, a place it controls): it opens "What the source says" below the fact. None in the compact chip.
 * @csspart excerpts - The panel it opens, "What the source says": hidden until opened, printed open.
 * @csspart excerpt - Each excerpt in the panel: the source's exact words, in the source's language, with "— outlet, headline, date".
 *
 * @cssprop --nw-actor-card-swatch-size - The size of a colour mark (default 0.8em).
 *
 * @fires nw-ready - The card shows its actor. `detail`: `{ bundle, updated, entity, stale }`.
 * @fires nw-error - The card shows a notice instead (or its data went stale). `detail`: `{ code, message, problems, stale }`.
 * @fires nw-interact - A reader acted. `detail`: `{ action, entity, value }`: `open-source` (a source link opened;
 *   `value`: the source id) or `reveal-excerpt` ("What the source says" opened or closed; `value`: the fact's key
 *   and `shown` or `hidden`, e.g. `summary:shown`, `goal-0:hidden`, `relation-0:shown`, `place-1:shown`).
 *
 */
export class ActorCard extends NewsWidgetElement {
  static override properties: PropertyDeclarations = {
    actor: { type: String },
    compact: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [widgetStyles, actorCardStyles];

  /** The id of the actor to show. */
  declare actor: string | null;
  /** Whether to show the inline chip instead of the full card. */
  declare compact: boolean;
  /** The outline level of the card's title, 1 to 6; anything else counts as 3. */
  declare headingLevel: number;

  /** Which "What the source says" panels the reader has opened. */
  readonly #excerpts = new ExcerptController(this, (key, open) =>
    this.emitInteraction('reveal-excerpt', `${key}:${open ? 'shown' : 'hidden'}`));

  constructor() {
    super();
    this.actor = null;
    this.compact = false;
    this.headingLevel = 3;
  }

  /** Another actor's facts are other facts: every panel closes. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actor')) this.#excerpts.reset();
    super.willUpdate(changed);
  }

  protected override get entityKey(): string {
    return this.actor ?? '';
  }

  protected override renderReady(index: BundleIndex): TemplateResult | WidgetProblem {
    const actor = index.actor(this.entityKey);
    if (!actor) return this.entityProblem('actor', this.entityKey, index, 'actors', 'actor');
    const strings = this.locale.strings(actorCardStrings);
    const kind = html`<span class="kind" part="kind">${strings.kinds[actor.kind]}</span>`;
    const name = this.#bdi(actor.name);
    const short = this.#bdi(actor.shortName);

    if (this.compact) {
      return html`<span class="chip" part="chip">${this.#swatch(actor)}${short
          ? html`<span class="short" aria-hidden="true">${short}</span><span class="sr-only">${name}</span>`
          : html`<span class="short">${name}</span>`}
        ${kind}</span>`;
    }

    const relations = index.relationsOf(actor.id);
    const places = index.placesControlledBy(actor.id);
    // A relation cited with sources other than the card's says so beside it (its own source
    // line); the card's line cites what the rest of the card rests on.
    const ownSources = new Set(actor.sources);
    const sourceIds = new Set([
      ...actor.sources,
      ...(statementOf(actor.summary)?.sources ?? []),
      ...(actor.goals ?? []).flatMap((goal) => statementOf(goal)?.sources ?? []),
      ...places.flatMap(({ snapshot }) => snapshot.sources),
    ]);
    const asOf = index.newestSourceDate([...sourceIds]);
    // One moment however it is written ("2017-11-19" and "2017-11-19T00:00:00Z"): one date.
    const placesAsOf = new Set(places.map(({ snapshot }) => momentKey(snapshot.asOf)));
    const sharedAsOf = placesAsOf.size === 1 ? places[0]?.snapshot.asOf : undefined;
    // Competing claims for one place are listed side by side, each with its claimant.
    const placeIds = places.map(({ place }) => place.id);
    const claimsDiffer = new Set(placeIds).size < placeIds.length;

    return html`<div class="header" part="header">
        ${renderHeading(this.headingLevel, html`${this.#swatch(actor)}${name}`)}
        <p class="meta">${short ? html`<span part="short-name">${short}</span> · ` : nothing}${kind}</p>
      </div>
      ${actor.summary ? this.#summary(actor.summary, index) : nothing}
      ${relations.length > 0
        ? html`<div class="relations" part="relations">
            ${RELATION_ORDER.map((type) => this.#relationGroup(type, strings.relations[type], relations, ownSources, index))}
          </div>`
        : nothing}
      ${actor.goals?.length
        ? this.#list('goals', 'goals', strings.goals, actor.goals.map((goal, i) => this.#goal(goal, i, index)))
        : nothing}
      ${places.length > 0
        ? this.#list('places', 'places', strings.controls, places.map(({ place, snapshot, share }, i) => {
            const attribution = share.attribution ?? snapshot.attribution;
            const claims = this.#isOwnClaim(attribution, actor) ? strings.claims : '';
            // The share's own words of the source, else those of the snapshot it is part of.
            const { toggle, panel } = this.#excerptsOf(
              index,
              `place-${i}`,
              share.excerpts?.length ? share.excerpts : snapshot.excerpts,
              `${this.locale.pick(place.name)?.text ?? ''}: ${claims}${this.#shareText(share)}${this.#claimantText(attribution, actor, index)}`,
            );
            return html`<li>
              ${this.#bdi(place.name)}: ${claims}${this.#share(share)}${this.#counts(
                share.counts,
              )}${this.#claimant(attribution, actor, index)}${sharedAsOf
                ? nothing
                : html`<span class="as-of"> · ${renderAsOf(this.locale, snapshot.asOf)}</span>`}${toggle}
              ${panel}
            </li>`;
          }), html`${claimsDiffer ? html`<p class="note claims-differ">${this.locale.shared.claimsDiffer}</p>` : nothing}${sharedAsOf
              ? html`<p class="as-of">${renderAsOf(this.locale, sharedAsOf)}</p>`
              : nothing}`)
        : nothing}
      ${renderSourceLine(this.locale, index, [...sourceIds], asOf ?? index.bundle.meta.updated, (id) =>
        this.emitInteraction('open-source', id))}`;
  }

  /**
   * The summary: as the bundle writes it, in its own language; or, where it carries who says
   * it or the date it was true on, with them ("According to …, …  (as of 3 November 2017)").
   */
  #summary(summary: Statement, index: BundleIndex): TemplateResult {
    const plain = this.#plain(summary);
    const { toggle, panel } = this.#excerptsOf(index, 'summary', statementOf(summary)?.excerpts, this.locale.pick(summary)?.text ?? '');
    // The panel is a block: under the paragraph, not in it.
    return plain
      ? html`<p class="summary" part="summary" lang=${plain.lang} dir="auto">${plain.text}${this.#inReaderLanguage(toggle, plain)}</p>${panel}`
      : html`<p class="summary" part="summary">${renderStatement(summary, index, this.locale)}${toggle}</p>${panel}`;
  }

  #goal(goal: Statement, i: number, index: BundleIndex): TemplateResult {
    const plain = this.#plain(goal);
    const { toggle, panel } = this.#excerptsOf(index, `goal-${i}`, statementOf(goal)?.excerpts, this.locale.pick(goal)?.text ?? '');
    return plain
      ? html`<li lang=${plain.lang} dir="auto">${plain.text}${this.#inReaderLanguage(toggle, plain)}${this.#inReaderLanguage(panel, plain, true)}</li>`
      : html`<li>${renderStatement(goal, index, this.locale)}${toggle}${panel}</li>`;
  }

  /** "What the source says" for one fact: the button after it and the panel under it; nothing for a fact without excerpts. */
  #excerptsOf(
    index: BundleIndex,
    key: string,
    excerpts: readonly Excerpt[] | undefined,
    fact: string,
  ): { readonly toggle: TemplateResult | typeof nothing; readonly panel: TemplateResult | typeof nothing } {
    return renderExcerpts({ key, excerpts, fact }, this.#excerpts, index, this.locale);
  }

  /**
   * The button or panel inside text shown in its own language (an English goal for an Arabic
   * reader): back in the reader's language and direction, for its label and the panel's caption.
   */
  #inReaderLanguage(content: TemplateResult | typeof nothing, text: PickedText, block = false): TemplateResult | typeof nothing {
    if (content === nothing || text.lang === this.locale.language) return content;
    return block
      ? html`<div lang=${this.locale.language} dir=${this.locale.dir}>${content}</div>`
      : html`<span lang=${this.locale.language} dir=${this.locale.dir}>${content}</span>`;
  }

  /** A statement's text where it is only text (no claimant, no date, not a translation): shown in its own language and direction. */
  #plain(value: Statement): PickedText | undefined {
    const parts = statementOf(value);
    const picked = this.locale.pick(value);
    return parts && picked && !parts.attribution && parts.asOf === undefined && !picked.translation ? picked : undefined;
  }

  /** Bundle text in a `<bdi>` that carries the language it is really in; nothing without it. */
  #bdi(text: LocalizedText | undefined): TemplateResult | undefined {
    const picked = this.locale.pick(text);
    return picked && isolated(picked);
  }

  /** The actor's colour mark; none without a colour. */
  #swatch(actor: Actor): TemplateResult | typeof nothing {
    return actor.color ? renderSwatch(actor.color) : nothing;
  }

  #relationGroup(
    type: RelationType,
    label: string,
    relations: readonly ActorRelation[],
    ownSources: ReadonlySet<string>,
    index: BundleIndex,
  ): TemplateResult | typeof nothing {
    const ofType = relations.filter((relation) => relation.type === type);
    if (ofType.length === 0) return nothing;
    return this.#list('relation', type, label, ofType.map((relation) => {
      const note = relation.note === undefined ? undefined : renderStatement(relation.note, index, this.locale);
      const { toggle, panel } = this.#excerptsOf(
        index,
        `relation-${relations.indexOf(relation)}`,
        relation.excerpts,
        `${label}: ${this.locale.pick(relation.actor.name)?.text ?? ''}`,
      );
      return html`<li>
        ${this.#swatch(relation.actor)}${this.#bdi(relation.actor.name)}${this.#relationDates(relation)}${this.#accordingTo(
          relation.attribution,
          index,
        )}${toggle}
        ${panel}
        ${note ? html`<span class="note">${note}</span>` : nothing}
        ${this.#relationSources(relation, ownSources, index)}
      </li>`;
    }));
  }

  /** ", since June 2016", ", until late 2017", ", from around June 2016 until late October 2017": at the dates' own precision. */
  #relationDates({ since, until }: ActorRelation): TemplateResult | typeof nothing {
    if (since === undefined && until === undefined) return nothing;
    const strings = this.locale.strings(actorCardStrings);
    let dates: TemplateResult;
    if (since !== undefined && until !== undefined) {
      const [before, between, after] = strings.fromUntil;
      dates = html`${before}${renderDate(this.locale, since)}${between}${renderDate(this.locale, until)}${after}`;
    } else {
      const [before, after] = since !== undefined ? strings.since : strings.until;
      dates = html`${before}${renderDate(this.locale, (since ?? until)!)}${after}`;
    }
    return html`<span class="dates" part="relation-dates">${dates}</span>`;
  }

  /**
   * "Source: …" under a relation whose sources (its own, and its note's) are not the card's:
   * the reader sees which report says that the two are allied, led or at war. Nothing where
   * the relation rests on the card's own sources, which the card's source line names.
   */
  #relationSources(relation: ActorRelation, ownSources: ReadonlySet<string>, index: BundleIndex): TemplateResult | typeof nothing {
    const ids = [...new Set([...relation.sources.map((source) => source.id), ...(statementOf(relation.note)?.sources ?? [])])];
    if (ids.length === ownSources.size && ids.every((id) => ownSources.has(id))) return nothing;
    const sources = index.sources(ids);
    if (sources.length === 0) return nothing;
    const shared = this.locale.shared;
    return html`<span class="note relation-sources" part="relation-sources">${sources.length === 1 ? shared.source : shared.sources}: ${sources.map(
        (source, i) => html`${i > 0 ? shared.sourceSeparator : nothing}${renderCitation(source, index, this.locale, (id) => this.emitInteraction('open-source', id))}`,
      )}</span>`;
  }

  /** A group of the card: a label, and a list that the label names. */
  #list(part: string, id: string, label: string, items: TemplateResult[], after: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="group" part=${part}>
      <p class="label" id=${id}>${label}</p>
      <ul role="list" aria-labelledby=${id}>${items}</ul>
      ${after}
    </div>`;
  }

  /** Whether the card's own actor claims it, itself or through someone speaking for it. */
  #isOwnClaim(attribution: Attribution | undefined, actor: Actor): boolean {
    return attribution !== undefined && (attribution.actor === actor.id || attribution.speaker?.actor === actor.id);
  }

  /**
   * Who says the actor holds a share, in the same sentence as the share, so that a claim is
   * never read as the newsroom's own fact: "by its own account" where the card's actor says
   * so, "according to independent observers" where anyone else does; nothing for a share the
   * sources state in their own voice.
   */
  #claimant(attribution: Attribution | undefined, actor: Actor, index: BundleIndex): TemplateResult | typeof nothing {
    if (attribution?.actor === actor.id) {
      return html`<span part="claimant">${this.locale.strings(actorCardStrings).ownAccount}</span>`;
    }
    return this.#accordingTo(attribution, index);
  }

  /** `#claimant` as plain text, for a label: ", by its own account", ", according to independent observers", or ''. */
  #claimantText(attribution: Attribution | undefined, actor: Actor, index: BundleIndex): string {
    const strings = this.locale.strings(actorCardStrings);
    if (attribution?.actor === actor.id) return strings.ownAccount;
    const who = attribution && claimantName(attribution, index, this.locale);
    if (!who) return '';
    const [before, after] = strings.accordingTo;
    return `${before}${who.text}${after}`;
  }

  /** ", according to independent observers" after a fact someone states; nothing for one the sources state in their own voice. */
  #accordingTo(attribution: Attribution | undefined, index: BundleIndex): TemplateResult | typeof nothing {
    const who = attribution && claimantName(attribution, index, this.locale);
    if (!who) return nothing;
    const [before, after] = this.locale.strings(actorCardStrings).accordingTo;
    return html`<span part="claimant">${before}${isolated(who)}${after}</span>`;
  }

  /**
   * The share as the source gives it, in the reader's language: its own words where it has
   * them ("less than half", "all of it except the old town"), a bound ("more than 60%"), a
   * range ("between 10% and 20%"), "about 33%", "all of it", "most of it". A bound is never
   * shown as a plain figure.
   */
  #share(value: ControlShare): TemplateResult | string {
    const written = this.locale.pick(value.words);
    if (written) return html`${isolated(written)}${renderTranslated(written, this.locale)}`;
    return this.#shareText(value);
  }

  /** The share as plain text, for a label: the source's words as written, else as `#share` writes it. */
  #shareText({ share, approximate, bound, upTo, extent, words }: ControlShare): string {
    const strings = this.locale.strings(actorCardStrings);
    const written = this.locale.pick(words);
    if (written) return written.text;
    if (share !== undefined) {
      if (upTo !== undefined) {
        return (approximate ? strings.approximateRange : strings.range)(this.locale.percent(share), this.locale.percent(upTo));
      }
      if (bound !== undefined) return strings.bounds[bound](this.locale.percent(share));
      if (share === 1 && !approximate) return strings.all;
      return this.locale.percent(share, approximate);
    }
    return extent ? strings.extents[extent] : this.locale.shared.unknown;
  }

  /** " (more than 30 of 52 districts)": the counts beside a share, each with its unit. */
  #counts(counts: readonly ShareCount[] | undefined): TemplateResult | typeof nothing {
    if (!counts?.length) return nothing;
    const strings = this.locale.strings(actorCardStrings);
    const shared = this.locale.shared;
    const items = counts.map(({ value, share, of, unit, bound, approximate }, i) => {
      let figure = value !== undefined ? this.locale.number(value) : share !== undefined ? this.locale.percent(share) : shared.notGiven;
      if (bound !== undefined) figure = strings.bounds[bound](figure);
      else if (approximate && (value !== undefined || share !== undefined)) figure = shared.approximately(figure);
      if (of !== undefined) figure = strings.countOf(figure, this.locale.number(of));
      return html`${i > 0 ? shared.sourceSeparator : nothing}${figure} ${this.#bdi(unit)}`;
    });
    return html`<span class="counts" part="counts"> (${items})</span>`;
  }
}
