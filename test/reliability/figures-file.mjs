/**
 * test/RELIABILITY.md: what the reliability suite counts, and how the file is written from a
 * run. Shared by the reporter that writes it (reliability-server.mjs) and the Node test that
 * checks the committed file (test/node/reliability-figures.test.mjs).
 */
import { resolve } from 'node:path';

export const FIGURES_FILE = resolve('test/RELIABILITY.md');
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** What was tried: these say how hard the suite pushed. */
export const TRIED = {
  hostileBundles: 'hostile or broken bundles tried',
  networkFaults: 'network faults injected',
  hostPages: 'host pages tried',
  widgetsChecked: 'widgets checked for visible text',
};

/** What went wrong: every one of these must be 0. */
export const MUST_BE_ZERO_LABELS = {
  uncaughtExceptions: 'uncaught exceptions',
  blankWidgets: 'blank widgets',
  injectedScriptsRun: 'injected scripts run',
  cspViolations: 'CSP violations',
  unsafeHrefs: 'links that are not http(s)',
  prototypePollutions: 'prototype pollutions',
};

export const MUST_BE_ZERO = Object.keys(MUST_BE_ZERO_LABELS);
export const FIGURE_NAMES = [...Object.keys(TRIED), ...MUST_BE_ZERO];

/** Adds up the figures several test files reported; a figure a file did not report counts 0. */
export function sumFigures(list) {
  return Object.fromEntries(FIGURE_NAMES.map((name) => [name, list.reduce((sum, figures) => sum + (figures[name] ?? 0), 0)]));
}

const row = (label, byEngine, name) => `| ${label} | ${ENGINES.map((engine) => byEngine[engine]?.[name] ?? '–').join(' | ')} |`;

/** The whole of test/RELIABILITY.md for a run's figures (per engine). */
export function renderFiguresMarkdown(byEngine) {
  const ordered = Object.fromEntries(ENGINES.map((engine) => [engine, Object.fromEntries(FIGURE_NAMES.map((name) => [name, byEngine[engine][name]]))]));
  const header = `| | ${ENGINES.join(' | ')} |\n| --- | ${ENGINES.map(() => '---:').join(' | ')} |`;
  return `# Reliability figures

Written by the reliability suite (\`test/reliability/\`) at the end of a run of the whole suite in
Chromium, Firefox and WebKit that passed; \`test/node/reliability-figures.test.mjs\` checks that
this file is such a record and that every count in the second table is 0. Do not edit by hand:
run \`NW_ENGINES=chromium,firefox,webkit node scripts/test.mjs --files "test/reliability/*.test.ts"\`
(or \`npm test\` with all three engines installed).

The counts of what was tried are fixed by the suite (fast-check runs a set number of cases with a
fresh seed each time, printed on failure); timings vary by machine, so each run prints them
instead (the longest task while a 100,000-entity bundle loads, in Chromium).

## Tried

${header}
${Object.entries(TRIED).map(([name, label]) => row(label, ordered, name)).join('\n')}

## Must be zero

${header}
${Object.entries(MUST_BE_ZERO_LABELS).map(([name, label]) => row(label, ordered, name)).join('\n')}

<!-- figures ${JSON.stringify(ordered)} -->
`;
}

/** The figures recorded in a RELIABILITY.md, or undefined if it carries none. */
export function parseFiguresMarkdown(markdown) {
  const match = /<!-- figures (.*) -->/.exec(markdown);
  return match ? JSON.parse(match[1]) : undefined;
}
