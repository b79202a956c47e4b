/**
 * `npx news-widgets validate <file-or-url>…`: checks bundles and says what to fix.
 * Exit status: 0 when every bundle is valid, 1 when any is not (or cannot be read), 2 when the
 * command itself is wrong.
 *
 * `npx news-widgets render …` (render.ts, loaded only when asked for: it brings Lit SSR and
 * the elements) prints one widget as static HTML.
 *
 * `npx news-widgets migrate <file-or-url>` (migrate.ts) writes into a bundle what older bundles
 * left implicit, and changes nothing else.
 *
 * `npx news-widgets verify <file-or-url> --text <source-id>=<file-or-url>…` (verify.ts) checks
 * a bundle's excerpts and direct quotes against the text of its sources.
 */
/// <reference types="node" />
import { createRequire } from 'node:module';
import { readBundleText } from '../bundle/read-bundle.js';
import { findUnknownFields } from '../bundle/unknown-fields.js';
import { formatProblem, type BundleProblem } from '../bundle/validate.js';
import { migrateCommand } from './migrate.js';
import { readFailure, readInput } from './read-input.js';
import { verifyCommand } from './verify.js';

const USAGE = `Usage: news-widgets validate [--json] <file-or-url>...   ("-" reads standard input)
       news-widgets render --widget <tag> --<entity> <id> --src <file-or-url> [options]
       news-widgets migrate [--out <file>] [--json] <file-or-url>
       news-widgets verify <file-or-url> --text <source-id>=<file-or-url> [--text …] [--strict] [--json]

validate checks news-widgets bundles: their shape, the ids they refer to, shares and dates.
Prints every problem with its place in the file.

render prints one widget as static HTML, for pages that run no script;
\`news-widgets render --help\` lists its options.

migrate writes into a bundle what older bundles left implicit (a relation's sources), and
changes nothing else; \`news-widgets migrate --help\` says what and how.

verify checks a bundle against the text of its sources: every excerpt and direct quote found
word for word, every fact with an excerpt; \`news-widgets verify --help\` says how.

Options of validate:
  --json      print the results as JSON
  --help      show this help
  --version   print the version

Exit status: 0 all valid, 1 some invalid or unreadable, 2 wrong usage.`;

interface InputResult {
  readonly input: string;
  readonly valid: boolean;
  readonly problems: readonly BundleProblem[];
  readonly warnings: readonly BundleProblem[];
  readonly summary?: string;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function check(input: string): Promise<InputResult> {
  let text: string;
  try {
    text = await readInput(input);
  } catch (error) {
    return { input, valid: false, problems: [{ path: '', message: `could not be read: ${readFailure(error)}` }], warnings: [] };
  }
  const reading = readBundleText(text, input === '-' ? 'standard input' : input);
  const warnings = reading.data === undefined ? [] : findUnknownFields(reading.data);
  if (!reading.valid) return { input, valid: false, problems: reading.problems, warnings };
  const { actors, places, control, quotes, crossings } = reading.bundle;
  const summary = [
    count(actors.length, 'actor'),
    count(places.length, 'place'),
    count(control.length, 'control snapshot'),
    count(quotes.length, 'quote'),
    count(crossings.length, 'crossing'),
  ].join(', ');
  return { input, valid: true, problems: [], warnings, summary };
}

function printHuman(results: readonly InputResult[]): void {
  for (const result of results) {
    if (result.valid) console.log(`✓ ${result.input}: valid (${result.summary})`);
    else console.log(`✗ ${result.input}: ${count(result.problems.length, 'problem')}`);
    for (const problem of result.problems) console.log(`  ${formatProblem(problem)}`);
    for (const warning of result.warnings) console.log(`  warning: ${formatProblem(warning)}`);
  }
}

export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    const require = createRequire(import.meta.url);
    console.log((require('../package.json') as { version: string }).version);
    return 0;
  }
  if (command === 'render') {
    const { renderCommand } = await import('./render.js');
    return renderCommand(rest);
  }
  if (command === 'migrate') return migrateCommand(rest);
  if (command === 'verify') return verifyCommand(rest, { read: readInput, failure: readFailure });
  if (command !== 'validate') {
    console.error(command === undefined ? USAGE : `news-widgets: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const options = rest.filter((arg) => arg.startsWith('-') && arg !== '-');
  const inputs = rest.filter((arg) => !options.includes(arg));
  const unknown = options.filter((option) => option !== '--json');
  if (unknown.length > 0) {
    console.error(`news-widgets: unknown option ${unknown.map((option) => `"${option}"`).join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  if (inputs.length === 0) {
    console.error(`news-widgets: validate needs at least one file or URL.\n\n${USAGE}`);
    return 2;
  }
  const results = await Promise.all(inputs.map(check));
  const valid = results.every((result) => result.valid);
  if (options.includes('--json')) console.log(JSON.stringify({ valid, results }, null, 2));
  else printHuman(results);
  return valid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
