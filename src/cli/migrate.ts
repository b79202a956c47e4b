/**
 * `npx news-widgets migrate <bundle> [--out <file>] [--json]`: rewrites a bundle so that it
 * says explicitly what older bundles left implicit, and changes nothing else.
 *
 * Today that is one thing: a relation without its own `sources` is cited with the sources of
 * the actor that declares it, so a source added to that actor later would be cited for the
 * relation too (on the other actor's card as well). Migrate writes those sources into the
 * relation, as they are now.
 *
 * The file is edited, not rewritten: every other character stays where its author put it
 * (layout, key order, how numbers are written); the new key goes after the relation's other
 * keys. The bundle is validated before (an invalid one is refused with the validator's
 * messages) and after; a second run finds nothing to change and says so.
 */
/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { readBundleText } from '../bundle/read-bundle.js';
import { pathOf } from '../bundle/shape.js';
import { formatProblem, type BundleProblem } from '../bundle/validate.js';
import { isPlainObject } from '../helpers/json-value.js';
import { appendMember, applyInsertions, memberOf, parseJsonText, type JsonNode, type TextInsertion } from './json-text.js';
import { readFailure, readInput } from './read-input.js';

export const MIGRATE_USAGE = `Usage: news-widgets migrate [--out <file>] [--json] <file-or-url>   ("-" reads standard input)

Rewrites a bundle so that it says explicitly what older bundles left implicit, and changes
nothing else: the other fields, their order and the file's layout stay as they are. Today:
  - a relation without its own "sources" gets the sources of the actor that declares it,
    so that a source added to that actor later is not cited for the relation.
The bundle is validated before and after: an invalid one is refused with its problems.
Running it again on its own output changes nothing.

Options of migrate:
  --out <file>  write the migrated bundle to the file (it may be the bundle itself) instead
                of standard output
  --json        print the result as JSON on standard output: what changed and, without
                --out, the migrated bundle
  --help        show this help

What changed is listed on standard error, each change with its JSON path.

Exit status: 0 migrated (or nothing to change), 1 invalid or unreadable bundle, 2 wrong usage.`;

/** One field migrate wrote in. */
export interface MigrationChange {
  /** Where, as the validator names places: `actors[0].relations[2].sources`. */
  readonly path: string;
  /** What kind of change: `relation-sources`. */
  readonly change: string;
  /** The value written in. */
  readonly value: unknown;
  /** Where the value comes from: `actors[0].sources`. */
  readonly from: string;
}

interface Migrated {
  readonly changes: readonly MigrationChange[];
  readonly insertions: readonly TextInsertion[];
}

/**
 * Every relation without its own `sources` gets its actor's, written in after its other keys.
 * Changes `data` (the parsed bundle) as it changes the text, so the two can be compared.
 */
function relationSources(data: Record<string, unknown>, text: string, tree: JsonNode): Migrated {
  const changes: MigrationChange[] = [];
  const insertions: TextInsertion[] = [];
  const actors = memberOf(tree, 'actors')?.value;
  if (!Array.isArray(data.actors) || actors?.kind !== 'array') return { changes, insertions };
  data.actors.forEach((actor: unknown, a) => {
    if (!isPlainObject(actor) || !Array.isArray(actor.relations)) return;
    const relations = memberOf(actors.items[a], 'relations')?.value;
    if (relations?.kind !== 'array') return;
    actor.relations.forEach((relation: unknown, r) => {
      const node = relations.items[r];
      if (!isPlainObject(relation) || Object.hasOwn(relation, 'sources') || node?.kind !== 'object' || node.members.length === 0) return;
      const sources = [...(actor.sources as unknown[])];
      relation.sources = sources;
      insertions.push(appendMember(text, node, 'sources', sources));
      changes.push({ path: pathOf(['actors', a, 'relations', r, 'sources']), change: 'relation-sources', value: sources, from: pathOf(['actors', a, 'sources']) });
    });
  });
  return { changes, insertions };
}

/** What each kind of change does, as the command says it above the list of its changes. */
const CHANGE_KINDS: Record<string, string> = {
  'relation-sources': 'Each relation without its own "sources" now has those of the actor that declares it:',
};

/** The migrations, in order. Each reads the original text: two must never add to the same object. */
const MIGRATIONS = [relationSources];

export type MigrationResult =
  | { readonly valid: true; readonly text: string; readonly changes: readonly MigrationChange[] }
  | { readonly valid: false; readonly problems: readonly BundleProblem[]; readonly after?: true };

/** Migrates bundle text: the new text and what changed, or the problems that stop it. */
export function migrateBundleText(text: string, where: string): MigrationResult {
  const before = readBundleText(text, where);
  if (!before.valid) return { valid: false, problems: before.problems };
  const data = JSON.parse(text) as Record<string, unknown>;
  const tree = parseJsonText(text);
  const changes: MigrationChange[] = [];
  const insertions: TextInsertion[] = [];
  for (const migration of MIGRATIONS) {
    const done = migration(data, text, tree);
    changes.push(...done.changes);
    insertions.push(...done.insertions);
  }
  let migrated = applyInsertions(text, insertions);
  // The edited text must say exactly what the changed data says; if an unusual layout defeated
  // the editing, the bundle is written out whole instead (two-space indent, same key order).
  if (changes.length > 0 && JSON.stringify(JSON.parse(migrated)) !== JSON.stringify(data)) migrated = `${JSON.stringify(data, null, 2)}\n`;
  const after = readBundleText(migrated, where);
  if (!after.valid) return { valid: false, problems: after.problems, after: true };
  return { valid: true, text: migrated, changes };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const usageError = (message: string): number => {
  console.error(`news-widgets migrate: ${message}\n\n${MIGRATE_USAGE}`);
  return 2;
};

export async function migrateCommand(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(MIGRATE_USAGE);
    return 0;
  }
  let out: string | undefined;
  let json = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      if (out !== undefined) return usageError('--out is given twice.');
      out = arg === '--out' ? args[++i] : arg.slice('--out='.length);
      if (!out || (out.startsWith('-') && out !== '-')) return usageError('--out needs a file name.');
      if (out === '-') return usageError('--out takes a file name; without --out the bundle goes to standard output.');
    } else if (arg.startsWith('-') && arg !== '-') return usageError(`unknown option "${arg}".`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) return usageError(inputs.length === 0 ? 'migrate needs the bundle: a file, a URL, or "-" for standard input.' : 'migrate takes one bundle at a time.');
  const [input] = inputs;
  const where = input === '-' ? 'standard input' : input;

  const fail = (problems: readonly BundleProblem[], words: string): number => {
    if (json) console.log(JSON.stringify({ input, valid: false, changed: false, changes: [], problems }, null, 2));
    else console.error(`news-widgets migrate: ${words}`);
    return 1;
  };

  let text: string;
  try {
    text = await readInput(input);
  } catch (error) {
    const reason = readFailure(error);
    return fail([{ path: '', message: `could not be read: ${reason}` }], `could not read ${where}: ${reason}`);
  }
  const result = migrateBundleText(text, where);
  if (!result.valid) {
    const { problems } = result;
    const listed = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
    if (result.after) return fail(problems, `migrating ${where} made it invalid (a bug in migrate; nothing was written):\n${listed}`);
    // Text that is no bundle at all has one problem, at its root: said in one line.
    if (problems.length === 1 && problems[0].path === '') return fail(problems, `${where} ${problems[0].message}`);
    return fail(problems, `${where} is not a valid bundle (${count(problems.length, 'problem')}), so it is not migrated; fix these first:\n${listed}`);
  }

  const { changes } = result;
  if (out !== undefined) {
    try {
      await writeFile(out, result.text);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message;
      return fail([{ path: '', message: `could not be written to ${out}: ${reason}` }], `could not write ${out}: ${reason}`);
    }
  }
  if (json) {
    const report = { input, valid: true, changed: changes.length > 0, changes, problems: [], ...(out === undefined ? { bundle: JSON.parse(result.text) as unknown } : { out }) };
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  if (out === undefined) process.stdout.write(result.text);
  const written = out === undefined ? '' : `; written to ${out}`;
  if (changes.length === 0) {
    console.error(`news-widgets migrate: ${where}: nothing to change, the bundle already says it all explicitly${written}.`);
    return 0;
  }
  console.error(`news-widgets migrate: ${where}: ${count(changes.length, 'change')}${written}.`);
  for (const [kind, what] of Object.entries(CHANGE_KINDS)) {
    const ofKind = changes.filter((change) => change.change === kind);
    if (ofKind.length === 0) continue;
    console.error(what);
    for (const change of ofKind) console.error(`  ${change.path}: ${JSON.stringify(change.value)} (from ${change.from})`);
  }
  return 0;
}
