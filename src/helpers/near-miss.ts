import { quoted } from './json-value.js';

/** Above this many candidates a suggestion is not worth the time it takes. */
const MAX_CANDIDATES = 5000;

/** Edit distance with transpositions, so "sfd" is one step from "sdf". */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The ids an editor probably meant when they wrote `wanted`: close in spelling, or one inside
 * the other ("deir-al-zour" for "deir-al-zour-province"). Best first, at most `limit`.
 */
export function nearMisses(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const all = [...candidates];
  if (all.length > MAX_CANDIDATES || wanted.length > 100) return [];
  const needle = wanted.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const candidate of all) {
    const hay = candidate.toLowerCase();
    if (hay.length > 100) continue;
    const distance = editDistance(needle, hay);
    const allowed = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    if (distance <= allowed) scored.push([candidate, distance]);
    else if (needle.length >= 3 && (hay.includes(needle) || needle.includes(hay))) scored.push([candidate, allowed + 1]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([candidate]) => candidate);
}

/** `the bundle has "a", "b" and 12 more`, or `there are none in the bundle`. */
export function listIds(candidates: readonly string[]): string {
  if (candidates.length === 0) return 'there are none in the bundle';
  // A broken bundle can carry an "id" of any length; a message names at most its start.
  const shown = candidates.slice(0, 8).map(quoted).join(', ');
  return `the bundle has ${shown}${candidates.length > 8 ? ` and ${candidates.length - 8} more` : ''}`;
}

/** `did you mean "sdf"?`, or the ids there are when nothing is close; for editor messages. */
export function suggestIds(wanted: string, candidates: readonly string[]): string {
  const close = nearMisses(wanted, candidates);
  return close.length > 0 ? `did you mean ${close.map((id) => `"${id}"`).join(' or ')}?` : listIds(candidates);
}
