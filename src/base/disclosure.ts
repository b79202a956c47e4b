import { html, type TemplateResult } from 'lit';

/** What a disclosure button shows and opens. */
export interface DisclosureToggle {
  /** The button's part name, e.g. `history-toggle`. */
  readonly part: string;
  /** The id of what the button shows and hides. */
  readonly controls: string;
  readonly expanded: boolean;
  readonly label: unknown;
  readonly onToggle: (event: Event) => void;
}

/**
 * A button that shows and hides a region: a chevron pointing along the line (mirrored in
 * right-to-left text) that turns down when open, without motion for readers who ask for less
 * (`widgetStyles` draws it), then the label. The element styles the button itself by its part.
 */
export const renderDisclosureToggle = ({ part, controls, expanded, label, onToggle }: DisclosureToggle): TemplateResult =>
  html`<button
    type="button"
    class="disclosure"
    part=${part}
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${onToggle}
  >
    <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5" /></svg>
    ${label}
  </button>`;
