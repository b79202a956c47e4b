/**
 * Defines every element. This is the entry of `dist/news-widgets.js`, the one file a CMS page
 * loads, and of `news-widgets/all.js` for npm users who want them all.
 */
export * from './catalog/define-all.js';
