/**
 * The answer kept under `key` in `answers`, made once with `make`. A page of many widgets asks
 * the same few questions over and over (a formatter, a formatted date, a colour's contrast);
 * past `limit` answers the map starts again, so odd inputs cannot grow it without end.
 */
export function memo<T>(answers: Map<string, T>, key: string, make: () => T, limit = 10_000): T {
  let answer = answers.get(key);
  if (answer === undefined) {
    if (answers.size >= limit) answers.clear();
    answers.set(key, (answer = make()));
  }
  return answer;
}
