/** @custom-elements-manifest/analyzer: documents the elements from their JSDoc. */
export default {
  globs: ['src/elements/**/*.ts', 'src/base/news-widget-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: 'dist',
  litelement: true,
};
