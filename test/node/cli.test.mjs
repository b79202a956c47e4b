/**
 * The validator command, run as users run it: a child process, its output and exit status.
 * Needs `npm run build` first (npm test does that).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { runCli as cli } from './lib/cli.mjs';

const SEED = 'bundles/syria-iraq-border-2017.json';


describe('news-widgets validate', () => {
  it('passes the seed bundle, says what it holds, and exits 0', async () => {
    const { status, stdout } = await cli(['validate', SEED]);
    assert.equal(stdout, `✓ ${SEED}: valid (11 actors, 10 places, 9 control snapshots, 15 quotes, 1 crossing)\n`);
    assert.equal(status, 0);
  });

  it('prints every problem with its path and exits 1', async () => {
    const file = 'test/fixtures/invalid/control-shares-add-up-over-one.json';
    const { status, stdout } = await cli(['validate', file]);
    assert.equal(
      stdout,
      `✗ ${file}: 1 problem\n  control[0].shares: the shares add up to 130%, more than the whole place; a share is a fraction of 1\n`,
    );
    assert.equal(status, 1);
  });

  it('checks several bundles and fails if any fails', async () => {
    const bad = 'test/fixtures/invalid/actor-color-not-hex.json';
    const { status, stdout } = await cli(['validate', SEED, bad]);
    assert.match(stdout, /^✓ bundles\/syria-iraq-border-2017\.json: valid/m);
    assert.match(stdout, /^✗ test\/fixtures\/invalid\/actor-color-not-hex\.json: 1 problem$/m);
    assert.match(stdout, /^ {2}actors\[0\]\.color: expected a hex colour like "#a03c2e", got "blu"$/m);
    assert.equal(status, 1);
  });

  it('prints machine-readable results with --json', async () => {
    const bad = 'test/fixtures/invalid/relation-actor-unknown.json';
    const { status, stdout } = await cli(['validate', '--json', SEED, bad]);
    const result = JSON.parse(stdout);
    assert.equal(result.valid, false);
    assert.deepEqual(
      result.results.map(({ input, valid }) => [input, valid]),
      [
        [SEED, true],
        [bad, false],
      ],
    );
    assert.deepEqual(result.results[1].problems, [
      { path: 'actors[0].relations[0].actor', message: 'no actor has the id "a3"; did you mean "a1" or "a2"?' },
    ]);
    assert.equal(status, 1);
  });

  it('warns about fields the format does not have, and still passes', async () => {
    const bundle = JSON.parse(readFileSync(SEED, 'utf8'));
    bundle.actors[0].sumary = 'typo';
    const { status, stdout } = await cli(['validate', '-'], JSON.stringify(bundle));
    assert.match(stdout, /^✓ -: valid/);
    assert.match(stdout, /^ {2}warning: actors\[0\]\.sumary: is not a field here and is ignored; did you mean "summary"\?$/m);
    assert.equal(status, 0);
  });

  it('says a file is missing, or is not JSON, and exits 1', async () => {
    const missing = await cli(['validate', 'no/such/bundle.json']);
    assert.equal(missing.stdout, '✗ no/such/bundle.json: 1 problem\n  bundle: could not be read: no such file\n');
    assert.equal(missing.status, 1);
    const notJson = await cli(['validate', '-'], '{"meta": {,}');
    assert.match(notJson.stdout, /^✗ -: 1 problem\n {2}bundle: is not valid JSON: .+/);
    assert.equal(notJson.status, 1);
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/seed.json') response.end(readFileSync(SEED));
        else response.writeHead(404).end('not found');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('validates a bundle by URL', async () => {
      const { status, stdout } = await cli(['validate', `${base}/seed.json`]);
      assert.match(stdout, /: valid \(11 actors/);
      assert.equal(status, 0);
    });

    it('says what the server answered for a URL that fails', async () => {
      const { status, stdout } = await cli(['validate', `${base}/gone.json`]);
      assert.equal(stdout, `✗ ${base}/gone.json: 1 problem\n  bundle: could not be read: the server answered 404 Not Found\n`);
      assert.equal(status, 1);
    });
  });

  it('exits 2 with the usage for a wrong command line', async () => {
    for (const args of [[], ['check', SEED], ['validate'], ['validate', '--strict', SEED]]) {
      const { status, stderr, stdout } = await cli(args);
      assert.equal(status, 2, `for ${JSON.stringify(args)}`);
      assert.match(stderr, /Usage: news-widgets validate/);
      assert.equal(stdout, '');
    }
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    assert.match(help.stdout, /Exit status: 0 all valid, 1 some invalid or unreadable, 2 wrong usage\./);
    assert.equal(help.status, 0);
    const version = await cli(['--version']);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
