/**
 * Defines every element. This is the entry of `dist/news-widgets.js`, the one file a CMS page
 * loads, and of `news-widgets/all.js` for npm users who want them all.
 */
export { ActorCard } from './actor-card.js';
export { ControlBar } from './control-bar.js';
export { QuoteBlock } from './quote-block.js';
export { BorderCrossingStatus } from './border-crossing-status.js';
