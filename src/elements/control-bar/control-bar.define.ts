/**
 * Defines `<control-bar>` (if the name is still free) and exports its class. Importing this module
 * is all an npm user needs to use the element.
 */
import { defineElement } from '../../base/define-element.js';
import { ControlBar } from './control-bar.js';

defineElement('control-bar', ControlBar);

export { ControlBar };

declare global {
  interface HTMLElementTagNameMap {
    'control-bar': ControlBar;
  }
}
