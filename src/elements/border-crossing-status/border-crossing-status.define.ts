/**
 * Defines `<border-crossing-status>` (if the name is still free) and exports its class. Importing this module
 * is all an npm user needs to use the element.
 */
import { defineElement } from '../../base/define-element.js';
import { BorderCrossingStatus } from './border-crossing-status.js';

defineElement('border-crossing-status', BorderCrossingStatus);

export { BorderCrossingStatus };

declare global {
  interface HTMLElementTagNameMap {
    'border-crossing-status': BorderCrossingStatus;
  }
}
