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
    expect(index.crossing('qaim-bukamal')?.status).to.equal('contested');
    expect(index.source('article')?.published).to.equal('2017-11-03');
    expect(index.actor('nobody')).to.be.undefined;
    expect(index.ids('crossings')).to.deep.equal(['qaim-bukamal']);
  });

  it('gives the newest published date among some sources, and nothing when none has one', async () => {
    const index = await seedIndex((bundle) => {
      (bundle.sources as unknown[]).push(
        { id: 'later', name: 'A later report', published: '2017-11-05' },
        { id: 'undated', name: 'An undated report' },
      );
    });
    expect(index.newestPublished(['article', 'later', 'undated'])).to.equal('2017-11-05');
    expect(index.newestPublished(['article'])).to.equal('2017-11-03');
    expect(index.newestPublished(['undated'])).to.be.undefined;
    expect(index.newestPublished(undefined)).to.be.undefined;
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
      'backed-by hezbollah',
      'rivals sdf',
      'fights islamic-state',
    ]);
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
