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
