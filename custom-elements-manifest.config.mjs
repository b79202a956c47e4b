/** @custom-elements-manifest/analyzer: documents the elements from their JSDoc. */
export default {
  globs: ['src/elements/**/*.ts', 'src/base/news-widget-element.ts'],
  // Only the classes: not their styles, strings, descriptors or defining entries.
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.descriptor.ts', 'src/**/*.define.ts', 'src/**/*.fallback.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json already; scripts/generate.mjs keeps it so.
  packagejson: false,
};
