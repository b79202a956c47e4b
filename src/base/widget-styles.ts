import { css } from 'lit';

/**
 * Styles every widget shares: design tokens, a reset against whatever the host page lets
 * inherit, and the loading, notice and stale states.
 *
 * Tokens: each `--nw-*` property themes the light look and each `--nw-dark-*` the dark one;
 * private `--_*` properties carry the resolved value inside the shadow root.
 */
export const widgetStyles = css`
  :host {
    display: block !important;
    visibility: visible !important;
    container-type: inline-size;
    contain: layout style;
    /* An inline-size container counts as empty when its parent sizes it to its content (a flex
       row, a grid auto column, a float, an inline-block, a table cell): without this reading
       width it collapsed to nothing. Never wider than the space it is given. */
    contain-intrinsic-inline-size: 30em;
    max-inline-size: 100%;
    margin-block: var(--nw-margin-block, 1.5em);
    min-inline-size: 0;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* A page may reserve the widget's space on the tag itself, which holds even before the script
     runs: style="display: block; min-block-size: 30rem" (the embed builder writes it). Once
     the widget shows data or a notice, its content decides its height. */
  :host(:not(:state(loading))) {
    min-block-size: 0 !important;
  }

  .widget {
    --_text: var(--nw-color-text, #1d1d1f);
    --_text-muted: var(--nw-color-text-muted, #595959);
    --_surface: var(--nw-color-surface, #ffffff);
    --_surface-raised: var(--nw-color-surface-raised, #f3f3f1);
    --_border: var(--nw-color-border, #c9c9c9);
    --_accent: var(--nw-color-accent, #0b5cad);
    --_focus: var(--nw-color-focus, #0b5cad);
    --_notice-bg: var(--nw-color-notice-background, #fff4e0);
    --_notice-text: var(--nw-color-notice-text, #5a3a00);
    --_unknown: var(--nw-color-unknown, #767676);
    --_space-xs: var(--nw-space-xs, 0.25em);
    --_space-s: var(--nw-space-s, 0.5em);
    --_space-m: var(--nw-space-m, 0.75em);
    --_space-l: var(--nw-space-l, 1.25em);
    --_radius: var(--nw-radius, 0.5em);
    --_radius-small: var(--nw-radius-small, 0.25em);
    --_border-width: var(--nw-border-width, 1px);
    /* The widget's type size, and the small size as a share of it: a small text inside another
       (a claimant in a side's small print) stays at the small size instead of shrinking again. */
    --_font-size: var(--nw-font-size, clamp(15px, 1rem, 24px));
    --_font-size-small: var(--nw-font-size-small, calc(var(--_font-size) * 0.875));
    --_font-size-large: var(--nw-font-size-large, 1.25em);
    --_font-size-title: var(--nw-font-size-title, 1.375em);
    --_font-weight-strong: var(--nw-font-weight-strong, 700);

    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--nw-padding, var(--_space-m) var(--_space-l));
    font-family: var(--nw-font-family, inherit);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    line-height: var(--nw-line-height, 1.45);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    writing-mode: horizontal-tb;
    visibility: visible;
    cursor: auto;
  }

  .widget[data-theme='dark'] {
    --_text: var(--nw-dark-color-text, #f1f1f1);
    --_text-muted: var(--nw-dark-color-text-muted, #bdbdbd);
    --_surface: var(--nw-dark-color-surface, #1c1c1e);
    --_surface-raised: var(--nw-dark-color-surface-raised, #2a2a2e);
    --_border: var(--nw-dark-color-border, #4a4a50);
    --_accent: var(--nw-dark-color-accent, #8ab4ff);
    --_focus: var(--nw-dark-color-focus, #8ab4ff);
    --_notice-bg: var(--nw-dark-color-notice-background, #3a2c12);
    --_notice-text: var(--nw-dark-color-notice-text, #ffdca8);
    --_unknown: var(--nw-dark-color-unknown, #9e9e9e);
    color-scheme: dark;
  }

  .widget *,
  .widget *::before,
  .widget *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }

  .sr-only {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* An actor's colour mark (renderSwatch, swatch.ts): its colour for the theme's surface; an
     element sizes it with --_swatch-size. */
  .swatch {
    --_swatch: var(--_swatch-light);
    display: inline-block;
    flex: none;
    inline-size: var(--_swatch-size, 0.8em);
    block-size: var(--_swatch-size, 0.8em);
    margin-inline-end: var(--_space-xs);
    border-radius: var(--_radius-small);
    background: var(--_swatch);
    vertical-align: -0.05em;
    print-color-adjust: exact;
  }

  .widget[data-theme='dark'] .swatch {
    --_swatch: var(--_swatch-dark);
  }

  /* A button that shows and hides a region (renderDisclosureToggle, disclosure.ts). */
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: var(--_space-xs) 0;
    border: 0;
    background: none;
    cursor: pointer;
  }

  .chevron {
    flex: none;
    inline-size: 0.85em;
    block-size: 0.85em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [dir='rtl'] .chevron {
    scale: -1 1;
  }

  [aria-expanded='true'] .chevron {
    rotate: 90deg;
  }

  [dir='rtl'] [aria-expanded='true'] .chevron {
    rotate: -90deg;
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: rotate 0.15s ease-out;
    }
  }

  .loading {
    min-block-size: var(--_loading-block-size, 6em);
  }

  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }

  .skeleton span {
    display: block;
    block-size: 0.9em;
    border-radius: var(--_radius-small);
    background: var(--_surface-raised);
  }

  .skeleton span:nth-child(1) {
    inline-size: 45%;
    block-size: 1.2em;
  }

  .skeleton span:nth-child(2) {
    inline-size: 90%;
  }

  .skeleton span:nth-child(3) {
    inline-size: 70%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: nw-pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes nw-pulse {
    50% {
      opacity: 0.45;
    }
  }

  .notice {
    display: grid;
    gap: var(--_space-s);
  }

  .notice-text,
  .stale {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-small);
    background: var(--_notice-bg);
    color: var(--_notice-text);
    font-size: var(--_font-size-small);
  }

  .stale {
    margin-block-start: var(--_space-m);
  }

  .fictional {
    margin: var(--_space-s) 0 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    font-style: italic;
  }

  .excerpt-toggle {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-inline-start: 0.25em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: transparent;
    color: var(--_text-muted);
    vertical-align: middle;
    cursor: pointer;
  }

  .excerpt-toggle svg {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }

  .excerpt-toggle[aria-expanded='true'] {
    background: var(--_text-muted);
    color: var(--_surface);
  }

  .excerpts {
    margin: var(--_space-xs) 0 var(--_space-s);
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_border);
    font-size: var(--_font-size-small);
  }

  .excerpts[hidden] {
    display: none;
  }

  .excerpts-label {
    margin: 0;
    color: var(--_text-muted);
    font-weight: 600;
  }

  .excerpt {
    margin: var(--_space-xs) 0 0;
  }

  .excerpt blockquote {
    margin: 0;
    font-style: italic;
  }

  .excerpt blockquote p {
    margin: 0;
  }

  .excerpt figcaption {
    color: var(--_text-muted);
  }

  .source-line {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  details {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }

  details p {
    margin: var(--_space-xs) 0 0;
    white-space: pre-line;
  }

  summary {
    cursor: pointer;
    inline-size: fit-content;
  }

  time {
    white-space: nowrap;
  }

  /* A date in the source's words ("Friday [3 November 2017, as the editors read it]") wraps like text. */
  time.in-words {
    white-space: normal;
  }

  @media (forced-colors: active) {
    .widget {
      border-color: CanvasText;
    }

    .notice-text,
    .stale {
      border: 1px solid CanvasText;
    }

    .swatch {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
  }

  @media print {
    :host {
      break-inside: avoid;
    }

    .widget,
    .widget[data-theme='dark'] {
      --_text: #000;
      --_text-muted: #333;
      --_surface: #fff;
      --_accent: #000;
      color-scheme: light;
    }

    .widget[data-theme='dark'] .swatch {
      --_swatch: var(--_swatch-light);
    }

    details,
    .skeleton,
    .chevron,
    .excerpt-toggle {
      display: none;
    }

    /* On paper every fact's source words are printed under it, as a footnote would be. */
    .excerpts[hidden] {
      display: block;
    }
  }
`;
