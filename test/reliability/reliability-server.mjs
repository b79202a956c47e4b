/**
 * The Node side of the reliability suite, inside web-test-runner's process:
 *
 * - `reliabilityMiddleware`: serves the strict-CSP host page with its policy header, and takes
 *   the figures each browser test file reports (`POST /test-api/reliability/figures`).
 * - `reliabilityFigures()`: a reporter that prints the figures at the end of the run and, when
 *   the run was the whole reliability suite in all three engines and it passed, writes them to
 *   test/RELIABILITY.md (only if they changed, so a repeated run leaves the tree clean).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ENGINES, FIGURES_FILE, MUST_BE_ZERO, renderFiguresMarkdown, sumFigures } from './figures-file.mjs';

/**
 * The host page's policy: nothing inline, no eval, Trusted Types enforced for script sinks, and
 * Lit's own "lit-html" policy allowed (README, "Embedding under a Content-Security-Policy").
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const CSP_PAGE = '/test/reliability/pages/strict-csp.html';

/** engine → test file → `{ figures, measurements }` that file reported in this run. */
const reported = new Map();

const readJson = async (ctx) => {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return JSON.parse(text);
};

export async function reliabilityMiddleware(ctx, next) {
  if (ctx.path === '/test-api/reliability/figures' && ctx.method === 'POST') {
    const { engine, file, figures, measurements } = await readJson(ctx);
    if (!reported.has(engine)) reported.set(engine, new Map());
    reported.get(engine).set(file, { figures, measurements });
    ctx.body = { ok: true };
    return;
  }
  await next();
  if (ctx.path === CSP_PAGE) ctx.set('Content-Security-Policy', STRICT_CSP);
}

const SUITE_DIR = resolve('test/reliability');
const suiteFiles = () => readdirSync(SUITE_DIR).filter((file) => file.endsWith('.test.ts')).sort();

/** Per engine, the figures summed over the suite's files; and why the run is not a full record, if it is not. */
function collect(sessions) {
  const files = suiteFiles();
  const engines = (process.env.NW_ENGINES ?? 'chromium').split(',').filter(Boolean);
  const byEngine = {};
  for (const [engine, perFile] of reported) byEngine[engine] = sumFigures([...perFile.values()].map((report) => report.figures));
  const ours = sessions.filter((session) => session.testFile.startsWith(SUITE_DIR));
  const reasons = [];
  const missingEngines = ENGINES.filter((engine) => !engines.includes(engine));
  if (missingEngines.length > 0) reasons.push(`it ran without ${missingEngines.join(', ')}`);
  for (const engine of engines) {
    const missing = files.filter((file) => !reported.get(engine)?.has(file));
    if (missing.length > 0) reasons.push(`${engine} did not report ${missing.join(', ')}`);
  }
  if (ours.some((session) => !session.passed)) reasons.push('some reliability tests failed');
  return { byEngine, reasons };
}

const table = (byEngine) => {
  const engines = Object.keys(byEngine).sort();
  const rows = Object.keys(byEngine[engines[0]] ?? {}).map(
    (name) => `  ${name.padEnd(24)}${engines.map((engine) => String(byEngine[engine][name]).padStart(10)).join('')}`,
  );
  return [`  ${''.padEnd(24)}${engines.map((engine) => engine.padStart(10)).join('')}`, ...rows].join('\n');
};

export function reliabilityFigures() {
  return {
    stop({ sessions }) {
      if (reported.size === 0) return;
      const { byEngine, reasons } = collect(sessions);
      const nonZero = Object.entries(byEngine).flatMap(([engine, figures]) =>
        MUST_BE_ZERO.filter((name) => figures[name] !== 0).map((name) => `${engine}: ${name} = ${figures[name]}`),
      );
      console.log(`\nReliability figures (${reported.size} engine${reported.size === 1 ? '' : 's'}):\n${table(byEngine)}`);
      if (nonZero.length > 0) console.log(`✗ must be zero: ${nonZero.join('; ')}`);
      for (const [engine, perFile] of reported) {
        for (const [file, report] of perFile) {
          const measured = Object.entries(report.measurements ?? {});
          if (measured.length > 0) console.log(`  ${engine}, ${file}: ${measured.map(([name, value]) => `${name} ${value}`).join('; ')}`);
        }
      }
      if (reasons.length > 0) {
        console.log(`${basename(FIGURES_FILE)} not updated: ${reasons.join('; ')}.`);
        return;
      }
      const markdown = renderFiguresMarkdown(byEngine);
      let current = '';
      try {
        current = readFileSync(FIGURES_FILE, 'utf8');
      } catch {
        // Not written yet.
      }
      if (current === markdown) console.log(`${FIGURES_FILE} is up to date.`);
      else {
        writeFileSync(FIGURES_FILE, markdown);
        console.log(`${FIGURES_FILE} updated from this run.`);
      }
    },
  };
}
