/**
 * news-widgets for React: every element as a component (made with `@lit/react`). Importing this
 * module defines all four elements; import `news-widgets/react/<tag>.js` for just one.
 */
export { ActorCard } from './actor-card.js';
export { ControlBar } from './control-bar.js';
export { QuoteBlock } from './quote-block.js';
export { BorderCrossingStatus } from './border-crossing-status.js';
export type { WidgetErrorDetail, WidgetInteractDetail, WidgetReadyDetail } from '../base/events.js';
