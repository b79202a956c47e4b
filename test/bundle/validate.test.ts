import { expect } from '@open-wc/testing';
import { findUnknownFields } from '../../src/bundle/unknown-fields.js';
import { formatProblem, validateBundle } from '../../src/bundle/validate.js';
import { SEED_URL, fixtureText, seedBundle } from '../helpers.js';

/**
 * Every file in test/fixtures/invalid/ is the minimal bundle with one thing wrong, named after
 * it; each must produce exactly these messages, path first, in words an editor can act on.
 */
const INVALID: Record<string, readonly string[]> = {
  'actor-color-not-hex': ["actors[0].color: expected a hex colour like \"#a03c2e\", got \"blu\""],
  'actor-id-duplicated': ["actors[1].id: \"a1\" is already the id of actors[0]; every actor needs its own id"],
  'actor-id-with-space': ["actors[0].id: expected an id like \"islamic-state\": letters, digits, \"-\", \"_\", \".\" or \":\", no spaces, got \"actor one\"","control[0].shares[0].actor: no actor has the id \"a1\"; did you mean \"a2\"?"],
  'actor-kind-unknown': ["actors[0].kind: expected one of \"state\", \"government\", \"military\", \"armed-group\", \"militia\", \"coalition\", \"organization\", \"person\", \"other\", got \"rebels\""],
  'actor-name-missing': ["actors[1].name: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}), got nothing (the field is missing)"],
  'actor-source-unknown': ["actors[0].sources[0]: no source has the id \"s9\"; did you mean \"s1\"?"],
  'actor-sources-empty': ["actors[0].sources: expected at least one source id, got an empty list"],
  'actors-not-a-list': ["actors: expected a list of actors, got an object","control[0].shares[0].actor: no actor has the id \"a1\"; there are none in the bundle"],
  'bundle-is-a-list': ["bundle: expected a bundle: an object with \"meta\", \"sources\", \"actors\", \"places\", \"control\", \"quotes\" and \"crossings\", got an empty list"],
  'bundle-is-null': ["bundle: expected a bundle: an object with \"meta\", \"sources\", \"actors\", \"places\", \"control\", \"quotes\" and \"crossings\", got null"],
  'control-actor-twice': ["control[0].shares[1].actor: \"a1\" already has a share in this snapshot (shares[0]); give each actor one share"],
  'control-approximate-without-figure': ["control[0].shares[0].approximate: only a \"share\" with a figure can be approximate"],
  'control-attribution-actor-and-group': ["control[0].attribution: name one claimant: \"actor\", \"speaker\" or \"group\", not \"actor\" and \"group\""],
  'control-attribution-actor-unknown': ["control[0].attribution.actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'control-attribution-names-no-one': ["control[0].attribution: say who says so: an \"actor\" of the bundle, a \"speaker\" (a name, a role, or both) or a \"group\" described in words"],
  'control-attribution-speaker-without-name-or-role': ["control[0].attribution.speaker: give the speaker a \"name\", a \"role\", or both"],
  'control-as-of-missing': ["control[0].asOf: expected a date like \"2017-11-03\" or a date-time like \"2017-11-03T18:00:00Z\", got nothing (the field is missing)"],
  'control-most-beside-a-majority': ["control[0].shares[0].extent: \"most\" means more than half, but the other shares already add up to 60%"],
  'control-place-unknown': ["control[0].place: no place has the id \"p2\"; did you mean \"p1\"?"],
  'control-remainder-missing': ["control[0].remainder: the shares add up to 33.3%; say what the remaining 66.7% is: \"unknown\" or \"contested\""],
  'control-remainder-unknown-word': ["control[0].remainder: expected one of \"unknown\", \"contested\", got \"disputed\""],
  'control-remainder-with-nothing-left': ["control[0].remainder: the shares already add up to 100%, so nothing remains; remove \"remainder\""],
  'control-same-claimant-twice-date-written-two-ways': ["control[1].asOf: \"p1\" already has a snapshot as of 2024-01-01T00:00:00Z from the same claimant (control[0]); merge the two or correct the date"],
  'control-share-above-one': ["control[0].shares[0].share: expected a fraction from 0 to 1, like 0.33 for a third, got 1.5","control[0].shares: the shares add up to 150%, more than the whole place; a share is a fraction of 1"],
  'control-share-and-extent': ["control[0].shares[0]: give either \"share\" (a fraction like 0.33) or \"extent\" (\"most\" or \"part\"), not both"],
  'control-share-attribution-speaker-actor-unknown': ["control[0].shares[0].attribution.speaker.actor: no actor has the id \"a-one\"; the bundle has \"a1\", \"a2\""],
  'control-share-without-figure-or-extent': ["control[0].shares[0]: missing \"share\": give a fraction like 0.33, or \"extent\": \"most\" or \"part\" where the source gives no figure"],
  'control-shares-add-up-over-one': ["control[0].shares: the shares add up to 130%, more than the whole place; a share is a fraction of 1"],
  'control-two-snapshots-same-date': ["control[1].asOf: \"p1\" already has a snapshot as of 2024-01-01 (control[0]); merge the two or correct the date"],
  'crossing-change-after-as-of': ["crossings[0].history[0].date: 2024-02-01 is after the crossing's \"asOf\" (2024-01-01); move \"asOf\" to the latest change or later"],
  'crossing-change-note-missing': ["crossings[0].history[0].note: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}), got nothing (the field is missing)"],
  'crossing-controller-unknown': ["crossings[0].sides[1].controlledBy: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'crossing-one-side': ["crossings[0].sides[1]: expected a side of the crossing like {\"country\": \"IQ\", \"place\": \"qaim\"}, got nothing (the field is missing)"],
  'crossing-three-sides': ["crossings[0].sides: expected the two sides of the crossing, a list of exactly two, got a list of 3"],
  'crossing-side-country-not-a-code': ["crossings[0].sides[0].country: expected an ISO 3166 country code like \"SY\" or \"IQ\", got \"Syria\""],
  'crossing-status-unknown-word': ["crossings[0].status: expected one of \"open\", \"closed\", \"contested\", \"unknown\", got \"shut\""],
  'meta-is-a-list': ["meta: expected the bundle description (\"meta\"), got an empty list"],
  'meta-language-not-a-tag': ["meta.language: expected a language tag like \"en\" or \"ar\", got \"English\""],
  'meta-missing': ["meta: expected the bundle description (\"meta\"), got nothing (the field is missing)"],
  'meta-title-empty': ["meta.title: expected text, got an empty string"],
  'meta-updated-impossible-date': ["meta.updated: expected a date like \"2017-11-03\" or a date-time like \"2017-11-03T18:00:00Z\" that exists on the calendar, got \"2017-02-30\""],
  'meta-updated-not-a-date': ["meta.updated: expected a date like \"2017-11-03\" or a date-time like \"2017-11-03T18:00:00Z\", got \"last Friday\""],
  'meta-updated-time-without-zone': ["meta.updated: expected a date like \"2017-11-03\" or a date-time like \"2017-11-03T18:00:00Z\", got \"2017-11-03T10:00\""],
  'place-country-lowercase': ["places[0].country: expected an ISO 3166 country code like \"SY\" or \"IQ\", got \"sy\""],
  'place-kind-unknown': ["places[0].kind: expected one of \"country\", \"province\", \"region\", \"district\", \"city\", \"town\", \"village\", \"crossing\", \"river\", \"oil-field\", \"other\", got \"hamlet\""],
  'place-latitude-out-of-range': ["places[0].coordinates.lat: expected a latitude from -90 to 90, got 95"],
  'place-parent-unknown': ["places[0].parent: no place has the id \"p9\"; did you mean \"p1\"?"],
  'place-parents-in-a-circle': ["places[0].parent: the parents go round in a circle: \"p1\" → \"p2\" → \"p1\"","places[1].parent: the parents go round in a circle: \"p2\" → \"p1\" → \"p2\""],
  'quote-kind-unknown': ["quotes[0].kind: expected one of \"direct\", \"paraphrase\", got \"indirect\""],
  'quote-original-language-missing': ["quotes[0].original.language: expected a language tag like \"en\" or \"ar\", got nothing (the field is missing)"],
  'quote-speaker-actor-unknown': ["quotes[0].speaker.actor: no actor has the id \"a-one\"; the bundle has \"a1\", \"a2\""],
  'quote-speaker-age-not-whole': ["quotes[0].speaker.age: expected an age in whole years, got 33.5"],
  'quote-speaker-without-name-or-role': ["quotes[0].speaker: give the speaker a \"name\", a \"role\", or both"],
  'quote-text-blank': ["quotes[0].text: expected the quoted or reported words, got \"   \""],
  'relation-actor-unknown': ["actors[0].relations[0].actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'relation-type-unknown': ["actors[0].relations[0].type: expected one of \"backs\", \"backed-by\", \"allied-with\", \"fights\", \"rivals\", got \"supports\""],
  'relation-with-itself': ["actors[0].relations[0].actor: an actor cannot have a relation with itself"],
  'source-url-data': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"data:text/html,<script>alert(1)</script>\""],
  'source-url-javascript': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"javascript:alert(1)\""],
  'source-url-tab-in-scheme': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"java\\tscript:alert(1)\""],
  'source-url-vbscript-uppercase': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"VBScript:msgbox(1)\""],
  'title-is-a-list': ["meta.title: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}), got a list of 1"],
  'title-map-empty': ["meta.title: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}) with at least one language, got an object"],
  'title-map-key-not-a-language': ["meta.title.english: expected a language tag like \"en\" or \"ar\", got \"english\""],
  'title-map-value-not-text': ["meta.title.ar: expected text, got 5"],
};

const parse = async (name: string): Promise<unknown> => JSON.parse(await fixtureText(name)) as unknown;

describe('validateBundle', () => {
  it('accepts the seed bundle with no problem', async () => {
    const result = validateBundle(await (await fetch(SEED_URL)).json());
    expect(result.problems.map(formatProblem)).to.deep.equal([]);
    expect(result.valid).to.be.true;
    expect(result.bundle?.meta.id).to.equal('syria-iraq-border-2017');
  });

  it('accepts the minimal bundle: only required fields', async () => {
    const result = validateBundle(await parse('minimal.json'));
    expect(result.problems).to.deep.equal([]);
    expect(result.valid).to.be.true;
  });

  it('accepts date-times with a zone, localized text maps and a "$schema" key', async () => {
    const bundle = await seedBundle();
    const meta = bundle.meta as Record<string, unknown>;
    meta.updated = '2017-11-03T18:30:00+03:00';
    meta.title = { en: 'Title', ar: 'عنوان', 'pt-BR': 'Título' };
    expect(validateBundle(bundle).problems).to.deep.equal([]);
  });

  for (const [name, messages] of Object.entries(INVALID)) {
    it(`invalid/${name}.json: ${messages[0]}`, async () => {
      const result = validateBundle(await parse(`invalid/${name}.json`));
      expect(result.valid).to.be.false;
      expect(result.bundle).to.be.undefined;
      expect(result.problems.map(formatProblem)).to.deep.equal(messages);
    });
  }

  it('has a fixture for every expectation and an expectation for every fixture', async () => {
    const files = (await (await fetch('/test-api/fixtures/invalid')).json()) as string[];
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).to.deep.equal(Object.keys(INVALID).sort());
    expect(files.length).to.be.at.least(30);
  });

  describe('who says so', () => {
    type Entity = Record<string, unknown>;
    /** The minimal bundle with its one snapshot and a second one of the same place, changed. */
    async function twoSnapshots(first: Entity, second: Entity): Promise<Record<string, Entity[]>> {
      const bundle = (await parse('minimal.json')) as Record<string, Entity[]>;
      const snapshot = bundle.control[0];
      bundle.control = [{ ...snapshot, ...first }, { ...structuredClone(snapshot), id: 'c2', ...second }];
      return bundle;
    }

    it('accepts the fictional claims bundle: attributed snapshots, attributed shares, competing claims', async () => {
      const result = validateBundle(await (await fetch('/stories/bundles/testland-claims.json')).json());
      expect(result.problems.map(formatProblem)).to.deep.equal([]);
    });

    it('accepts competing claims for one place and moment when their claimants differ, however the date is written', async () => {
      const claimants: Entity[] = [
        { actor: 'a1' },
        { actor: 'a2' },
        { group: 'independent observers' },
        { group: { en: 'independent observers', ar: 'مراقبين مستقلين' } },
        { speaker: { role: 'a spokesman', actor: 'a1' } },
        { speaker: { name: 'Speaker one', role: 'a spokesman' } },
      ];
      for (const [i, first] of claimants.entries()) {
        for (const second of [...claimants.slice(i + 1), undefined]) {
          const bundle = await twoSnapshots({ attribution: first }, { asOf: '2024-01-01T00:00:00Z', attribution: second });
          expect(validateBundle(bundle).problems.map(formatProblem), `${JSON.stringify(first)} and ${JSON.stringify(second)}`).to.deep.equal([]);
        }
      }
    });

    it('refuses the same claimant twice for one place and moment, however the date is written', async () => {
      for (const [claimant, asOf] of [
        [{ group: 'independent observers' }, '2024-01-01'],
        [{ actor: 'a2' }, '2024-01-01T00:00:00Z'],
        [{ speaker: { role: 'a spokesman' } }, '2024-01-01T03:00:00+03:00'],
      ] as const) {
        const bundle = await twoSnapshots({ attribution: claimant }, { asOf, attribution: claimant });
        expect(validateBundle(bundle).problems.map(formatProblem), JSON.stringify(claimant)).to.deep.equal([
          `control[1].asOf: "p1" already has a snapshot as of ${asOf} from the same claimant (control[0]); merge the two or correct the date`,
        ]);
      }
      // No claimant on either: the source's own voice twice, with the date written two ways.
      const unattributed = await twoSnapshots({}, { asOf: '2024-01-01T00:00:00Z' });
      expect(validateBundle(unattributed).problems.map(formatProblem)).to.deep.equal([
        'control[1].asOf: "p1" already has a snapshot as of 2024-01-01T00:00:00Z (control[0]); merge the two or correct the date',
      ]);
    });

    it('keeps snapshots of one place at different moments apart, whoever says so', async () => {
      const bundle = await twoSnapshots({ attribution: { actor: 'a1' } }, { asOf: '2024-01-01T12:00:00Z', attribution: { actor: 'a1' } });
      expect(validateBundle(bundle).problems).to.deep.equal([]);
    });

    it('refuses an attribution that is not an object, and one naming all three kinds of claimant', async () => {
      const text = await twoSnapshots({ attribution: 'the army' }, { asOf: '2024-02-01' });
      expect(validateBundle(text).problems.map(formatProblem)[0]).to.match(/^control\[0\]\.attribution: expected who says so, like \{"actor": "syrian-government"\}/);
      const all = await twoSnapshots({ attribution: { actor: 'a1', speaker: { name: 'S' }, group: 'G' } }, { asOf: '2024-02-01' });
      expect(validateBundle(all).problems.map(formatProblem)).to.deep.equal([
        'control[0].attribution: name one claimant: "actor", "speaker" or "group", not "actor", "speaker" and "group"',
      ]);
    });
  });

  it('collects every problem of a bundle at once, shape and references together', async () => {
    const bundle = await seedBundle();
    const actors = bundle.actors as Record<string, unknown>[];
    actors[0].color = 'red';
    actors[1].kind = 'regime';
    (bundle.control as Record<string, unknown>[])[0].place = 'deir-al-zour-provnce';
    const messages = validateBundle(bundle).problems.map(formatProblem);
    expect(messages).to.deep.equal([
      'actors[0].color: expected a hex colour like "#a03c2e", got "red"',
      'actors[1].kind: expected one of "state", "government", "military", "armed-group", "militia", "coalition", "organization", "person", "other", got "regime"',
      'control[0].place: no place has the id "deir-al-zour-provnce"; did you mean "deir-al-zour-province" or "deir-al-zour"?',
    ]);
  });

  it('says a list stands where an object belongs, once, at the list', async () => {
    const bundle = (await parse('minimal.json')) as Record<string, unknown[]>;
    bundle.actors[1] = [1, 2];
    (bundle.quotes[0] as Record<string, unknown>).speaker = [];
    expect(validateBundle(bundle).problems.map(formatProblem)).to.deep.equal([
      'actors[1]: expected an actor, got a list of 2',
      'quotes[0].speaker: expected a speaker with at least a name or a role, got an empty list',
    ]);
  });

  it('never throws, whatever JSON value it is given', () => {
    const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000)) as unknown;
    const values: unknown[] = [undefined, null, 0, -1.5, '', 'bundle', true, [], {}, [[[]]], deep, { meta: deep }, { actors: deep }];
    for (const value of values) {
      const result = validateBundle(value);
      expect(result.valid).to.be.false;
      expect(result.problems.length).to.be.greaterThan(0);
      for (const problem of result.problems) expect(problem.message).to.be.a('string').and.not.empty;
    }
  });

  it('is not polluted by "__proto__" or "constructor" keys, and leaves them as data it never reads', async () => {
    const text = (await fixtureText('minimal.json')).replace(
      '"meta": {',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "meta": { "__proto__": { "polluted": true },',
    );
    const result = validateBundle(JSON.parse(text));
    expect(result.valid).to.be.true;
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    expect(Object.getPrototypeOf(result.bundle)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(result.bundle?.meta)).to.equal(Object.prototype);
    expect((result.bundle as unknown as Record<string, unknown>).polluted).to.be.undefined;
  });

  it('cuts long strings short in messages', () => {
    const result = validateBundle({ meta: { id: 'x'.repeat(1_000_000) } });
    const message = formatProblem(result.problems[0]);
    expect(message.length).to.be.lessThan(300);
    expect(message).to.include('…');
  });

  it('cuts long ids short in the consistency messages too, and a long circle of parents', async () => {
    type Entity = Record<string, unknown>;
    const bundle = (await parse('minimal.json')) as Record<string, Entity[]>;
    const long = 'x'.repeat(100_000);
    // A duplicated id, a doubled share and two snapshots of one place on one date, all long.
    bundle.actors[0].id = long;
    bundle.actors[1].id = long;
    bundle.places[0].id = long;
    bundle.control[0].place = long;
    bundle.control[0].shares = [{ actor: long, share: 0.5 }, { actor: long, share: 0.5 }];
    bundle.control.push({ ...bundle.control[0], id: 'c2' });
    // Twenty places, each the parent of the one before, the first the parent of the last.
    for (let i = 0; i < 20; i++) bundle.places.push({ id: `p${i}`, name: 'P', kind: 'town', parent: `p${(i + 1) % 20}` });
    const messages = validateBundle(bundle).problems.map(formatProblem);
    for (const message of messages) expect(message.length, message.slice(0, 120)).to.be.below(400);
    const shortId = `"${'x'.repeat(48)}…"`;
    expect(messages).to.include(`actors[1].id: ${shortId} is already the id of actors[0]; every actor needs its own id`);
    expect(messages).to.include(`control[0].shares[1].actor: ${shortId} already has a share in this snapshot (shares[0]); give each actor one share`);
    expect(messages).to.include(`control[1].asOf: ${shortId} already has a snapshot as of 2024-01-01 (control[0]); merge the two or correct the date`);
    expect(messages).to.include(
      'places[1].parent: the parents go round in a circle: "p0" → "p1" → "p2" → "p3" → "p4" → "p5" → "p6" → … (20 places)',
    );
  });
});

describe('findUnknownFields', () => {
  it('finds misspelt fields, names their place and suggests the right one', async () => {
    const bundle = await seedBundle();
    const actors = bundle.actors as Record<string, unknown>[];
    actors[2].sumary = 'typo';
    (bundle.control as Record<string, unknown>[])[0].asof = '2017-11-03';
    bundle.event = [];
    expect(findUnknownFields(bundle).map(formatProblem)).to.deep.equal([
      'actors[2].sumary: is not a field here and is ignored; did you mean "summary"?',
      'control[0].asof: is not a field here and is ignored; did you mean "asOf"?',
      'event: is not a field here and is ignored',
    ]);
  });

  it('finds none in the seed bundle, and does not count languages as fields', async () => {
    expect(findUnknownFields(await seedBundle())).to.deep.equal([]);
  });
});
