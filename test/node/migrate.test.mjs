/**
 * `news-widgets migrate`, run as users run it: a child process, its output and exit status.
 * Needs the CLI built first (npm test builds everything; `rollup -c` builds dist/cli.js).
 *
 * The bundle migrated is the seed as it stood before its re-audit (issue 15), kept as a fixture
 * because the seed now carries excerpts and events that an older bundle would not have: it was
 * committed migrated, its relations carrying their own sources. Its older form, without them,
 * is made here by taking them out again.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli as cli } from './lib/cli.mjs';

const SEED = 'test/fixtures/migrate/syria-iraq-border-2017.before-excerpts.json';
const SEED_TEXT = readFileSync(SEED, 'utf8');


/** The seed as it was before relations carried their own sources: the same text without them. */
const OLD_SEED_TEXT = SEED_TEXT.replaceAll(', "sources": ["article"] }', ' }');

const relationsOf = (bundle) => bundle.actors.flatMap((actor, a) => (actor.relations ?? []).map((relation, r) => ({ actor, a, relation, r })));

const dir = mkdtempSync(join(tmpdir(), 'news-widgets-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('news-widgets migrate', () => {
  it('starts from an older seed whose relations have no sources of their own', () => {
    const old = JSON.parse(OLD_SEED_TEXT);
    assert.equal(relationsOf(old).length, 27);
    assert.ok(relationsOf(old).every(({ relation }) => relation.sources === undefined));
  });

  it('writes the actor\'s sources into every relation of the seed, lists each change on stderr, and exits 0', async () => {
    const { status, stdout, stderr } = await cli(['migrate', '-'], OLD_SEED_TEXT);
    assert.equal(status, 0);
    const migrated = JSON.parse(stdout);
    for (const { actor, relation } of relationsOf(migrated)) assert.deepEqual(relation.sources, actor.sources, `${actor.id} ${relation.type} ${relation.actor}`);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines[0], 'news-widgets migrate: standard input: 27 changes.');
    assert.equal(lines[1], 'Each relation without its own "sources" now has those of the actor that declares it:');
    assert.equal(lines[2], '  actors[0].relations[0].sources: ["article"] (from actors[0].sources)');
    assert.equal(lines.at(-1), '  actors[10].relations[0].sources: ["article"] (from actors[10].sources)');
    assert.equal(lines.length, 2 + 27);
  });

  it('changes nothing else: the result is the committed seed, byte for byte, and it validates', async () => {
    const { stdout } = await cli(['migrate', '-'], OLD_SEED_TEXT);
    assert.equal(stdout, SEED_TEXT);
    const check = await cli(['validate', '-'], stdout);
    assert.match(check.stdout, /^✓ -: valid \(11 actors, 9 places, 8 control snapshots, 14 quotes, 1 crossing\)\n$/);
    assert.equal(check.status, 0);
  });

  it('keeps the layout it finds: a new key on its own line in an indented file, after ", " in a one-line object', async () => {
    const old = JSON.parse(OLD_SEED_TEXT);
    for (const [layout, text] of [
      ['two-space indent', `${JSON.stringify(old, null, 2)}\n`],
      ['tabs', JSON.stringify(old, null, '\t')],
      ['one line', JSON.stringify(old)],
    ]) {
      const { status, stdout } = await cli(['migrate', '-'], text);
      assert.equal(status, 0, layout);
      const expected = structuredClone(old);
      for (const { actor, relation } of relationsOf(expected)) relation.sources = [...actor.sources];
      assert.equal(JSON.stringify(JSON.parse(stdout)), JSON.stringify(expected), `${layout}: the same keys in the same order, "sources" last`);
      if (layout === 'one line') {
        assert.equal(stdout, JSON.stringify(expected));
        continue;
      }
      const indent = layout === 'tabs' ? '\t\t\t\t\t' : '          ';
      assert.ok(stdout.includes(`"actor": "syrian-government",\n${indent}"sources": ["article"]\n`), layout);
      // Nothing but the new keys (an actor's own list of sources is laid out over lines here):
      // taking them out gives the text that went in.
      assert.equal(stdout.replace(/,\n\s*"sources": \["article"\](?=\n)/g, ''), text, layout);
    }
  });

  it('is idempotent: the migrated seed is left as it is, and it says there was nothing to change', async () => {
    const { status, stdout, stderr } = await cli(['migrate', SEED]);
    assert.equal(status, 0);
    assert.equal(stdout, SEED_TEXT);
    assert.equal(stderr, `news-widgets migrate: ${SEED}: nothing to change, the bundle already says it all explicitly.\n`);
  });

  it('leaves a relation\'s own sources alone, and copies all of the actor\'s into one without', async () => {
    const bundle = JSON.parse(OLD_SEED_TEXT);
    bundle.sources.push({ id: 'later', name: 'A later report' });
    bundle.actors[0].sources = ['article', 'later'];
    bundle.actors[0].relations[1].sources = ['later'];
    const { status, stdout, stderr } = await cli(['migrate', '-'], JSON.stringify(bundle, null, 2));
    assert.equal(status, 0);
    const [first, second, third] = JSON.parse(stdout).actors[0].relations;
    assert.deepEqual([first.sources, second.sources, third.sources], [['article', 'later'], ['later'], ['article', 'later']]);
    assert.match(stderr, /^ {2}actors\[0\]\.relations\[0\]\.sources: \["article","later"\] \(from actors\[0\]\.sources\)$/m);
    assert.doesNotMatch(stderr, /actors\[0\]\.relations\[1\]/);
  });

  it('writes to --out instead of standard output, and a second run there changes nothing', async () => {
    const out = join(dir, 'migrated.json');
    const first = await cli(['migrate', '-', '--out', out], OLD_SEED_TEXT);
    assert.equal(first.status, 0);
    assert.equal(first.stdout, '');
    assert.match(first.stderr, new RegExp(`^news-widgets migrate: standard input: 27 changes; written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\n`));
    assert.equal(readFileSync(out, 'utf8'), SEED_TEXT);
    const again = await cli(['migrate', out, `--out=${out}`]);
    assert.equal(again.status, 0);
    assert.match(again.stderr, /nothing to change/);
    assert.equal(readFileSync(out, 'utf8'), SEED_TEXT);
  });

  it('refuses an invalid bundle with the validator\'s messages, writes nothing, and exits 1 as validate does', async () => {
    const file = 'test/fixtures/invalid/actor-color-not-hex.json';
    const out = join(dir, 'never-written.json');
    const { status, stdout, stderr } = await cli(['migrate', file, '--out', out]);
    assert.equal(stderr, `news-widgets migrate: ${file} is not a valid bundle (1 problem), so it is not migrated; fix these first:\n  actors[0].color: expected a hex colour like "#a03c2e", got "blu"\n`);
    assert.equal(stdout, '');
    assert.equal(status, (await cli(['validate', file])).status);
    assert.equal(status, 1);
    assert.throws(() => readFileSync(out), { code: 'ENOENT' });
  });

  it('says a file is missing or is not JSON, and exits 1', async () => {
    const missing = await cli(['migrate', 'no/such/bundle.json']);
    assert.equal(missing.stderr, 'news-widgets migrate: could not read no/such/bundle.json: no such file\n');
    assert.equal(missing.status, 1);
    const notJson = await cli(['migrate', '-'], '{"meta": {,}');
    assert.match(notJson.stderr, /^news-widgets migrate: standard input is not valid JSON: /);
    assert.equal(notJson.stdout, '');
    assert.equal(notJson.status, 1);
  });

  it('prints the result as JSON with --json: the changes and the migrated bundle, or where it was written', async () => {
    const { status, stdout, stderr } = await cli(['migrate', '--json', '-'], OLD_SEED_TEXT);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    const result = JSON.parse(stdout);
    assert.deepEqual(Object.keys(result), ['input', 'valid', 'changed', 'changes', 'problems', 'bundle']);
    assert.equal(result.input, '-');
    assert.equal(result.valid, true);
    assert.equal(result.changed, true);
    assert.deepEqual(result.problems, []);
    assert.equal(result.changes.length, 27);
    assert.deepEqual(result.changes[0], { path: 'actors[0].relations[0].sources', change: 'relation-sources', value: ['article'], from: 'actors[0].sources' });
    assert.deepEqual(result.bundle, JSON.parse(SEED_TEXT));

    const out = join(dir, 'json-out.json');
    const written = JSON.parse((await cli(['migrate', SEED, '--json', '--out', out])).stdout);
    assert.deepEqual(written, { input: SEED, valid: true, changed: false, changes: [], problems: [], out });
    assert.equal(readFileSync(out, 'utf8'), SEED_TEXT);

    const file = 'test/fixtures/invalid/relation-actor-unknown.json';
    const refused = await cli(['migrate', '--json', file]);
    assert.equal(refused.status, 1);
    assert.deepEqual(JSON.parse(refused.stdout), {
      input: file,
      valid: false,
      changed: false,
      changes: [],
      problems: [{ path: 'actors[0].relations[0].actor', message: 'no actor has the id "a3"; did you mean "a1" or "a2"?' }],
    });
  });

  it('exits 2 with its usage for a wrong command line', async () => {
    const cases = [
      [['migrate'], 'migrate needs the bundle: a file, a URL, or "-" for standard input.'],
      [['migrate', SEED, SEED], 'migrate takes one bundle at a time.'],
      [['migrate', '--strict', SEED], 'unknown option "--strict".'],
      [['migrate', SEED, '--out'], '--out needs a file name.'],
      [['migrate', SEED, '--out', 'a.json', '--out', 'b.json'], '--out is given twice.'],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = await cli(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.ok(stderr.startsWith(`news-widgets migrate: ${message}\n\nUsage: news-widgets migrate `), `${args.join(' ')}: ${stderr}`);
    }
  });

  it('prints its help, and the general help names it', async () => {
    const help = await cli(['migrate', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: news-widgets migrate \[--out <file>\] \[--json\] <file-or-url>/);
    assert.match(help.stdout, /Exit status: 0 migrated \(or nothing to change\), 1 invalid or unreadable bundle, 2 wrong usage\./);
    assert.match((await cli(['--help'])).stdout, /^ {7}news-widgets migrate \[--out <file>\] \[--json\] <file-or-url>$/m);
  });
});
