import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ActorRelation, BundleIndex } from '../../bundle/bundle-index.js';
import type { Actor, Attribution, ControlShare, LocalizedText, RelationType } from '../../bundle/schema.js';
import { timeOf } from '../../helpers/dates.js';
import { claimantName } from '../../base/claimant.js';
import { isolated } from '../../base/isolated.js';
import { renderHeading } from '../../base/heading.js';
import type { WidgetProblem } from '../../base/events.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { renderAsOf, renderSourceLine } from '../../base/source-line.js';
import { renderSwatch } from '../../base/swatch.js';
import { widgetStyles } from '../../base/widget-styles.js';
import { actorCardStrings } from './actor-card.strings.js';
import { actorCardStyles } from './actor-card.styles.js';

const RELATION_ORDER: readonly RelationType[] = ['backed-by', 'backs', 'allied-with', 'fights', 'rivals'];

/**
 * @summary Who an actor of the story is: its name, kind and colour, what it wants, whom it
 * backs and fights, and which places it holds, with sources and the date the facts are as of.
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
 * @csspart summary - The actor's summary.
 * @csspart relations - The relation groups together.
 * @csspart relation - Each relation group: Backed by, Backs, Allied with, Fights or Rivals.
 * @csspart goals - The actor's goals.
 * @csspart places - The places the actor controls, with its share of each and, where the share is a claim, who makes it.
 * @csspart claimant - Who says the actor holds a share, after the share: "according to independent observers", "by its own account".
 * @csspart chip - The compact variant's inline chip.
 *
 * @cssprop --nw-actor-card-swatch-size - The size of a colour mark (default 0.8em).
 *
 * @fires nw-ready - The card shows its actor. `detail`: `{ bundle, updated, entity, stale }`.
 * @fires nw-error - The card shows a notice instead (or its data went stale). `detail`: `{ code, message, problems, stale }`.
 * @fires nw-interact - A reader opened a source link: `detail.action` is `open-source`, `detail.value` the source id.
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

  constructor() {
    super();
    this.actor = null;
    this.compact = false;
    this.headingLevel = 3;
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

    const summary = this.locale.pick(actor.summary);
    const relations = index.relationsOf(actor.id);
    const places = index.placesControlledBy(actor.id);
    const sourceIds = new Set([
      ...actor.sources,
      ...relations.flatMap((relation) => relation.sources.map((source) => source.id)),
      ...places.flatMap(({ snapshot }) => snapshot.sources),
    ]);
    const asOf = index.newestPublished([...sourceIds]);
    // One moment however it is written ("2017-11-19" and "2017-11-19T00:00:00Z"): one date.
    const placesAsOf = new Set(places.map(({ snapshot }) => timeOf(snapshot.asOf)));
    const sharedAsOf = placesAsOf.size === 1 ? places[0]?.snapshot.asOf : undefined;
    // Competing claims for one place are listed side by side, each with its claimant.
    const placeIds = places.map(({ place }) => place.id);
    const claimsDiffer = new Set(placeIds).size < placeIds.length;

    return html`<div class="header" part="header">
        ${renderHeading(this.headingLevel, html`${this.#swatch(actor)}${name}`)}
        <p class="meta">${short ? html`<span part="short-name">${short}</span> · ` : nothing}${kind}</p>
      </div>
      ${summary ? html`<p class="summary" part="summary" lang=${summary.lang} dir="auto">${summary.text}</p>` : nothing}
      ${relations.length > 0
        ? html`<div class="relations" part="relations">
            ${RELATION_ORDER.map((type) => this.#relationGroup(type, strings.relations[type], relations))}
          </div>`
        : nothing}
      ${actor.goals?.length
        ? this.#list('goals', 'goals', strings.goals, actor.goals.map((goal) => {
            const picked = this.locale.pick(goal);
            return html`<li lang=${picked?.lang ?? nothing} dir="auto">${picked?.text}</li>`;
          }))
        : nothing}
      ${places.length > 0
        ? this.#list('places', 'places', strings.controls, places.map(({ place, snapshot, share }) => html`<li>
              ${this.#bdi(place.name)}: ${this.#share(share)}${this.#claimant(share.attribution ?? snapshot.attribution, actor, index)}${sharedAsOf
                ? nothing
                : html`<span class="as-of"> · ${renderAsOf(this.locale, snapshot.asOf)}</span>`}
            </li>`), html`${claimsDiffer ? html`<p class="note claims-differ">${this.locale.shared.claimsDiffer}</p>` : nothing}${sharedAsOf
              ? html`<p class="as-of">${renderAsOf(this.locale, sharedAsOf)}</p>`
              : nothing}`)
        : nothing}
      ${renderSourceLine(this.locale, index, [...sourceIds], asOf ?? index.bundle.meta.updated, (id) =>
        this.emitInteraction('open-source', id))}`;
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

  #relationGroup(type: RelationType, label: string, relations: readonly ActorRelation[]): TemplateResult | typeof nothing {
    const ofType = relations.filter((relation) => relation.type === type);
    if (ofType.length === 0) return nothing;
    return this.#list('relation', type, label, ofType.map(({ actor, note }) => {
      const picked = this.locale.pick(note);
      return html`<li>
        ${this.#swatch(actor)}${this.#bdi(actor.name)}
        ${picked ? html`<span class="note" lang=${picked.lang} dir="auto">${picked.text}</span>` : nothing}
      </li>`;
    }));
  }

  /** A group of the card: a label, and a list that the label names. */
  #list(part: string, id: string, label: string, items: TemplateResult[], after: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="group" part=${part}>
      <p class="label" id=${id}>${label}</p>
      <ul role="list" aria-labelledby=${id}>${items}</ul>
      ${after}
    </div>`;
  }

  /**
   * Who says the actor holds a share, in the same sentence as the share, so that a claim is
   * never read as the newsroom's own fact: "by its own account" where the card's actor says
   * so, "according to independent observers" where anyone else does; nothing for a share the
   * sources state in their own voice.
   */
  #claimant(attribution: Attribution | undefined, actor: Actor, index: BundleIndex): TemplateResult | typeof nothing {
    if (!attribution) return nothing;
    const strings = this.locale.strings(actorCardStrings);
    if (attribution.actor === actor.id) return html`<span part="claimant">${strings.ownAccount}</span>`;
    const [before, after] = strings.accordingTo;
    return html`<span part="claimant">${before}${isolated(claimantName(attribution, index, this.locale))}${after}</span>`;
  }

  /** "about 33%", "all of it", "most of it": the share in the reader's language. */
  #share({ share, approximate, extent }: ControlShare): string {
    const strings = this.locale.strings(actorCardStrings);
    if (share === 1 && !approximate) return strings.all;
    if (share !== undefined) return this.locale.percent(share, approximate);
    return extent ? strings.extents[extent] : this.locale.shared.unknown;
  }
}
