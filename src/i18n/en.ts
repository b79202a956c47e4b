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
  /** "early 2017", "mid-July 2017", "late 2017": a part of the formatted year or month. */
  datePart: {
    early: (period: string) => `early ${period}`,
    mid: (period: string) => `mid-${period}`,
    late: (period: string) => `late ${period}`,
  },
  /** An approximate date: "around June 2016". */
  aroundDate: (date: string) => `around ${date}`,
  /** After text the bundle marks as a translation. */
  translated: 'translated',
  /** Where the source does not give a value. */
  notGiven: 'not given',
  /** Says a topic is made up (an example or a test), from `meta.fictional`. */
  fictional: 'Fictional example',
  /** Between sources in a source line: a headline may hold commas. */
  sourceSeparator: '; ',
  /** "Reuters via The Daily Example": an agency's story as an outlet carried it. */
  via: (outlet: string, carrier: string) => `${outlet} via ${carrier}`,
  /** The same words around the two names, for markup: before, between, after. */
  viaParts: ['', ' via ', ''] as readonly [before: string, between: string, after: string],
  /** After "According to X" and before what X says: "According to aid workers: About 200 troops crossed." */
  claimSeparator: ': ',
  /** The button and panel beside a fact that show the words of its source. */
  whatTheSourceSays: 'What the source says',
  /** Between the parts of a caption: "Reuters, Headline, 3 November 2017". */
  listSeparator: ', ',
};

export type SharedStrings = typeof en;
