import { css } from 'lit';

/** Styles of `<border-crossing-status>`, on top of `widgetStyles`. */
export const borderCrossingStatusStyles = css`
  .widget {
    --_loading-block-size: 64em;
  }

  .name {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-strong);
    line-height: 1.2;
  }

  p {
    margin: 0 0 var(--_space-m);
  }

  .status-line,
  .change-head,
  .controller {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }

  .reported,
  .label,
  .unknown,
  .not-at-issue,
  .side-as-of,
  .change-head {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: 0.1em var(--_space-s);
    border: var(--_border-width) solid;
    border-radius: var(--_radius-small);
    color: var(--_status);
    background: color-mix(in srgb, var(--_status) 14%, var(--_surface));
    font-weight: var(--_font-weight-strong);
    line-height: 1.3;
  }

  [data-status='open'] {
    --_status: var(--nw-color-status-open, #1a6b35);
  }

  [data-status='closed'] {
    --_status: var(--nw-color-status-closed, #a4262c);
  }

  [data-status='restricted'] {
    --_status: var(--nw-color-status-restricted, #6a3d9a);
  }

  [data-status='partly-open'] {
    --_status: var(--nw-color-status-partly-open, #0b5a9e);
  }

  [data-status='contested'] {
    --_status: var(--nw-color-status-contested, #8a5200);
  }

  [data-status='unknown'] {
    --_status: var(--nw-color-status-unknown, var(--_text-muted));
  }

  [data-theme='dark'] [data-status='open'] {
    --_status: var(--nw-dark-color-status-open, #7fd39a);
  }

  [data-theme='dark'] [data-status='closed'] {
    --_status: var(--nw-dark-color-status-closed, #ff9d9d);
  }

  [data-theme='dark'] [data-status='restricted'] {
    --_status: var(--nw-dark-color-status-restricted, #cdb4f0);
  }

  [data-theme='dark'] [data-status='partly-open'] {
    --_status: var(--nw-dark-color-status-partly-open, #8cc4ff);
  }

  [data-theme='dark'] [data-status='contested'] {
    --_status: var(--nw-dark-color-status-contested, #f2c45a);
  }

  [data-theme='dark'] [data-status='unknown'] {
    --_status: var(--nw-dark-color-status-unknown, var(--_text-muted));
  }

  .passage {
    font-weight: var(--_font-weight-strong);
  }

  .claimant {
    font-size: var(--_font-size-small);
  }

  .change-head .claimant {
    color: var(--_text);
  }

  /* An event, unlike a status badge: an outline in the text's colour, no tint. */
  .event-kind {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: 0 var(--_space-s);
    border: var(--_border-width) dashed var(--_border);
    border-radius: var(--_radius-small);
    color: var(--_text);
    line-height: 1.4;
  }

  .event-title {
    font-weight: var(--_font-weight-strong);
  }

  svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .sides {
    display: grid;
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius-small);
  }

  .side {
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
  }

  .side + .side {
    border-block-start: var(--_border-width) solid var(--_border);
  }

  @container (min-width: 30em) {
    .widget {
      --_loading-block-size: 30em;
    }

    .sides {
      grid-template-columns: 1fr 1fr;
    }

    .side + .side {
      border-block-start: 0;
      border-inline-start: var(--_border-width) solid var(--_border);
    }
  }

  .country {
    font-weight: var(--_font-weight-strong);
  }

  .controller {
    column-gap: var(--_space-s);
  }

  .unknown {
    font-style: italic;
  }

  .disclosure {
    min-block-size: 1.5em;
    margin: 0 0 var(--_space-s);
    font-weight: var(--_font-weight-strong);
  }

  .changes {
    display: grid;
    gap: var(--_space-m);
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
  }

  .changes[hidden] {
    display: none;
  }

  /* A grid item is as wide as its longest word by default: a title without spaces would widen the page. */
  .changes > * {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .change {
    padding-inline-start: var(--_space-m);
    border-inline-start: calc(var(--_border-width) * 3) solid var(--_border);
  }

  .change p {
    margin-block-end: var(--_space-xs);
  }

  .event {
    border-inline-start-style: dotted;
  }

  /* "What the source says" in the history keeps its own spacing, not a change's paragraphs'. */
  .change .excerpts-label {
    margin: 0;
  }

  .change-sides {
    margin: 0 0 var(--_space-xs);
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }

  .change-sides .controller {
    display: inline-flex;
    margin-inline-start: var(--_space-xs);
  }

  .change-sides .label,
  .change-sides .unknown,
  .change-sides .not-at-issue {
    font-size: inherit;
  }

  .side .source-line,
  .side .note {
    margin: 0;
    font-size: var(--_font-size-small);
  }

  @media (forced-colors: active) {
    .badge,
    .event-kind {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
  }
`;
