import { css } from 'lit';

/** `<control-bar>`: rows of place name, time slider, stacked bar, legend, note and sources. */
export const controlBarStyles = css`
  .rows {
    --_to-end: to right;
    display: grid;
    gap: var(--_space-l);
    print-color-adjust: exact;
  }

  [dir='rtl'] .rows {
    --_to-end: to left;
  }

  .row,
  .claim {
    display: grid;
    gap: var(--_space-s);
  }

  /* Competing claims stand side by side in a wide column, one above the other in a narrow one;
     each is framed alike, so that none reads as the main account. */
  .row:has(> .competing) {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--_space-m) var(--_space-l);
  }

  .row:has(> .competing) > :not(.competing) {
    grid-column: 1 / -1;
  }

  .competing {
    align-content: start;
    padding-inline-start: var(--_space-s);
    border-inline-start: var(--_border-width, 1px) solid var(--_border);
  }

  .claims-differ {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  p {
    margin: 0;
  }

  .place,
  .time time {
    font-weight: var(--_font-weight-strong);
  }

  [part~='note'] {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }

  .time input {
    display: block;
    inline-size: 100%;
    margin: var(--_space-xs) 0 0;
    accent-color: var(--_accent);
  }

  .bar {
    display: flex;
    block-size: var(--nw-control-bar-height, 2.25em);
    border-radius: var(--_radius-small);
    overflow: hidden;
    background: var(--_surface-raised);
  }

  .segment {
    --_c: var(--_c-light);
    --_on: var(--_on-light);
    flex: none;
    display: flex;
    align-items: center;
    overflow: hidden;
    container-type: inline-size;
    background: var(--_c);
    color: var(--_on);
    font-size: var(--_font-size-small);
    line-height: 1.2;
  }

  .widget[data-theme='dark'] .segment {
    --_c: var(--_c-dark);
    --_on: var(--_on-dark);
  }

  .segment + .segment {
    border-inline-start: var(--nw-control-bar-gap, 2px) solid var(--_surface);
  }

  .segment[data-empty] {
    border: 0;
  }

  /* A bound, a range or words: solid up to the known figure (--_solid of the segment's width), then fading out. */
  .segment:not([data-kind='exact'], [data-kind='rest']) {
    background: linear-gradient(var(--_to-end), var(--_c) var(--_solid), transparent);
  }

  /* A bound or a range ends at a known limit: a dashed edge there ("less than half" ends at half).
     A share from a bound on ("more than 60%", "most") fades out with no edge: it is open. */
  .segment:is([data-kind='below'], [data-kind='range']):not([data-empty]) {
    border-inline-end: var(--nw-control-bar-gap, 2px) dashed var(--_c);
  }

  /* A label only where it fits: the share from 5em, the name too from 11em; else the legend says it. */
  .label {
    display: none;
    gap: 0.35em;
    min-inline-size: 0;
    margin-inline: var(--_space-xs);
    white-space: nowrap;
  }

  .name {
    display: none;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* Where a segment fades, its label stands on a chip of its own, readable on any part of it. */
  .segment:not([data-kind='exact']) .label {
    padding: 0.1em 0.35em;
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
  }

  @container (inline-size >= 5em) {
    .label {
      display: flex;
    }

    .name:only-child {
      display: block;
    }
  }

  @container (inline-size >= 11em) {
    .name {
      display: block;
    }
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* A share whose source words are open takes the legend's whole width, its panel under its line. */
  .legend li:has(> .excerpts:not([hidden])) {
    flex-basis: 100%;
  }

  .swatch {
    --_swatch-size: 0.9em;
    margin-inline-end: var(--_space-s);
    vertical-align: -0.1em;
  }

  /* A bound, a range or words: the swatch fades out as the segment does; outlined for words. */
  .swatch.open {
    background: linear-gradient(var(--_to-end), var(--_swatch) 35%, transparent);
    box-shadow: inset 0 0 0 1px var(--_swatch);
  }

  .swatch.in-words {
    border: 2px solid var(--_swatch);
  }

  /* The segment and the legend swatch of the remainder. */
  .remainder {
    box-shadow: inset 0 0 0 1px var(--_unknown);
    background: repeating-linear-gradient(-45deg, var(--_unknown) 0 2px, var(--_surface) 2px 6px);
  }

  @media (prefers-reduced-motion: no-preference) {
    .segment {
      transition: inline-size var(--nw-control-bar-duration, 0.4s) ease-in-out;
    }
  }

  /* System colours for every actor; the lines between segments, the labels and the legend tell them apart. */
  @media (forced-colors: active) {
    .rows {
      --_surface: Canvas;
      --_text: CanvasText;
      --_unknown: CanvasText;
    }

    .bar,
    .swatch {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }

    .segment {
      --_c: CanvasText !important;
      --_on: Canvas !important;
    }

    .swatch {
      --_swatch: CanvasText !important;
    }
  }

  @media print {
    .time {
      display: none;
    }

    /* On paper every panel is printed open: each share's under its own line. */
    .legend li:has(> .excerpts) {
      flex-basis: 100%;
    }

    .widget[data-theme='dark'] .segment {
      --_c: var(--_c-light);
      --_on: var(--_on-light);
    }
  }
`;
