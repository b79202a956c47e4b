/**
 * Defines `<actor-card>` (if the name is still free) and exports its class. Importing this module
 * is all an npm user needs to use the element.
 */
import { defineElement } from '../../base/define-element.js';
import { ActorCard } from './actor-card.js';

defineElement('actor-card', ActorCard);

export { ActorCard };

declare global {
  interface HTMLElementTagNameMap {
    'actor-card': ActorCard;
  }
}
