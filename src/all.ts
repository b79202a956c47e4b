/**
 * Defines every element. This is the entry of `dist/news-widgets.js`, the one file a CMS page
 * loads, and of `news-widgets/all.js` for npm users who want them all.
 */
export { ActorCard } from './elements/actor-card/actor-card.define.js';
export { ControlBar } from './elements/control-bar/control-bar.define.js';
export { QuoteBlock } from './elements/quote-block/quote-block.define.js';
export { BorderCrossingStatus } from './elements/border-crossing-status/border-crossing-status.define.js';
