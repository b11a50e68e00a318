/** Index of the last entry whose `start` is at or before `offset` in a list sorted by `start` (-1 when none). */
export function lastAtOrBefore<T extends { start: number }>(list: readonly T[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Every match of the global regex `re` in `text`, the same as `[...text.matchAll(re)]`.
 * (matchAll copies the regex on each call, and for the large money and date patterns, run over
 * every paragraph, the copy cost two to five times the search itself.)
 * @param re - a regex with the `g` flag that cannot match the empty string (the loop would not
 *   move on from an empty match); its `lastIndex` is 0 again on return
 * @param text - the text to search
 * @example execAll(/\d+/g, 'a 1 b 22').map((m) => m[0]) // ['1', '22']
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  return out;
}
