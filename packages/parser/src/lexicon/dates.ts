import { pairs } from './pairs.js';

/** Month names and abbreviations as news copy writes them, to month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names and abbreviations to 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0],
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
]);

/**
 * Time-zone abbreviations seen in datelines and timestamps, as UTC offsets. `null` marks the US
 * generic zones (ET, CT, MT, PT) whose offset depends on daylight saving time on that date.
 */
export const ZONES: ReadonlyMap<string, string | null> = new Map([
  ...pairs(
    'utc=+00:00|gmt=+00:00|z=+00:00|' +
    'bst=+01:00|ist=+05:30|cet=+01:00|cest=+02:00|' +
    'eet=+02:00|eest=+03:00|msk=+03:00|jst=+09:00|kst=+09:00|' +
    'aest=+10:00|aedt=+11:00|nzst=+12:00|nzdt=+13:00|' +
    'est=-05:00|edt=-04:00|cst=-06:00|cdt=-05:00|' +
    'mst=-07:00|mdt=-06:00|pst=-08:00|pdt=-07:00'
  ),
  ['et', null], ['ct', null], ['mt', null], ['pt', null],
]);

/** Standard-time offsets (hours) of the US generic zones. */
export const US_GENERIC_ZONES: ReadonlyMap<string, number> = new Map([
  ['et', -5], ['ct', -6], ['mt', -7], ['pt', -8],
]);

/**
 * Seasons (northern-hemisphere meteorological: spring is March to May) to their ISO 8601-2 code
 * ("2024-21" is spring 2024). Winter is labelled by the year its December falls in.
 */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 21], ['summer', 22], ['autumn', 23], ['fall', 23], ['winter', 24],
]);
