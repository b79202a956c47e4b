/**
 * Interface strings shared by every element, in English. Facts never live here: names, notes
 * and quotes come from the bundle. Element-specific strings sit beside each element.
 */
export const en = {
  loading: 'Loading…',
  unknown: 'unknown',
  source: 'Source',
  sources: 'Sources',
  asOf: 'as of',
  approximately: (value: string) => `about ${value}`,
  detailsForEditors: 'Details for editors',
  couldNotLoad: 'This graphic could not load its data.',
  notFound: (id: string) => `This graphic has nothing to show for “${id}”.`,
  nothingChosen: 'This graphic has not been told what to show.',
  stale: 'Could not refresh; showing the data last received,',
};

export type SharedStrings = typeof en;
