/**
 * Defines `<border-crossing-status>` (if the name is still free) and exports its class. Importing this module
 * is all an npm user needs to use the element.
 */
import { defineElement } from './internal/define-element.js';
import { BorderCrossingStatus } from './elements/border-crossing-status/border-crossing-status.js';

defineElement('border-crossing-status', BorderCrossingStatus);

export { BorderCrossingStatus };

declare global {
  interface HTMLElementTagNameMap {
    'border-crossing-status': BorderCrossingStatus;
  }
}
