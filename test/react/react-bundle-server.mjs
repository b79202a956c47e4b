/**
 * Test-server middleware: GET /test-react/react-bundle.js answers with test/react/react-bundle.mjs
 * bundled by esbuild (once per run), as an app's bundler would build it.
 */
import { build } from 'esbuild';

export const REACT_BUNDLE_PATH = '/test-react/react-bundle.js';

let bundled;
const bundle = async () => {
  const result = await build({
    entryPoints: ['test/react/react-bundle.mjs'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
};

export async function reactBundleMiddleware(ctx, next) {
  if (ctx.path !== REACT_BUNDLE_PATH) return next();
  bundled ??= bundle();
  try {
    ctx.body = await bundled;
    ctx.type = 'text/javascript';
  } catch (error) {
    ctx.status = 500;
    ctx.body = `esbuild could not bundle test/react/react-bundle.mjs: ${error.message}`;
  }
}
