import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The catalogue of news-widgets for designers and editors. Stories import the elements from
 * src/, and their controls and docs tables come from dist/custom-elements.json (written by
 * `npx cem analyze`, which `npm run storybook` and `npm run build-storybook` run first).
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Stories read bundles as a page would, by URL, from files served beside the catalogue:
  // no story needs the network.
  staticDirs: [
    // Not /bundles/: in the dev server that path is also where the seed's JSON module lives.
    { from: '../bundles', to: '/topics' },
    { from: '../stories/bundles', to: '/story-bundles' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // package.json lists side effects for dist/ only, so the bundler would drop
  // `import '../src/all.js'` and no element would be defined. The defining modules' only job is
  // that side effect: keep it (src/all.ts, src/catalog/define-all.ts and each element's
  // <tag>.define.ts).
  viteFinal: (vite) => ({
    ...vite,
    plugins: [
      ...(vite.plugins ?? []),
      {
        name: 'news-widgets:keep-element-definitions',
        transform: (code: string, id: string) =>
          /\/src\/(all|catalog\/define-all|elements\/([a-z-]+)\/\2\.define)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : undefined,
      },
    ],
  }),
};

export default config;
