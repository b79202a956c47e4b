/**
 * Test-server middleware: GET /test-react/react-bundle.js answers with test/react/react-bundle.mjs
 * bundled by esbuild (once per run), as an app's bundler would build it, with the React 19 that
 * development installs; GET /test-react/react-18-bundle.js with React 18 instead, from
 * test/react/react-18 (its own node_modules: one package cannot install two Reacts).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const REACT_BUNDLE_PATHS = {
  '/test-react/react-bundle.js': undefined,
  '/test-react/react-18-bundle.js': resolve('test/react/react-18'),
};

/** Resolves `react`, `react-dom` and their subpaths, from the wrappers and @lit/react too, in `from`. */
const reactFrom = (from) => ({
  name: 'react-from',
  setup(build) {
    build.onResolve({ filter: /^(react|react-dom)(\/.*)?$/ }, (args) =>
      args.resolveDir.startsWith(from) ? undefined : build.resolve(args.path, { kind: args.kind, resolveDir: from }),
    );
  },
});

const bundle = async (reactDirectory) => {
  const result = await build({
    entryPoints: ['test/react/react-bundle.mjs'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: reactDirectory ? [reactFrom(reactDirectory)] : [],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
};

const bundled = new Map();
export async function reactBundleMiddleware(ctx, next) {
  if (!(ctx.path in REACT_BUNDLE_PATHS)) return next();
  if (!bundled.has(ctx.path)) bundled.set(ctx.path, bundle(REACT_BUNDLE_PATHS[ctx.path]));
  try {
    ctx.body = await bundled.get(ctx.path);
    ctx.type = 'text/javascript';
  } catch (error) {
    ctx.status = 500;
    ctx.body = `esbuild could not bundle test/react/react-bundle.mjs: ${error.message}`;
  }
}
