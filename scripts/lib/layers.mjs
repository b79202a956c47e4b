/**
 * The layers of src/, lowest first. Each folder imports only from the folders listed before it
 * (and its own files); eslint.config.mjs turns this table into `no-restricted-imports` rules,
 * so `npm run lint` (and CI) fails on an import that runs upward or sideways, and therefore on
 * any cycle between folders. docs/architecture.md draws the same table.
 */
const BELOW_APPS = ['helpers', 'i18n', 'bundle', 'controllers', 'base', 'elements', 'catalog'];

export const LAYERS = [
  { folder: 'helpers', may: [], what: 'pure helpers: dates, memo, near-miss, JSON values, bidi controls, contrast' },
  { folder: 'i18n', may: ['helpers'], what: 'the strings every element shares, English and Arabic' },
  { folder: 'bundle', may: ['helpers'], what: 'the bundle contract: schema, validator, index, loader' },
  { folder: 'controllers', may: ['helpers', 'i18n', 'bundle'], what: 'bundle, locale and theme controllers; page signals' },
  { folder: 'base', may: ['helpers', 'i18n', 'bundle', 'controllers'], what: 'the element base: class, styles, source line, heading, directives, events, descriptor type' },
  { folder: 'elements', may: ['helpers', 'i18n', 'bundle', 'controllers', 'base'], what: 'one folder per element; an element imports no other element' },
  { folder: 'catalog', may: ['helpers', 'i18n', 'bundle', 'controllers', 'base', 'elements'], what: 'the list of elements, and what is generated from it' },
  // What uses the elements: each may import every layer above, none another of these four.
  { folder: 'embed', may: BELOW_APPS, what: 'dist/embed.html: one widget from its URL query' },
  { folder: 'builder', may: BELOW_APPS, what: 'dist/builder.html: the embed builder' },
  { folder: 'cli', may: BELOW_APPS, what: 'the news-widgets command: validate, render' },
  { folder: 'react', may: BELOW_APPS, what: 'the React wrappers' },
];


const ALL = LAYERS.map((layer) => layer.folder);
const message = (from, to) =>
  `src/${from}/ may not import from ${to}: the layers of src/ import downward only (scripts/lib/layers.mjs, docs/architecture.md).`;

/** `no-restricted-imports` patterns for a file `depth` folders below src/ in `folder`. */
function restrictions(folder, may, depth) {
  const up = '../'.repeat(depth);
  const forbidden = ALL.filter((other) => other !== folder && !may.includes(other));
  const patterns = [
    { group: forbidden.map((other) => `${up}${other}/**`), message: message(folder, `src/${forbidden.join('/, src/')}/`) },
    // The package entries at the top of src/ (index.ts, all.ts, jsx.ts) import everything.
    { regex: `^${up.replace(/\./g, '\\.')}[^./][^/]*$`, message: message(folder, 'the package entries at the top of src/') },
  ];
  // Below src/elements/ the only `../` is another element's folder.
  if (folder === 'elements') patterns.push({ regex: '^\\.\\./(?!\\.\\./)', message: 'An element may not import another element\'s folder: move what both need down to src/base/ or src/helpers/.' });
  return patterns;
}

/** The flat-config entries that hold src/ to its layers. */
export function layerRules() {
  return LAYERS.map(({ folder, may }) => {
    const depth = folder === 'elements' ? 2 : 1;
    return {
      files: [folder === 'elements' ? 'src/elements/*/**/*.ts' : `src/${folder}/**/*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: restrictions(folder, may, depth) }] },
    };
  });
}
