/**
 * Defines `<quote-block>` (if the name is still free) and exports its class. Importing this module
 * is all an npm user needs to use the element.
 */
import { defineElement } from '../../base/define-element.js';
import { QuoteBlock } from './quote-block.js';

defineElement('quote-block', QuoteBlock);

export { QuoteBlock };

declare global {
  interface HTMLElementTagNameMap {
    'quote-block': QuoteBlock;
  }
}
