import { pairs } from './pairs.js';

/** Month names and abbreviations as news copy writes them, to month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = numbered(
  'january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|' +
  'september sept sep|october oct|november nov|december dec',
  1,
);

/**
 * Month names in Spanish, Portuguese, French, Italian and German, which English-language editions
 * of those countries' papers keep in their date lines ("12 de octubre de 2024", "3 mars 2025",
 * "12. Oktober 2024"). Apart from MONTHS: in running text "Mayo" is an Irish county.
 */
export const FOREIGN_MONTHS: ReadonlyMap<string, number> = numbered(
  'enero janeiro janvier gennaio januar|febrero fevereiro février febbraio februar|marzo março mars märz|' +
  'abril avril aprile|mayo maio mai maggio|junio junho juin giugno juni|julio julho juillet luglio juli|' +
  'agosto août|septiembre setiembre setembro septembre settembre|octubre outubro octobre ottobre oktober|' +
  'noviembre novembro novembre|diciembre dezembro décembre dicembre dezember',
  1,
);

/** Weekday names and abbreviations to 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = numbered(
  'sunday sun|monday mon|tuesday tue tues|wednesday wed|thursday thu thur thurs|friday fri|saturday sat',
  0,
);

/**
 * A Map from the names in `list`, groups joined by `|` and names in a group by spaces, to their
 * group's number, counting from `first`.
 */
function numbered(list: string, first: number): Map<string, number> {
  return new Map(list.split('|').flatMap((group, i) => group.split(' ').map((name) => [name, first + i] as const)));
}

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
export const SEASONS: ReadonlyMap<string, number> = numbered('spring|summer|autumn fall|winter', 21);
