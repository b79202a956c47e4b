/**
 * Valid bundles of any size, for measuring how cost grows with a topic: `actors` actors and as
 * many places, control snapshots and quotes, a crossing per ten actors, each actor with three
 * relations. Deterministic, so that runs compare.
 */
export function generatedBundle(actors) {
  const id = (kind, index) => `${kind}-${index}`;
  const bundle = {
    meta: { id: `generated-${actors}`, title: `Generated topic with ${actors} actors`, language: 'en', updated: '2017-11-03' },
    sources: [{ id: 'source-0', name: 'Generated source', published: '2017-11-03' }],
    actors: [],
    places: [],
    control: [],
    quotes: [],
    crossings: [],
  };
  for (let index = 0; index < actors; index++) {
    bundle.actors.push({
      id: id('actor', index),
      name: { en: `Actor number ${index}`, ar: `الفاعل رقم ${index}` },
      kind: ['state', 'militia', 'armed-group', 'coalition'][index % 4],
      color: `#${((index * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}`,
      summary: `A generated actor, the ${index}th of ${actors}, with a summary of ordinary length for a news topic.`,
      relations: [1, 2, 3]
        .map((step) => (index + step) % actors)
        .filter((other) => other !== index)
        .map((other, n) => ({ type: ['backs', 'fights', 'allied-with'][n], actor: id('actor', other) })),
      goals: ['Holding its ground.'],
      sources: ['source-0'],
    });
    bundle.places.push({ id: id('place', index), name: `Place ${index}`, kind: 'town', country: 'SY' });
    bundle.control.push({
      id: id('snapshot', index),
      place: id('place', index),
      asOf: '2017-11-03',
      shares: [{ actor: id('actor', index), share: 0.5, approximate: true }],
      remainder: 'unknown',
      sources: ['source-0'],
    });
    bundle.quotes.push({
      id: id('quote', index),
      text: `Generated words number ${index}, said about the fighting near place ${index}.`,
      language: 'en',
      kind: index % 2 ? 'direct' : 'paraphrase',
      speaker: { name: `Speaker ${index}`, actor: id('actor', index) },
      said: '2017-11-03',
      sources: ['source-0'],
    });
    if (index % 10 === 0) {
      bundle.crossings.push({
        id: id('crossing', index),
        name: `Crossing ${index}`,
        sides: [
          { country: 'SY', place: id('place', index), controlledBy: id('actor', index) },
          { country: 'IQ', controlledBy: null },
        ],
        status: 'contested',
        asOf: '2017-11-03',
        sources: ['source-0'],
      });
    }
  }
  return bundle;
}
