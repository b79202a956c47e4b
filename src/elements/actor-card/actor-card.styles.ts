import { css } from 'lit';

/**
 * The compact chip's host is `inline-block !important` under `:host([compact])`, which is more
 * specific than the base's `display: block !important`, and is no inline-size container: one
 * would not size to its content.
 */
export const actorCardStyles = css`
  :host([compact]) {
    display: inline-block !important;
    container-type: normal;
    margin-block: 0;
    max-inline-size: 100%;
    --_loading-block-size: 1.5em;
  }

  :host([compact]) .widget {
    padding: 0 var(--_space-s);
    font-size: var(--nw-font-size, inherit);
    line-height: inherit;
  }

  :host([compact]) .loading {
    min-inline-size: 6em;
  }

  :host([compact]) .skeleton {
    display: none;
  }

  .swatch {
    --_swatch-size: var(--nw-actor-card-swatch-size, 0.8em);
  }

  .chip .kind,
  .meta,
  .label,
  .note,
  [part='places'] .as-of {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .chip .kind {
    margin-inline-start: var(--_space-xs);
  }

  .chip .short {
    font-weight: var(--_font-weight-strong);
  }

  .name {
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-strong);
    line-height: 1.2;
  }

  p,
  ul {
    margin: 0;
  }

  .meta {
    margin-block-start: var(--_space-xs);
  }

  .summary,
  .group,
  .source-line {
    margin-block-start: var(--_space-m);
  }

  .relations {
    display: grid;
    column-gap: var(--_space-l);
  }

  ul {
    padding: 0;
    list-style: none;
  }

  [part='goals'] ul {
    padding-inline-start: var(--_space-l);
    list-style: disc;
  }

  li + li {
    margin-block-start: var(--_space-xs);
  }

  .note {
    display: block;
  }

  .claims-differ {
    margin-block-start: var(--_space-xs);
  }

  @container (max-width: 22em) {
    .name {
      font-size: var(--_font-size-large);
    }
  }

  @container (min-width: 34em) {
    .relations {
      grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    }
  }

  @media print {
    .group {
      break-inside: avoid;
    }
  }
`;
