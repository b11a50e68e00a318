// Calendar periods named relative to the publication date: "last spring", "this year",
// "next month", "last week", and seasons with a year ("the summer of 2023").
import { SEASONS } from '../lexicon/dates.js';
import { addDays, pad, weekdayOf } from './dates.js';

/** Which occurrence of a period a phrase names, relative to the reference date. */
export type Relation = 'last' | 'this' | 'next';

// Seasons counted in quarters from year 0 (spring 0, summer 1, autumn 2, winter 3). Winter starts
// in December, so January and February belong to the previous year's winter.
function seasonIndex(year: number, month: number): number {
  return (month <= 2 ? year - 1 : year) * 4 + Math.floor(((month + 9) % 12) / 3);
}

function seasonIso(index: number): string {
  return `${Math.floor(index / 4)}-${21 + (index % 4)}`;
}

/**
 * ISO 8601-2 code of the season a phrase names: "last spring" is the latest spring that has
 * already ended by the reference date, "next spring" the first that has not begun, "this spring"
 * the one in progress or else the one in the reference's calendar year.
 */
export function resolveSeason(season: string, relation: Relation, reference: string): string | undefined {
  const code = SEASONS.get(season.toLowerCase());
  if (!code) return undefined;
  const year = Number(reference.slice(0, 4));
  const now = seasonIndex(year, Number(reference.slice(5, 7)));
  const slot = code - 21;
  let target = now % 4 === slot ? now : year * 4 + slot;
  if (relation === 'last') while (target >= now) target -= 4;
  else if (relation === 'next') while (target <= now) target += 4;
  return seasonIso(target);
}

/** ISO 8601-2 code of a season in a given year ("summer", 2023 → "2023-22"). */
export function seasonOfYear(season: string, year: number): string | undefined {
  const code = SEASONS.get(season.toLowerCase());
  return code ? `${year}-${code}` : undefined;
}

/** `YYYY-Www` of the ISO week containing a `YYYY-MM-DD` date. */
export function isoWeek(iso: string): string {
  // The Thursday of the same ISO week decides its year.
  const thursday = addDays(iso, 3 - ((weekdayOf(iso) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.UTC(year, Number(thursday.slice(5, 7)) - 1, Number(thursday.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** ISO value of "last/this/next year|month|week" against a `YYYY-MM-DD` reference. */
export function resolveUnit(unit: string, relation: Relation, reference: string): string | undefined {
  const step = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7));
  switch (unit.toLowerCase()) {
    case 'year':
      return String(year + step);
    case 'month': {
      const m = year * 12 + month - 1 + step;
      return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
    }
    case 'week':
      return isoWeek(addDays(reference.slice(0, 10), 7 * step));
    default:
      return undefined;
  }
}
