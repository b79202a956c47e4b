import type { Bundle } from './schema.js';

/**
 * A copy of a bundle read from `bundleUrl`, its sources' relative links made absolute against
 * that URL, as a browser reading it by URL would: wherever the copy is shown (a preview, a
 * static page), the links still lead where the bundle's author meant.
 */
export const withAbsoluteLinks = (bundle: Bundle, bundleUrl: string): Bundle => ({
  ...bundle,
  sources: bundle.sources.map((source) => (source.url === undefined ? source : { ...source, url: new URL(source.url, bundleUrl).href })),
});
