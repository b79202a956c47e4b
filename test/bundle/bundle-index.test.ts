import { expect } from '@open-wc/testing';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import type { Bundle } from '../../src/bundle/schema.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { seedBundle } from '../helpers.js';

async function seedIndex(change?: (bundle: Record<string, unknown>) => void): Promise<BundleIndex> {
  const raw = await seedBundle();
  change?.(raw);
  const result = validateBundle(raw);
  expect(result.problems).to.deep.equal([]);
  return new BundleIndex(result.bundle as Bundle, location.href);
}

describe('BundleIndex', () => {
  it('finds entities by id, and nothing for an unknown id', async () => {
    const index = await seedIndex();
    expect(index.actor('sdf')?.shortName).to.deep.equal({ en: 'S.D.F.', ar: 'قسد' });
    expect(index.place('qaim')?.country).to.equal('IQ');
    expect(index.quote('velayati-raqqa')?.kind).to.equal('paraphrase');
    expect(index.crossing('qaim-bukamal')?.status).to.equal('unknown');
    // The article gives no publication date; it covers the editors' "Friday".
    expect(index.source('article')?.published).to.be.undefined;
    expect(index.source('article')?.covers).to.deep.include({ date: '2017-11-03' });
    expect(index.actor('nobody')).to.be.undefined;
    expect(index.ids('crossings')).to.deep.equal(['qaim-bukamal']);
  });

  it('gives the newest date among some sources (published, else the period covered), and nothing when none has one', async () => {
    const index = await seedIndex((bundle) => {
      (bundle.sources as unknown[]).push(
        { id: 'earlier', name: 'An earlier report', published: '2017-11-03' },
        { id: 'later', name: 'A later report', published: '2017-11-05' },
        { id: 'undated', name: 'An undated report' },
      );
    });
    expect(index.newestSourceDate(['article', 'earlier', 'later', 'undated'])).to.equal('2017-11-05');
    // The seed's article gives no publication date: the Friday it covers stands for it.
    const friday = index.source('article')?.covers;
    expect(friday).to.deep.include({ date: '2017-11-03' });
    expect(index.newestSourceDate(['article'])).to.equal(friday);
    expect(index.newestSourceDate(['article'], { covered: false })).to.be.undefined;
    expect(index.newestSourceDate(['earlier', 'undated'])).to.equal('2017-11-03');
    expect(index.newestSourceDate(['undated'])).to.be.undefined;
    expect(index.newestSourceDate(undefined)).to.be.undefined;
  });

  it('merges relations written on either side, each once', async () => {
    const index = await seedIndex();
    const government = index.relationsOf('syrian-government').map(({ type, actor }) => `${type} ${actor.id}`);
    // Russia's "backs" and the government's own "backed-by russia" are the same relation.
    expect(government.filter((relation) => relation === 'backed-by russia')).to.have.length(1);
    expect(government).to.include.members([
      'backed-by russia',
      'backed-by iran',
      'backed-by iranian-backed-militias',
      'rivals sdf',
      'fights islamic-state',
    ]);
    // The article describes Hezbollah's support only in the early war, not in 2017.
    expect(government).not.to.include('backed-by hezbollah');
    const sdf = index.relationsOf('sdf').map(({ type, actor }) => `${type} ${actor.id}`);
    expect(sdf.sort()).to.deep.equal(['backed-by united-states', 'fights islamic-state', 'rivals syrian-government']);
  });

  it('gives a relation the sources of the actor that states it when it names none', async () => {
    const index = await seedIndex();
    const [relation] = index.relationsOf('hezbollah');
    expect(relation.sources.map((source) => source.id)).to.deep.equal(['article']);
  });

  it('lists the places an actor holds in the latest snapshots, with its share', async () => {
    const index = await seedIndex();
    const held = index.placesControlledBy('islamic-state').map(({ place, share }) => [place.id, share.share ?? share.extent]);
    expect(held).to.deep.equal([
      ['deir-al-zour-province', 0.333],
      ['bukamal', 1],
      ['rumana', 1],
      ['rawa', 1],
      ['anbar-province', 'part'],
      ['iraq', 'part'],
    ]);
    expect(index.placesControlledBy('iraqi-forces').map(({ share }) => share.extent)).to.deep.equal(['most']);
    expect(index.placesControlledBy('russia')).to.deep.equal([]);
  });

  it('picks the snapshot in force at a date, and only the latest for what an actor holds', async () => {
    const index = await seedIndex((bundle) => {
      (bundle.control as unknown[]).push(
        { id: 'later', place: 'qaim', asOf: '2017-11-10', shares: [{ actor: 'iraqi-forces', share: 1 }], sources: ['article'] },
        { id: 'evening', place: 'qaim', asOf: '2017-11-05T20:00:00Z', shares: [{ actor: 'islamic-state', share: 1 }], sources: ['article'] },
      );
    });
    expect(index.snapshotsOf('qaim').map((snapshot) => snapshot.id)).to.deep.equal(['qaim-2017-11-03', 'evening', 'later']);
    expect(index.controlSnapshotAt('qaim')?.id).to.equal('later');
    expect(index.controlSnapshotAt('qaim', '2017-11-02')).to.be.undefined;
    expect(index.controlSnapshotAt('qaim', '2017-11-04')?.id).to.equal('qaim-2017-11-03');
    // A date covers the whole day, so the evening's snapshot is in force "on 5 November".
    expect(index.controlSnapshotAt('qaim', '2017-11-05')?.id).to.equal('evening');
    expect(index.controlSnapshotAt('qaim', '2017-11-05T19:00:00Z')?.id).to.equal('qaim-2017-11-03');
    expect(index.placesControlledBy('iraqi-forces').map(({ snapshot }) => snapshot.id)).to.deep.equal(['later']);
  });
  describe('the Testland bundle: events, dated relations, partial dates', () => {
    type Entity = Record<string, unknown>;
    async function testlandIndex(change?: (bundle: Record<string, Entity[]>) => void): Promise<BundleIndex> {
      const raw = (await (await fetch('/stories/bundles/testland.json')).json()) as Record<string, Entity[]>;
      change?.(raw);
      const result = validateBundle(raw);
      expect(result.problems).to.deep.equal([]);
      return new BundleIndex(result.bundle as Bundle, location.href);
    }
    const ids = (entities: readonly { id: string }[]) => entities.map((entity) => entity.id);

    it('gives the events naming a crossing, a place or an actor, oldest first', async () => {
      const index = await testlandIndex();
      expect(ids(index.eventsOf('crossings', 'northtown-southtown'))).to.deep.equal(['crossing-closed', 'crossing-reopened']);
      expect(ids(index.eventsOf('crossings', 'river-ferry'))).to.deep.equal(['troops-flee']);
      expect(ids(index.eventsOf('places', 'testland-province'))).to.deep.equal(['offensive-north']);
      expect(ids(index.eventsOf('places', 'river-border'))).to.deep.equal(['troops-flee']);
      expect(ids(index.eventsOf('actors', 'north-front'))).to.deep.equal(['offensive-north', 'crossing-reopened']);
      expect(index.eventsOf('actors', 'river-guard')).to.deep.equal([]);
      expect(index.eventsOf('crossings', 'no-such-crossing')).to.deep.equal([]);
      // An id is looked up in the list it is named for: a place id is not an actor's.
      expect(index.eventsOf('actors', 'river-border')).to.deep.equal([]);
      expect(index.event('troops-flee')?.kind).to.equal('displacement');
    });

    it('orders events by date at their precision, wherever the bundle lists them', async () => {
      const index = await testlandIndex((bundle) => {
        const event = (id: string, date: unknown): Entity => ({ id, date, title: id, kind: 'other', crossings: ['northtown-southtown'], sources: ['testland-wire'] });
        // Listed newest first: the index sorts them.
        bundle.events.unshift(
          event('december', '2017-12-02'),
          event('early-august', { date: '2017-08', part: 'early' }),
          event('first-of-august', '2017-08-01'),
          event('in-2017', '2017'),
          event('late-2016', { date: '2016', part: 'late' }),
        );
      });
      expect(ids(index.eventsOf('crossings', 'northtown-southtown'))).to.deep.equal([
        // Late 2016 is September to December; 2017 begins on 1 January.
        'late-2016',
        'in-2017',
        // Three that begin on 1 August, the shortest first: the day, early August, August.
        'first-of-august',
        'early-august',
        'crossing-closed',
        'crossing-reopened',
        'december',
      ]);
    });

    it('carries a relation\'s dates, claimant and own sources, on both sides, inverted', async () => {
      const index = await testlandIndex();
      const relations = (actor: string) =>
        index.relationsOf(actor).map(({ type, actor: other, since, until, attribution, sources }) => ({
          type,
          actor: other.id,
          since,
          until,
          attribution,
          sources: ids(sources),
        }));
      const observers = { group: { en: 'independent observers', ar: 'مراقبين مستقلين' } };
      expect(relations('north-front')).to.deep.equal([
        { type: 'part-of', actor: 'testland-alliance', since: '2016-06', until: undefined, attribution: undefined, sources: ['testland-wire'] },
        { type: 'led-by', actor: 'ada-testwell', since: { date: '2017', part: 'early' }, until: undefined, attribution: undefined, sources: ['testland-observer'] },
        {
          type: 'fights',
          actor: 'south-league',
          since: { date: '2016-06', approximate: true },
          until: { date: '2017-10', part: 'late' },
          attribution: observers,
          sources: ['testland-observer'],
        },
      ]);
      expect(relations('testland-alliance')).to.deep.equal([
        { type: 'includes', actor: 'north-front', since: '2016-06', until: undefined, attribution: undefined, sources: ['testland-wire'] },
      ]);
      expect(relations('ada-testwell')).to.deep.equal([
        { type: 'leads', actor: 'north-front', since: { date: '2017', part: 'early' }, until: undefined, attribution: undefined, sources: ['testland-observer'] },
      ]);
      expect(relations('south-league')).to.deep.equal([
        {
          type: 'fights',
          actor: 'north-front',
          since: { date: '2016-06', approximate: true },
          until: { date: '2017-10', part: 'late' },
          attribution: observers,
          sources: ['testland-observer'],
        },
      ]);
      expect(index.relationsOf('south-league')[0].note).to.deep.equal({
        text: { en: 'The two sides stopped fighting in late October.', ar: 'توقف الطرفان عن القتال أواخر أكتوبر.' },
      });
    });

    it('cites a relation written without sources with the declaring actor\'s, on the other actor\'s side too', async () => {
      const index = await testlandIndex((bundle) => {
        // Ada Testwell is cited with the observer, the River Guard with the wire.
        const ada = bundle.actors.find((actor) => actor.id === 'ada-testwell') as Entity;
        ada.relations = [{ type: 'allied-with', actor: 'river-guard' }];
      });
      const [fromAda] = index.relationsOf('ada-testwell').filter(({ actor }) => actor.id === 'river-guard');
      const [fromGuard] = index.relationsOf('river-guard');
      expect([fromAda.type, ids(fromAda.sources)]).to.deep.equal(['allied-with', ['testland-observer']]);
      expect([fromGuard.type, fromGuard.actor.id, ids(fromGuard.sources)]).to.deep.equal(['allied-with', 'ada-testwell', ['testland-observer']]);
    });

    it('inverts every relation type: led-by and leads, part-of and includes, backs and backed-by', async () => {
      const index = await testlandIndex((bundle) => {
        const guard = bundle.actors.find((actor) => actor.id === 'river-guard') as Entity;
        guard.relations = [
          { type: 'leads', actor: 'south-league' },
          { type: 'includes', actor: 'ada-testwell' },
          { type: 'backs', actor: 'testland-alliance' },
          { type: 'rivals', actor: 'north-front' },
        ];
      });
      const seen = (actor: string) => index.relationsOf(actor).map(({ type, actor: other }) => `${type} ${other.id}`);
      expect(seen('river-guard')).to.deep.equal(['leads south-league', 'includes ada-testwell', 'backs testland-alliance', 'rivals north-front']);
      expect(seen('south-league')).to.include('led-by river-guard');
      expect(seen('ada-testwell')).to.include('part-of river-guard');
      expect(seen('testland-alliance')).to.include('backed-by river-guard');
      expect(seen('north-front')).to.include('rivals river-guard');
    });

    it('groups "2017-11-19" and "2017-11-19T00:00:00Z" as one moment, in the bundle\'s order', async () => {
      const index = await testlandIndex();
      const at = (date?: string) => ids(index.controlSnapshotsAt('testland-province', date));
      expect(at()).to.deep.equal(['province-north-front-claim', 'province-observers']);
      expect(at('2017-11-19')).to.deep.equal(['province-north-front-claim', 'province-observers']);
      expect(at('2017-11-19T00:00:00Z')).to.deep.equal(['province-north-front-claim', 'province-observers']);
      // The other way round in the bundle, the other way round here: no claim is put first by the index.
      const reversed = await testlandIndex((bundle) => {
        const [claim, observers] = bundle.control.splice(0, 2);
        bundle.control.splice(0, 0, observers, claim);
      });
      expect(ids(reversed.controlSnapshotsAt('testland-province'))).to.deep.equal(['province-observers', 'province-north-front-claim']);
    });

    it('sorts snapshots with partial dates by when they begin: late 2017 is September to December', async () => {
      const index = await testlandIndex();
      expect(ids(index.snapshotsOf('testland-province'))).to.deep.equal(['province-late-2017', 'province-north-front-claim', 'province-observers']);
      const at = (date: string) => index.controlSnapshotAt('testland-province', date)?.id;
      expect(at('2017-08-31')).to.be.undefined;
      expect(at('2017-08')).to.be.undefined;
      expect(at('2017-09-01')).to.equal('province-late-2017');
      expect(at('2017-11-18')).to.equal('province-late-2017');
      expect(at('2017-11')).to.equal('province-observers');
      expect(ids(index.controlSnapshotsAt('testland-province', '2017-10'))).to.deep.equal(['province-late-2017']);
    });

    it('sorts years, months, parts, approximate dates, ranges and days of one place together', async () => {
      const index = await testlandIndex((bundle) => {
        const snapshot = (id: string, asOf: unknown): Entity => ({
          id,
          place: 'testville',
          asOf,
          shares: [{ actor: 'river-guard', share: 1 }],
          sources: ['testland-wire'],
        });
        bundle.control.push(
          snapshot('end-of-2017', '2017-12-31'),
          snapshot('late-2017', { date: '2017', part: 'late' }),
          snapshot('july', '2017-07'),
          snapshot('mid-june', '2017-06-15'),
          snapshot('summer', { from: '2017-06', to: '2017-08' }),
          snapshot('in-2017', '2017'),
        );
      });
      // "testville-most" is {"date": "2017-06", "approximate": true}: sorted as June 2017.
      expect(ids(index.snapshotsOf('testville'))).to.deep.equal([
        'in-2017',
        'testville-most',
        'summer',
        'mid-june',
        'july',
        'late-2017',
        'end-of-2017',
      ]);
      expect(index.controlSnapshotAt('testville')?.id).to.equal('end-of-2017');
      expect(index.controlSnapshotAt('testville', '2017-06-20')?.id).to.equal('mid-june');
    });

    it('gives the newest source date as the bundle writes it, approximate or not, or the period an undated source covers', async () => {
      const index = await testlandIndex();
      expect(index.newestSourceDate(['testland-observer', 'testland-wire'])).to.equal('2017-11-20');
      expect(index.newestSourceDate(['testland-radio'])).to.deep.equal({ from: '2016-06', to: '2017-11' });
    });
  });

  describe('competing claims', () => {
    async function claimsIndex(change?: (bundle: Record<string, unknown[]>) => void): Promise<BundleIndex> {
      const raw = (await (await fetch('/stories/bundles/testland-claims.json')).json()) as Record<string, unknown[]>;
      change?.(raw);
      const result = validateBundle(raw);
      expect(result.problems).to.deep.equal([]);
      return new BundleIndex(result.bundle as Bundle, location.href);
    }

    it('gives every snapshot of the moment in force, in the bundle\'s order, however its date is written', async () => {
      const index = await claimsIndex((bundle) => {
        bundle.control.push({
          id: 'province-earlier',
          place: 'testland-province',
          asOf: '2017-11-01',
          shares: [{ actor: 'south-league', share: 1 }],
          sources: ['testland-wire'],
        });
      });
      const ids = (place: string, date?: string) => index.controlSnapshotsAt(place, date).map((snapshot) => snapshot.id);
      expect(ids('testland-province')).to.deep.equal(['province-north-front-claim', 'province-observers']);
      expect(ids('testland-province', '2017-11-19')).to.deep.equal(['province-north-front-claim', 'province-observers']);
      expect(ids('testland-province', '2017-11-18')).to.deep.equal(['province-earlier']);
      expect(ids('testland-province', '2017-10-31')).to.deep.equal([]);
      expect(ids('testford')).to.deep.equal(['testford-general']);
      expect(ids('no-such-place')).to.deep.equal([]);
    });

    it('lists one entry per competing claim that gives an actor a share, with that claim\'s snapshot', async () => {
      const index = await claimsIndex();
      const held = (actor: string) =>
        index.placesControlledBy(actor).map(({ place, snapshot, share }) => [place.id, snapshot.id, share.share ?? share.extent]);
      expect(held('north-front')).to.deep.equal([
        ['testland-province', 'province-north-front-claim', 0.7],
        ['testland-province', 'province-observers', 0.45],
      ]);
      expect(held('river-guard')).to.deep.equal([
        ['testford', 'testford-general', 'most'],
        ['testville', 'testville-mixed', 'part'],
      ]);
      expect(index.placesControlledBy('river-guard')[1].share.attribution?.speaker?.role).to.deep.equal({
        en: 'a River Guard spokesman',
        ar: 'متحدث باسم حرس النهر',
      });
    });

    it('leaves out a claim that gives the actor no share, and an older moment', async () => {
      const index = await claimsIndex((bundle) => {
        const observers = bundle.control[1] as { shares: Array<Record<string, unknown>> };
        observers.shares = [{ actor: 'north-front', share: 0 }, { actor: 'south-league', share: 0.3 }];
        bundle.control.push({
          id: 'province-earlier',
          place: 'testland-province',
          asOf: '2017-11-01',
          shares: [{ actor: 'river-guard', share: 1 }],
          sources: ['testland-wire'],
        });
      });
      expect(index.placesControlledBy('north-front').map(({ snapshot }) => snapshot.id)).to.deep.equal(['province-north-front-claim']);
      expect(index.placesControlledBy('south-league').map(({ snapshot }) => snapshot.id)).to.deep.equal(['province-observers', 'testville-mixed']);
      expect(index.placesControlledBy('river-guard').map(({ place }) => place.id)).to.deep.equal(['testford', 'testville']);
    });
  });
});
