import { css } from 'lit';

export const quoteBlockStyles = css`
  .figure {
    --_quote-accent: var(--nw-quote-block-accent, var(--_accent));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
    margin: 0;
  }

  .widget[data-theme='dark'] .figure {
    --_quote-accent: var(--nw-dark-quote-block-accent, var(--_accent));
  }

  .text {
    margin: 0;
    font-size: var(--nw-quote-block-font-size, var(--_font-size-large));
    line-height: 1.35;
    hyphens: auto;
  }

  blockquote.text {
    position: relative;
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.2em solid var(--_quote-accent);
  }

  blockquote p {
    margin: 0;
  }

  .mark {
    color: var(--_quote-accent);
  }

  .paraphrase .text,
  .translation .text {
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.2em dashed var(--_border);
  }

  /* A translation is the newsroom's words, not the speaker's: its label sits right above it. */
  .translation {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
  }

  .label {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .disclosure {
    justify-self: start;
    color: var(--_accent);
    font-size: var(--_font-size-small);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* The "What the source says" button after the words: sized to the widget's text, not the quote's larger words. */
  .text .fact-excerpt {
    font-size: 0.8em;
  }

  .figure .original .text,
  .figure .published .text {
    font-size: 1em;
  }

  .attribution {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
  }

  .attribution p {
    margin: 0;
  }

  .name {
    display: block;
    font-weight: var(--_font-weight-strong);
  }

  .details,
  .affiliation,
  .said,
  .context {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  @container (min-width: 36em) {
    .direct .text {
      font-size: var(--nw-quote-block-wide-font-size, 1.5em);
      line-height: 1.3;
    }

    .direct blockquote.text {
      padding-inline-start: 1.4em;
      border: 0;
    }

    .direct .mark:first-child {
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: -0.1em;
      font-size: 2.25em;
      line-height: 1;
    }
  }

  @media (forced-colors: active) {
    .disclosure {
      color: ButtonText;
    }
  }

  @media print {
    .disclosure {
      display: none;
    }
  }
`;
