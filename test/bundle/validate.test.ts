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
  'control-all-except-beside-most': ["control[0].shares[1].extent: \"all-except\" means all of the place but an exception, so more than half, and shares[0] already says more than half"],
  'control-all-except-without-words': ["control[0].shares[0].words: say in \"words\" what \"all-except\" leaves out, as the source does: \"all of it except the city of Testford\""],
  'control-approximate-without-figure': ["control[0].shares[0].approximate: only a \"share\" with a figure can be approximate"],
  'control-attribution-actor-and-group': ["control[0].attribution: name one claimant: \"actor\", \"speaker\" or \"group\", not \"actor\" and \"group\""],
  'control-attribution-actor-unknown': ["control[0].attribution.actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'control-attribution-names-no-one': ["control[0].attribution: say who says so: an \"actor\" of the bundle, a \"speaker\" (a name, a role, or both) or a \"group\" described in words"],
  'control-attribution-speaker-without-name-or-role': ["control[0].attribution.speaker: give the speaker a \"name\", a \"role\", or both"],
  'control-as-of-missing': ["control[0].asOf: expected a date like \"2017-11-03\", a month like \"2017-11\", a year like \"2017\", or a date-time like \"2017-11-03T18:00:00Z\"; or a date with its precision like {\"date\": \"2017\", \"part\": \"late\"}, {\"date\": \"2016-06\", \"approximate\": true} or {\"from\": \"2016-06\", \"to\": \"2016-08\"}, got nothing (the field is missing)"],
  'control-bound-and-up-to': ["control[0].shares[0]: give either \"bound\" (like \"less-than\") or a range (\"upTo\"), not both"],
  'control-bound-without-share': ["control[0].shares[0].bound: a \"bound\" bounds a \"share\": write \"less than half\" as \"share\": 0.5, \"bound\": \"less-than\""],
  'control-bounds-add-up-over-one': ["control[0].shares: the shares add up to at least 110%, more than the whole place; a share is a fraction of 1"],
  'control-count-above-total': ["control[0].shares[0].counts[0].value: 60 is more than the total (\"of\": 52)"],
  'control-count-of-with-share': ["control[0].shares[0].counts[0].of: \"of\" goes with \"value\" (\"value\": 30, \"of\": 52); a \"share\" is already a fraction of the whole"],
  'control-count-value-and-share': ["control[0].shares[0].counts[0]: give a count either as \"value\" (30 of 52 districts) or as \"share\" (80% of the border), not both"],
  'control-count-without-value-or-share': ["control[0].shares[0].counts[0]: missing \"value\" or \"share\": give a number of units like \"value\": 30, or a fraction like \"share\": 0.8"],
  'control-excerpt-source-unknown': ["control[0].excerpts[0].source: no source has the id \"s2\"; did you mean \"s1\"?"],
  'control-excerpt-text-blank': ["control[0].excerpts[0].text: expected the exact words of the source, got \" \""],
  'control-extent-beside-a-whole': ["control[0].shares: the shares with figures already add up to 100%, leaving no room for a share given as \"most\", \"part\" or \"all-except\""],
  'control-most-beside-a-majority': ["control[0].shares[0].extent: \"most\" means more than half, but the other shares already add up to 60%"],
  'control-place-unknown': ["control[0].place: no place has the id \"p2\"; did you mean \"p1\"?"],
  'control-remainder-missing': ["control[0].remainder: the shares add up to 33.3%; say what the remaining 66.7% is: \"unknown\" or \"contested\""],
  'control-remainder-missing-beside-a-bound': ["control[0].remainder: the shares with figures add up to at least 60%; say what the rest of the place is: \"unknown\", \"contested\", or \"none\" where the shares' words cover all of it"],
  'control-remainder-none-with-a-rest': ["control[0].remainder: the shares add up to 90%, and \"none\" says nothing remains; say what the remaining 10% is (\"unknown\" or \"contested\"), or correct the shares"],
  'control-remainder-none-beside-most-alone': ["control[0].remainder: \"most\" leaves the rest of the place to someone, and \"none\" says nothing remains; say who holds the rest, or give it as \"unknown\" or \"contested\""],
  'control-remainder-unknown-word': ["control[0].remainder: expected one of \"unknown\", \"contested\", \"none\", got \"disputed\""],
  'control-remainder-with-nothing-left': ["control[0].remainder: the shares already add up to 100%, so nothing remains; remove \"remainder\""],
  'control-same-claimant-twice-date-written-two-ways': ["control[1].asOf: \"p1\" already has a snapshot as of 2024-01-01T00:00:00Z from the same claimant (control[0]); merge the two or correct the date"],
  'control-share-above-one': ["control[0].shares[0].share: expected a fraction from 0 to 1, like 0.33 for a third, got 1.5","control[0].shares: the shares add up to 150%, more than the whole place; a share is a fraction of 1"],
  'control-share-and-extent': ["control[0].shares[0]: give either \"share\" (a fraction like 0.33) or \"extent\" (\"most\", \"part\" or \"all-except\"), not both"],
  'control-share-attribution-speaker-actor-unknown': ["control[0].shares[0].attribution.speaker.actor: no actor has the id \"a-one\"; the bundle has \"a1\", \"a2\""],
  'control-share-without-figure-or-extent': ["control[0].shares[0]: missing \"share\": give a fraction like 0.33, or \"extent\": \"most\", \"part\" or \"all-except\" where the source gives no figure"],
  'control-shares-add-up-over-one': ["control[0].shares: the shares add up to 130%, more than the whole place; a share is a fraction of 1"],
  'control-two-snapshots-same-date': ["control[1].asOf: \"p1\" already has a snapshot as of 2024-01-01 (control[0]); merge the two or correct the date"],
  'control-up-to-not-above-share': ["control[0].shares[0].upTo: a range goes up from \"share\" (50%) to \"upTo\" (30%), so \"upTo\" must be the larger"],
  'control-up-to-without-share': ["control[0].shares[0].upTo: a range goes from \"share\" up to \"upTo\": write \"between 30% and 50%\" as \"share\": 0.3, \"upTo\": 0.5"],
  'crossing-change-after-as-of': ["crossings[0].history[0].date: 2024-02-01 is after the crossing's \"asOf\" (2024-01-01); move \"asOf\" to the latest change or later"],
  'crossing-change-month-after-as-of': ["crossings[0].history[0].date: 2023-12 is after the crossing's \"asOf\" (2023-11-20); move \"asOf\" to the latest change or later"],
  'crossing-change-note-missing': ["crossings[0].history[0].note: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}), got nothing (the field is missing)"],
  'crossing-change-passage-when-closed': ["crossings[0].history[0].passage: \"passage\" says what may pass a \"restricted\" or \"partly-open\" crossing, and this status is \"closed\"; remove \"passage\" or correct \"status\""],
  'crossing-change-side-controller-unknown': ["crossings[0].history[0].sides[0].controlledBy: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'crossing-change-side-not-at-issue-with-controller': ["crossings[0].history[0].sides[1].notAtIssue: a side \"notAtIssue\" is held by a state outside the story, not by an actor of it; remove \"controlledBy\" or \"notAtIssue\""],
  'crossing-controller-unknown': ["crossings[0].sides[1].controlledBy: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'crossing-one-side': ["crossings[0].sides[1]: expected a side of the crossing like {\"country\": \"IQ\", \"place\": \"qaim\"}, got nothing (the field is missing)"],
  'crossing-passage-kind-unknown': ["crossings[0].passage[0]: expected one of \"people\", \"goods\", \"official\", \"military\", \"humanitarian\", got \"trucks\""],
  'crossing-passage-when-open': ["crossings[0].passage: \"passage\" says what may pass a \"restricted\" or \"partly-open\" crossing, and this status is \"open\"; remove \"passage\" or correct \"status\""],
  'crossing-side-attribution-actor-unknown': ["crossings[0].sides[0].attribution.actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'crossing-side-not-at-issue-with-controller': ["crossings[0].sides[1].notAtIssue: a side \"notAtIssue\" is held by a state outside the story, not by an actor of it; remove \"controlledBy\" or \"notAtIssue\""],
  'crossing-side-source-unknown': ["crossings[0].sides[0].sources[0]: no source has the id \"s2\"; did you mean \"s1\"?"],
  'crossing-three-sides': ["crossings[0].sides: expected the two sides of the crossing, a list of exactly two, got a list of 3"],
  'crossing-side-country-not-a-code': ["crossings[0].sides[0].country: expected an ISO 3166 country code like \"SY\" or \"IQ\", got \"Syria\""],
  'crossing-status-unknown-word': ["crossings[0].status: expected one of \"open\", \"closed\", \"restricted\", \"partly-open\", \"contested\", \"unknown\", got \"shut\""],
  'date-both-date-and-range': ["control[0].asOf: give either \"date\", or \"from\" and \"to\" for a range, not both"],
  'date-month-thirteen': ["quotes[0].said: expected a date like \"2017-11-03\", a month like \"2017-11\", a year like \"2017\", or a date-time like \"2017-11-03T18:00:00Z\" that exists on the calendar, got \"2016-13\""],
  'date-neither-date-nor-range': ["control[0].asOf: give \"date\" (like \"2017\", with \"part\": \"late\" for late 2017), or \"from\" and \"to\" for a range"],
  'date-part-of-a-day': ["control[0].asOf: \"part\" (\"early\", \"mid\" or \"late\") divides a year or a month, and \"2024-01-01\" is not one"],
  'date-part-with-a-range': ["control[0].asOf: \"part\" goes with \"date\", not with a range"],
  'date-range-backwards': ["control[0].asOf: the range goes backwards: \"from\" (2024-01) is after \"to\" (2023-12)"],
  'date-range-without-to': ["control[0].asOf: a range needs both \"from\" and \"to\"; for one date, write it as \"date\""],
  'event-actor-unknown': ["events[0].actors[0]: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'event-attribution-actor-unknown': ["events[0].attribution.actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'event-crossing-unknown': ["events[0].crossings[0]: no crossing has the id \"x2\"; did you mean \"x1\"?"],
  'event-id-duplicated': ["events[1].id: \"e1\" is already the id of events[0]; every event needs its own id"],
  'event-kind-unknown': ["events[0].kind: expected one of \"offensive\", \"capture\", \"withdrawal\", \"closure\", \"reopening\", \"displacement\", \"attack\", \"agreement\", \"statement\", \"other\", got \"battle\""],
  'event-place-unknown': ["events[0].places[0]: no place has the id \"p2\"; did you mean \"p1\"?"],
  'event-source-unknown': ["events[0].sources[0]: no source has the id \"s2\"; did you mean \"s1\"?"],
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
  'relation-attribution-actor-unknown': ["actors[0].relations[0].attribution.actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'relation-source-unknown': ["actors[0].relations[0].sources[0]: no source has the id \"s2\"; did you mean \"s1\"?"],
  'relation-type-unknown': ["actors[0].relations[0].type: expected one of \"backs\", \"backed-by\", \"allied-with\", \"fights\", \"rivals\", \"led-by\", \"leads\", \"part-of\", \"includes\", got \"supports\""],
  'relation-until-before-since': ["actors[0].relations[0].until: the relation ends (2016) before it begins (\"since\" 2017-06); correct one of the two"],
  'relation-with-itself': ["actors[0].relations[0].actor: an actor cannot have a relation with itself"],
  'source-note-attribution-actor-unknown': ["sources[0].note.attribution.actor: no actor has the id \"a3\"; did you mean \"a1\" or \"a2\"?"],
  'source-url-data': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"data:text/html,<script>alert(1)</script>\""],
  'source-url-javascript': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"javascript:alert(1)\""],
  'source-url-tab-in-scheme': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"java\\tscript:alert(1)\""],
  'source-url-vbscript-uppercase': ["sources[0].url: expected an http(s) link like \"https://example.com/story\", or a relative one, got \"VBScript:msgbox(1)\""],
  'statement-as-of-not-a-date': ["actors[0].summary.asOf: expected a date like \"2017-11-03\", a month like \"2017-11\", a year like \"2017\", or a date-time like \"2017-11-03T18:00:00Z\", got \"last week\""],
  'statement-attribution-two-claimants': ["actors[0].summary.attribution: name one claimant: \"actor\", \"speaker\" or \"group\", not \"actor\" and \"group\""],
  'title-is-a-list': ["meta.title: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}), got a list of 1"],
  'title-map-empty': ["meta.title: expected text (a string, or an object of language tags to strings like {\"en\": \"…\", \"ar\": \"…\"}) with at least one language, got an object"],
  'title-map-key-not-a-language': ["meta.title.english: expected a language tag like \"en\" or \"ar\", got \"english\""],
  'title-map-value-not-text': ["meta.title.ar: expected text, got 5"],
  'title-translation-not-marked': ["meta.title.ar.translation: expected true, for text translated from another language (give text in its original words as a plain string), got nothing (the field is missing)"],
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

  it('accepts a range that ends in a coarser period than it begins: June 2016 to (some time in) 2016', async () => {
    const bundle = (await parse('minimal.json')) as Record<string, Array<Record<string, unknown>>>;
    bundle.control[0].asOf = { from: '2016-06', to: '2016' };
    expect(validateBundle(bundle).problems.map(formatProblem)).to.deep.equal([]);
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

    it('accepts the fictional Testland bundle, in which every construct of the format appears', async () => {
      const result = validateBundle(await (await fetch('/stories/bundles/testland.json')).json());
      expect(result.problems.map(formatProblem)).to.deep.equal([]);
      expect(result.bundle?.meta.fictional).to.be.true;
    });

    it('refuses the same claimant twice when one date is a month and the other the range of its days', async () => {
      const claimant = { actor: 'a2' };
      const bundle = await twoSnapshots({ asOf: '2017-11', attribution: claimant }, { asOf: { from: '2017-11-01', to: '2017-11-30' }, attribution: claimant });
      expect(validateBundle(bundle).problems.map(formatProblem)).to.deep.equal([
        'control[1].asOf: "p1" already has a snapshot as of {"from":"2017-11-01","to":"2017-11-30"} from the same claimant (control[0]); merge the two or correct the date',
      ]);
    });

    it('keeps a month and a day of it apart: "2017-11" and "2017-11-03" are not one moment', async () => {
      for (const [first, second] of [
        ['2017-11', '2017-11-03'],
        ['2017-11', '2017-11-01'],
        ['2017', '2017-01'],
        ['2017-11', { date: '2017-11', part: 'late' }],
        ['2017-11-03', { from: '2017-11-03', to: '2017-11-04' }],
      ] as const) {
        const bundle = await twoSnapshots({ asOf: first, attribution: { actor: 'a1' } }, { asOf: second, attribution: { actor: 'a1' } });
        expect(validateBundle(bundle).problems.map(formatProblem), `${JSON.stringify(first)} and ${JSON.stringify(second)}`).to.deep.equal([]);
      }
    });

    it('accepts "remainder": "none" beside "all-except" with its words, and beside exact shares that make the whole', async () => {
      const allExcept = await twoSnapshots(
        {
          shares: [
            { actor: 'a1', extent: 'all-except', words: 'all of it except the market' },
            { actor: 'a2', extent: 'part', words: 'the market' },
          ],
          remainder: 'none',
        },
        { asOf: '2024-02-01', shares: [{ actor: 'a1', share: 0.7 }, { actor: 'a2', share: 0.3 }], remainder: 'none' },
      );
      expect(validateBundle(allExcept).problems.map(formatProblem)).to.deep.equal([]);
    });

    it('accepts bounds, ranges and counts that fit the place', async () => {
      const bundle = await twoSnapshots(
        {
          shares: [
            { actor: 'a1', share: 0.5, bound: 'more-than', counts: [{ value: 30, of: 52, unit: 'districts', bound: 'more-than' }] },
            { actor: 'a2', share: 0.5, bound: 'less-than', counts: [{ share: 0.8, unit: 'of the border', approximate: true }] },
          ],
          remainder: 'none',
        },
        { asOf: '2024-02-01', shares: [{ actor: 'a1', share: 0.3, upTo: 0.5, approximate: true }], remainder: 'unknown' },
      );
      expect(validateBundle(bundle).problems.map(formatProblem)).to.deep.equal([]);
    });

    it('compares dates at their precision: a relation "since" June "until" that year, a change in the month of the as-of', async () => {
      const bundle = (await parse('minimal.json')) as Record<string, Entity[]>;
      bundle.actors[0].relations = [{ type: 'fights', actor: 'a2', since: '2017-06', until: '2017' }];
      Object.assign(bundle.crossings[0], { asOf: '2017-11-20', history: [{ date: '2017-11', status: 'closed', note: 'Closed.' }] });
      expect(validateBundle(bundle).problems.map(formatProblem)).to.deep.equal([]);
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

  it('reads no word of the format from Object.prototype: an extent "__proto__" or "constructor" is only refused', async () => {
    for (const extent of ['__proto__', 'constructor', 'toString']) {
      const bundle = (await parse('minimal.json')) as Record<string, Record<string, unknown>[]>;
      bundle.control[0].shares = [{ actor: 'a1', extent: 'most' }, { actor: 'a2', extent }];
      bundle.control[0].remainder = 'unknown';
      expect(validateBundle(bundle).problems.map(formatProblem), extent).to.deep.equal([
        `control[0].shares[1].extent: expected one of "most", "part", "all-except", got "${extent}"`,
      ]);
    }
  });

  it('compares a range only between fractions: a share out of bounds is not also called a range going down', async () => {
    const bundle = (await parse('minimal.json')) as Record<string, Record<string, unknown>[]>;
    bundle.control[0].shares = [{ actor: 'a1', share: 5, upTo: 0.5 }];
    bundle.control[0].remainder = 'unknown';
    expect(validateBundle(bundle).problems.map(formatProblem)).to.deep.equal([
      'control[0].shares[0].share: expected a fraction from 0 to 1, like 0.33 for a third, got 5',
      'control[0].shares: the shares add up to at least 500%, more than the whole place; a share is a fraction of 1',
    ]);
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
      'event: is not a field here and is ignored; did you mean "events"?',
    ]);
  });

  it('finds none in the seed bundle, and does not count languages as fields', async () => {
    expect(findUnknownFields(await seedBundle())).to.deep.equal([]);
  });

  it('finds none in the Testland bundle, nor in a summary or note given as a map of languages', async () => {
    expect(findUnknownFields(await (await fetch('/stories/bundles/testland.json')).json())).to.deep.equal([]);
    const bundle = (await parse('minimal.json')) as Record<string, Record<string, unknown>[]>;
    bundle.actors[0].summary = { en: 'Holds the town.', ar: 'يسيطر على البلدة.' };
    bundle.places[0].note = { en: 'A town.', ar: { text: 'بلدة.', translation: true } };
    expect(validateBundle(bundle).problems).to.deep.equal([]);
    expect(findUnknownFields(bundle).map(formatProblem)).to.deep.equal([]);
    // A statement object is still walked: its misspelt fields are found.
    bundle.actors[0].summary = { text: 'Holds the town.', asof: '2024-01-01' };
    expect(findUnknownFields(bundle).map(formatProblem)).to.deep.equal([
      'actors[0].summary.asof: is not a field here and is ignored; did you mean "asOf"?',
    ]);
  });
});
