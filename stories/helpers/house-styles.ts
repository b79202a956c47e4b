/**
 * Two house styles for the Theming page, written as a newsroom would write them in its own
 * stylesheet: only `--nw-*` custom properties and `::part()`, nothing that reaches into the
 * widgets' internals. Each is scoped to a class so both can sit on one page.
 */

/** A serif broadsheet: cream paper, hairline rules, square corners, small capitals. */
export const broadsheet = `.house-broadsheet :is(actor-card, control-bar, quote-block, border-crossing-status) {
  --nw-font-family: Georgia, 'Times New Roman', serif;
  --nw-line-height: 1.5;
  --nw-color-text: #1b1b1b;
  --nw-color-text-muted: #5b5247;
  --nw-color-surface: #fbf7ef;
  --nw-color-surface-raised: #ece3d2;
  --nw-color-border: #1b1b1b;
  --nw-color-accent: #8c1c13;
  --nw-color-focus: #8c1c13;
  --nw-dark-color-surface: #1f1c18;
  --nw-dark-color-accent: #f2a39a;
  --nw-radius: 0;
  --nw-radius-small: 0;
  --nw-border-width: 0;
  --nw-padding: 1em 0;
  --nw-quote-block-accent: #8c1c13;
}

.house-broadsheet :is(actor-card, control-bar, quote-block, border-crossing-status)::part(base) {
  border-block: 1px solid;
}

.house-broadsheet :is(actor-card, border-crossing-status)::part(name),
.house-broadsheet control-bar::part(place) {
  font-variant: small-caps;
  letter-spacing: 0.03em;
}

.house-broadsheet quote-block::part(text) {
  font-style: italic;
}`;

/** A bold digital style: system sans-serif, a strong blue, rounded cards, capital labels. */
export const digital = `.house-digital :is(actor-card, control-bar, quote-block, border-crossing-status) {
  --nw-font-family: system-ui, 'Helvetica Neue', Arial, sans-serif;
  --nw-font-weight-strong: 800;
  --nw-color-accent: #0047ba;
  --nw-color-focus: #0047ba;
  --nw-color-border: #0047ba;
  --nw-color-surface-raised: #e8eefa;
  --nw-dark-color-border: #8fb3ff;
  --nw-dark-color-accent: #a9c4ff;
  --nw-radius: 1.25em;
  --nw-radius-small: 0.5em;
  --nw-border-width: 2px;
  --nw-space-m: 1em;
  --nw-quote-block-accent: #c8002f;
  --nw-dark-quote-block-accent: #ff8fa6;
  --nw-control-bar-height: 1.5em;
  --nw-color-status-contested: #a64b00;
}

.house-digital :is(actor-card, border-crossing-status)::part(name),
.house-digital control-bar::part(place) {
  text-transform: uppercase;
  letter-spacing: 0.04em;
}

.house-digital quote-block::part(text) {
  font-weight: 700;
}

.house-digital border-crossing-status::part(status) {
  border-radius: 999px;
  padding-inline: 0.75em;
}`;
