import { describe, expect, it } from 'vitest';
import { isoWeek, resolveSeason, resolveUnit, seasonOfYear } from '../src/lib/periods.js';
import { parseArticle } from '../src/index.js';

describe('relative periods', () => {
  it('should read "last spring" in autumn as the spring just gone', () => {
    expect(resolveSeason('spring', 'last', '2025-11-04')).toBe('2025-21');
  });
  it('should read "last spring" in spring as the previous year\'s', () => {
    expect(resolveSeason('spring', 'last', '2025-04-10')).toBe('2024-21');
  });
  it('should read "this winter" in January as the winter in progress, labelled by its December', () => {
    expect(resolveSeason('winter', 'this', '2026-01-15')).toBe('2025-24');
  });
  it('should read "this spring" in January as the coming spring', () => {
    expect(resolveSeason('spring', 'this', '2026-01-15')).toBe('2026-21');
  });
  it('should read "next summer" in summer as the following year\'s', () => {
    expect(resolveSeason('summer', 'next', '2025-07-01')).toBe('2026-22');
  });
  it('should treat fall as autumn', () => {
    expect(resolveSeason('fall', 'last', '2025-03-01')).toBe('2024-23');
  });
  it('should code a season of a given year', () => {
    expect(seasonOfYear('Summer', 2023)).toBe('2023-22');
  });
  it('should step months across a year boundary', () => {
    expect(resolveUnit('month', 'last', '2025-01-20')).toBe('2024-12');
    expect(resolveUnit('month', 'next', '2025-12-20')).toBe('2026-01');
  });
  it('should give ISO weeks whose year is their Thursday\'s', () => {
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(resolveUnit('week', 'last', '2025-03-12')).toBe('2025-W10');
  });
  it('should resolve relative periods in the body against the publication date', () => {
    const a = parseArticle('Council approves the budget\n\nMarch 3, 2025\n\nThe plan was first floated last spring and will be voted on next month, the council said this week.');
    const dates = a.entities.filter((e) => e.type === 'date').map((e) => [e.name, e.value?.iso]);
    expect(dates).toEqual(expect.arrayContaining([['last spring', '2024-21'], ['next month', '2025-04'], ['this week', '2025-W10']]));
  });
});
