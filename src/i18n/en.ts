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
  /** The words around who says so, before and after the name: "According to the Syrian army". */
  accordingTo: ['According to ', ''] as readonly [before: string, after: string],
  /** Between a named speaker's name and role: "Abbas al-Ubaidi, a military chief of staff". */
  nameAndRole: ', ',
  /** Beside competing claims for one place and date, shown side by side. */
  claimsDiffer: 'The accounts differ; each is shown with who gives it.',
};

export type SharedStrings = typeof en;
