/**
 * `news-widgets verify`, run as users run it: a child process, its output and exit status.
 * Needs the CLI built first (npm test builds everything; `rollup -c` builds dist/cli.js).
 *
 * The bundle checked is the re-audited seed (bundles/syria-iraq-border-2017.json),
 * which has an excerpt for every fact, against the article it was read from
 * (bundles/syria-iraq-border-2017.article.txt). The failing cases are copies of it with one
 * thing changed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './lib/cli.mjs';

const BUNDLE = 'bundles/syria-iraq-border-2017.json';
const ARTICLE = 'bundles/syria-iraq-border-2017.article.txt';
const BUNDLE_TEXT = readFileSync(BUNDLE, 'utf8');
const ARTICLE_TEXT = readFileSync(ARTICLE, 'utf8');
const TEXT = `article=${ARTICLE}`;

const cli = (args, input) => runCli(['verify', ...args], input);

/** The bundle, parsed afresh, for a test to change. */
const bundle = () => JSON.parse(BUNDLE_TEXT);

const dir = mkdtempSync(join(tmpdir(), 'news-widgets-verify-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into the test's folder and gives its path. */
function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** Every excerpt of a bundle with its JSON path, in the order of the file. */
function excerptsOf(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((item, i) => excerptsOf(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) =>
    key === 'excerpts'
      ? field.map((excerpt, i) => ({ excerpt, path: `${path}.excerpts[${i}].text` }))
      : excerptsOf(field, path ? `${path}.${key}` : key),
  );
}

/** The bundle without a single excerpt. */
function withoutExcerpts(value) {
  if (Array.isArray(value)) return value.map(withoutExcerpts);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'excerpts').map(([key, field]) => [key, withoutExcerpts(field)]));
}

/** Text as verify compares it, for checking what it shows. */
const normalised = (text) =>
  text
    .normalize('NFC')
    .replace(/[‘’‚‛′‹›]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

describe('news-widgets verify', () => {
  it('passes on the re-audited seed against its article: every excerpt and direct quote found, every fact with an excerpt', async () => {
    const { status, stdout, stderr } = await cli([BUNDLE, '--text', TEXT]);
    assert.equal(stderr, '');
    assert.match(stdout, new RegExp(`^✓ ${BUNDLE.replaceAll('.', '\\.')} against "article" \\(${ARTICLE.replaceAll('.', '\\.')}\\): \\d+ excerpts and direct quotes found word for word\\n$`));
    assert.equal(status, 0);
    const strict = await cli([BUNDLE, `--text=${TEXT}`, '--strict']);
    assert.equal(strict.status, 0, strict.stdout);
  });

  it('reports an excerpt changed by a typo with its JSON path and the closest passage of the text, and exits 1', async () => {
    const changed = bundle();
    const c = changed.control.findIndex((snapshot) => snapshot.shares[0].excerpts?.[0].text.includes('according to the Iraqi military chief of staff'));
    assert.ok(c >= 0);
    const excerpt = changed.control[c].shares[0].excerpts[0];
    excerpt.text = excerpt.text.replace('according to the Iraqi military', 'acording to the Iraqi militray');
    const { status, stdout } = await cli([file('typo.json', changed), '--text', TEXT]);
    assert.equal(status, 1);
    const lines = stdout.split('\n');
    assert.match(lines[0], /^✗ .*typo\.json against "article" \(.*\): 1 of \d+ not found word for word$/);
    assert.equal(lines[1], `  control[${c}].shares[0].excerpts[0].text`);
    assert.equal(lines[2], `      bundle:  ${excerpt.text}`);
    assert.match(lines[3], /^ {6}closest: ….*after taking most of the town of Qaim, Iraq, from the Islamic State, according to the Iraqi military chief of staff.*…$/);
    assert.equal(lines.length, 5);
  });

  it('shows, for a typo in any excerpt of the seed, a closest passage that holds the right words', async () => {
    const changed = bundle();
    const all = excerptsOf(changed);
    const right = new Map(all.map(({ excerpt, path }) => [path, excerpt.text]));
    for (const { excerpt } of all) {
      const middle = Math.floor(excerpt.text.length / 2);
      excerpt.text = `${excerpt.text.slice(0, middle)}${excerpt.text[middle] === 'x' ? 'y' : 'x'}${excerpt.text.slice(middle + 1)}`;
    }
    const { status, stdout } = await cli([file('typos.json', changed), '--text', TEXT, '--json']);
    assert.equal(status, 1);
    const { missing } = JSON.parse(stdout);
    assert.equal(missing.length, all.length);
    for (const { path, closest } of missing) {
      assert.ok(normalised(closest.text).includes(normalised(right.get(path))), `${path}: ${closest.text}`);
      assert.ok(closest.distance >= 1 && closest.distance <= 2, `${path}: ${closest.distance}`);
    }
  });

  it('accepts the text with other quote marks, dashes and line breaks, and decomposed accents', async () => {
    // The article's text with other marks and spaces than the bundle's excerpts have: straight
    // double quotes and guillemets for curly ones, en dashes for em dashes, line breaks and
    // no-break spaces between words, a soft hyphen, and accents decomposed (NFD).
    const words = ARTICLE_TEXT.split(' ');
    const text = `${words
      .map((word, i) => (i % 5 === 4 ? `${word}\n` : i % 7 === 6 ? `${word}\u00A0 ` : `${word} `))
      .join('')
      .replaceAll('“', '"')
      .replaceAll('”', '»')
      .replaceAll('—', '–')}\nThe café re\u00ADopened.\n`.normalize('NFD');
    const changed = bundle();
    // An excerpt with an accent (composed) and one with straight apostrophes where the text has curly ones.
    changed.events[0].excerpts.push({ source: 'article', text: 'The café reopened.' });
    const straight = excerptsOf(changed).find(({ excerpt }) => excerpt.text.includes('’'));
    straight.excerpt.text = straight.excerpt.text.replaceAll('’', "'");
    assert.ok(excerptsOf(changed).some(({ excerpt }) => excerpt.text.includes('“') || excerpt.text.includes('—')), 'some excerpt has curly double quotes or an em dash');
    const { status, stdout } = await cli([file('marks.json', changed), '--text', `article=${file('marks.txt', text)}`]);
    assert.match(stdout, /^✓ .*: \d+ excerpts and direct quotes found word for word\n$/);
    assert.equal(status, 0);
  });

  it('compares case and whole words: a different case or part of a word is not found', async () => {
    const changed = bundle();
    changed.events[0].excerpts.push({ source: 'article', text: 'islamic state militants lost' }, { source: 'article', text: 'Islamic State milit' });
    const e = changed.events[0].excerpts.length;
    const { status, stdout } = await cli([file('case.json', changed), '--text', TEXT]);
    assert.equal(status, 1);
    assert.match(stdout, /: 2 of \d+ not found word for word\n/);
    assert.ok(stdout.includes(`  events[0].excerpts[${e - 2}].text\n      bundle:  islamic state militants lost\n      closest: …Islamic State militants lost…\n`), stdout);
    assert.ok(stdout.includes(`  events[0].excerpts[${e - 1}].text\n`));
  });

  it('reports a direct quote whose words were altered, by its path, and does not check a paraphrase\'s words', async () => {
    const changed = bundle();
    const q = changed.quotes.findIndex((quote) => quote.kind === 'direct' && quote.text === 'It will never achieve anything in the field.');
    assert.ok(q >= 0);
    changed.quotes[q].text = 'It will never achieve anything on the field.';
    const p = changed.quotes.findIndex((quote) => quote.kind === 'paraphrase');
    changed.quotes[p].text = 'Words of the newsroom, not of the article.';
    const { status, stdout } = await cli([file('quote.json', changed), '--text', TEXT]);
    assert.equal(status, 1);
    assert.match(stdout, /: 1 of \d+ not found word for word\n/);
    assert.ok(stdout.includes(`  quotes[${q}].text\n      bundle:  It will never achieve anything on the field.\n      closest: …It will never achieve anything in the field.…\n`), stdout);
  });

  it('lists the facts that cite the source without an excerpt of it: warnings, failures with --strict', async () => {
    const bare = withoutExcerpts(bundle());
    const path = file('bare.json', bare);
    const { status, stdout } = await cli([path, '--text', TEXT, '--json']);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.passed, true);
    // The facts, counted from the bundle: each kind the help text names.
    const facts =
      bare.actors.reduce((n, actor) => n + (actor.summary ? 1 : 0) + (actor.goals?.length ?? 0) + (actor.relations?.length ?? 0), 0) +
      bare.places.filter((place) => place.note !== undefined).length +
      bare.control.reduce((n, snapshot) => n + 1 + snapshot.shares.length, 0) +
      bare.quotes.filter((quote) => quote.kind === 'paraphrase').length +
      bare.crossings.reduce((n, crossing) => n + 1 + crossing.sides.length + (crossing.history?.length ?? 0), 0) +
      (bare.events?.length ?? 0);
    assert.equal(report.withoutExcerpt.length, facts);
    const paths = report.withoutExcerpt.map((fact) => fact.path);
    for (const expected of ['actors[0].summary', 'actors[0].relations[0]', 'control[0]', 'control[0].shares[0]', 'crossings[0]', 'crossings[0].sides[1]', 'crossings[0].history[0]', 'events[0]']) {
      assert.ok(paths.includes(expected), expected);
    }
    const direct = bare.quotes.findIndex((quote) => quote.kind === 'direct');
    const paraphrase = bare.quotes.findIndex((quote) => quote.kind === 'paraphrase');
    assert.ok(paths.includes(`quotes[${paraphrase}]`));
    assert.ok(!paths.includes(`quotes[${direct}]`), 'a direct quote needs no excerpt: its words are checked');
    assert.deepEqual(report.withoutExcerpt[0], { source: 'article', path: 'actors[0].summary', fact: 'summary', label: 'the summary of "islamic-state"' });
    // The direct quotes' words are still looked for, and found.
    assert.equal(report.checked, bare.quotes.filter((quote) => quote.kind === 'direct').length);
    assert.equal(report.found, report.checked);

    const human = await cli([path, '--text', TEXT]);
    assert.equal(human.status, 0);
    assert.ok(human.stdout.includes(`\nwarning: ${facts} facts cite "article" without an excerpt of it (--strict makes this fail):\n  actors[0].summary: the summary of "islamic-state"\n`), human.stdout);
    const strict = await cli([path, '--text', TEXT, '--strict']);
    assert.equal(strict.status, 1);
    assert.ok(strict.stdout.includes(`\n✗ ${facts} facts cite "article" without an excerpt of it:\n`));
  });

  it('checks each source given against its own text, and counts the excerpts of sources without one', async () => {
    const changed = bundle();
    changed.sources.push({ id: 'wire', name: 'A wire report' }, { id: 'later', name: 'A later report' });
    changed.events[0].sources = ['article', 'wire'];
    changed.events[0].excerpts.push({ source: 'wire', text: 'the war broke out — as the wire has it' });
    changed.events[1].sources = ['article', 'wire', 'later'];
    changed.events[1].excerpts.push({ source: 'later', text: 'not checked' }, { source: 'later', text: 'nor this' });
    const wire = file('wire.txt', 'Reporting from the region, the war broke out -- as the wire has it.');
    const { status, stdout } = await cli([file('sources.json', changed), '--text', TEXT, '--text', `wire=${wire}`, '--json']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.texts.map(({ source, checked, found }) => [source, checked > 2, found === checked]), [['article', true, true], ['wire', false, false]]);
    assert.deepEqual(report.texts[1], { source: 'wire', input: wire, checked: 1, found: 0 });
    assert.deepEqual(report.missing.map(({ source, path }) => [source, path]), [['wire', `events[0].excerpts[${changed.events[0].excerpts.length - 1}].text`]]);
    assert.equal(report.missing[0].closest.text, '…the war broke out -- as the wire has it…');
    assert.deepEqual(report.withoutExcerpt, [{ source: 'wire', path: 'events[1]', fact: 'event', label: `the event "${changed.events[1].id}"` }]);
    assert.deepEqual(report.unchecked, [{ source: 'later', count: 2 }]);
    const human = await cli([file('sources.json', changed), '--text', TEXT, '--text', `wire=${wire}`]);
    assert.match(human.stdout, /\nnote: 2 excerpts and direct quotes cite "later", not checked \(no --text for it\)\n$/);
  });

  it('prints one JSON object with --json: counts, what is missing with the closest passage, facts without excerpts', async () => {
    const changed = bundle();
    changed.actors[0].summary.excerpts[0].text = changed.actors[0].summary.excerpts[0].text.replace('foothold', 'fothold');
    delete changed.actors[0].relations[0].excerpts;
    const { status, stdout } = await cli([file('json.json', changed), '--text', TEXT, '--json']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['input', 'valid', 'passed', 'strict', 'texts', 'checked', 'found', 'missing', 'withoutExcerpt', 'skipped', 'unchecked', 'warnings', 'problems']);
    assert.equal(report.valid, true);
    assert.equal(report.passed, false);
    assert.equal(report.strict, false);
    assert.equal(report.found, report.checked - 1);
    assert.deepEqual(report.texts, [{ source: 'article', input: ARTICLE, checked: report.checked, found: report.found }]);
    assert.equal(report.missing.length, 1);
    const [miss] = report.missing;
    assert.deepEqual(Object.keys(miss), ['source', 'path', 'text', 'closest']);
    assert.equal(miss.path, 'actors[0].summary.excerpts[0].text');
    assert.equal(miss.text, changed.actors[0].summary.excerpts[0].text);
    assert.deepEqual(miss.closest, {
      text: '…Islamic State militants lost their last foothold in a major city and a strategic border crossing on Friday…',
      distance: 1,
    });
    assert.deepEqual(report.withoutExcerpt, [{ source: 'article', path: 'actors[0].relations[0]', fact: 'relation', label: '"islamic-state" fights "syrian-government"' }]);
    assert.deepEqual([report.skipped, report.unchecked, report.warnings, report.problems], [[], [], [], []]);
  });

  it('refuses an invalid bundle with the validator\'s messages, and exits 1', async () => {
    const broken = bundle();
    broken.events[0].excerpts[0].source = 'artcle';
    const path = file('invalid.json', broken);
    const { status, stdout, stderr } = await cli([path, '--text', TEXT]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^news-widgets verify: .*invalid\.json is not a valid bundle \(1 problem\), so it is not verified; fix these first:\n {2}events\[0\]\.excerpts\[0\]\.source: .*"artcle".*\n$/);
    const json = await cli([path, '--text', TEXT, '--json']);
    assert.equal(json.status, 1);
    const report = JSON.parse(json.stdout);
    assert.deepEqual([report.valid, report.passed], [false, false]);
    assert.equal(report.problems[0].path, 'events[0].excerpts[0].source');
    const notJson = await cli(['-', '--text', TEXT], 'not json');
    assert.equal(notJson.status, 1);
    assert.match(notJson.stderr, /^news-widgets verify: standard input is not valid JSON/);
  });

  it('exits 1 when the bundle or a text cannot be read', async () => {
    const text = await cli([BUNDLE, '--text', `article=${join(dir, 'no-such.txt')}`]);
    assert.equal(text.status, 1);
    assert.equal(text.stderr, `news-widgets verify: the text of "article" (${join(dir, 'no-such.txt')}) could not be read: no such file\n`);
    const json = await cli([BUNDLE, '--text', `article=${join(dir, 'no-such.txt')}`, '--json']);
    assert.equal(json.status, 1);
    assert.deepEqual(JSON.parse(json.stdout).problems, [{ path: '', message: `the text of "article" (${join(dir, 'no-such.txt')}) could not be read: no such file` }]);
    const missing = await cli([join(dir, 'no-such.json'), '--text', TEXT]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /could not read .*no-such\.json: no such file/);
  });

  it('says what is wrong with the command, exits 2, and suggests the source id meant', async () => {
    const unknown = await cli([BUNDLE, '--text', `artcle=${ARTICLE}`]);
    assert.equal(unknown.status, 2);
    assert.ok(unknown.stderr.startsWith('news-widgets verify: --text "artcle": the bundle has no source "artcle"; did you mean "article"?\n\nUsage: news-widgets verify '), unknown.stderr);
    const far = await cli([BUNDLE, '--text', `reuters-2017=${ARTICLE}`]);
    assert.equal(far.status, 2);
    assert.match(far.stderr, /the bundle has no source "reuters-2017"; the bundle has "article"\n/);
    for (const [args, message] of [
      [[BUNDLE], 'verify needs the text of at least one source: --text <source-id>=<file-or-url>.'],
      [['--text', TEXT], 'verify needs the bundle: a file, a URL, or "-" for standard input.'],
      [[BUNDLE, BUNDLE, '--text', TEXT], 'verify takes one bundle at a time.'],
      [[BUNDLE, '--text', 'article'], '--text needs a source id and its text, like --text article=article.txt; got "article".'],
      [[BUNDLE, '--text'], '--text needs a source id and its text, like --text article=article.txt.'],
      [[BUNDLE, '--text', TEXT, '--text', TEXT], '--text gives the text of "article" twice.'],
      [['-', '--text', 'article=-'], 'standard input ("-") can be read only once.'],
      [[BUNDLE, '--text', TEXT, '--fast'], 'unknown option "--fast".'],
    ]) {
      const { status, stdout, stderr } = await cli(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.ok(stderr.startsWith(`news-widgets verify: ${message}\n\nUsage: news-widgets verify `), `${args.join(' ')}: ${stderr}`);
    }
  });

  it('reads the bundle from standard input and a text from "-"', async () => {
    const fromStdin = await cli(['-', '--text', TEXT], BUNDLE_TEXT);
    assert.equal(fromStdin.status, 0);
    assert.match(fromStdin.stdout, /^✓ standard input against "article"/);
    const textFromStdin = await cli([BUNDLE, '--text', 'article=-'], ARTICLE_TEXT);
    assert.equal(textFromStdin.status, 0);
  });

  it('shows its help, listing the facts it asks an excerpt of, and the main help names it', async () => {
    const help = await cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: news-widgets verify <file-or-url> --text <source-id>=<file-or-url> \[--text …\] \[--strict\] \[--json\]\n/);
    assert.match(help.stdout, /The facts are each actor's summary, goals and relations;/);
    const { stdout: main } = await runCli(['--help']);
    assert.match(main, /^ {7}news-widgets verify <file-or-url> --text <source-id>=<file-or-url>/m);
  });

  describe('a text at a URL', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/article.txt') {
          response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
          response.end(ARTICLE_TEXT);
        } else if (request.url === '/article.html') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(`<!doctype html><html><body><p>${ARTICLE_TEXT}</p></body></html>`);
        } else {
          response.writeHead(404, { 'content-type': 'text/plain' });
          response.end('not here');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    it('fetches it and checks the bundle against it', async () => {
      const { status, stdout } = await cli([BUNDLE, '--text', `article=${base}/article.txt`]);
      assert.equal(status, 0);
      assert.match(stdout, new RegExp(`^✓ .* against "article" \\(${base.replaceAll('.', '\\.')}/article\\.txt\\): \\d+ excerpts and direct quotes found word for word\\n$`));
    });

    it('exits 1 when the server answers with an error', async () => {
      const { status, stderr } = await cli([BUNDLE, '--text', `article=${base}/gone.txt`]);
      assert.equal(status, 1);
      assert.equal(stderr, `news-widgets verify: the text of "article" (${base}/gone.txt) could not be read: the server answered 404 Not Found\n`);
    });

    it('warns that a web page is not plain text', async () => {
      const { stdout } = await cli([BUNDLE, '--text', `article=${base}/article.html`]);
      assert.match(stdout, /^warning: the text of "article" \(.*\/article\.html\) looks like an HTML page; verify compares plain text/);
    });
  });
});
