/**
 * news-widgets: the public API. Importing this module defines no element; import
 * `news-widgets/<tag>.js` for one element, or `news-widgets/all.js` for all of them.
 */
export * from './bundle/schema.js';
export { validateBundle, formatProblem, type BundleProblem, type BundleValidation } from './bundle/validate.js';
export { BundleError, type BundleErrorCode } from './bundle/bundle-error.js';
export { BundleIndex, type ActorRelation, type ControlledPlace, type EntityList, type EventSubject } from './bundle/bundle-index.js';
export { statementOf, type StatementParts } from './bundle/statement.js';
export {
  compareDates,
  timeOf,
  endOf,
  precisionOf,
  machineDate,
  DATE_PARTS,
  type DateObject,
  type DatePart,
  type DatePrecision,
} from './helpers/dates.js';
export {
  loadBundle,
  bundleFeed,
  indexBundleObject,
  BundleFeed,
  DEFAULT_TIMEOUT_MS,
  MAX_BUNDLE_CHARACTERS,
  MIN_REFRESH_SECONDS,
  MAX_IDLE_FEEDS,
  type BundleFeedState,
  type BundleFeedListener,
  type LoadOptions,
} from './bundle/load.js';
export { BundleController, type BundleRequest, type BundleState } from './controllers/bundle-controller.js';
export { LocaleController, directionOf, stringsFor, type PickedText, type StringTable } from './controllers/locale-controller.js';
export {
  ThemeController,
  pageTheme,
  DEFAULT_DARK_SELECTOR,
  DEFAULT_LIGHT_SELECTOR,
  type ThemeSetting,
  type ResolvedTheme,
} from './controllers/theme-controller.js';
export type {
  WidgetErrorCode,
  WidgetReadyDetail,
  WidgetErrorDetail,
  WidgetInteractDetail,
  WidgetEventDetails,
  WidgetEventName,
} from './base/events.js';

export * from './catalog/element-classes.js';
