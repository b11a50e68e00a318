/**
 * Month names and abbreviations as news copy writes them, to month number (1–12): each name, its
 * first three letters ("jan"), and "sept".
 */
export const MONTHS: ReadonlyMap<string, number> = withShortForms(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  1,
  [['sept', 9]],
);

/**
 * Weekday names and abbreviations to 0 (Sunday) … 6 (Saturday): each name, its first three
 * letters ("tue"), and "tues", "thur", "thurs".
 */
export const WEEKDAYS: ReadonlyMap<string, number> = withShortForms(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  0,
  [['tues', 2], ['thur', 4], ['thurs', 4]],
);

// Names numbered in order from `first`, each also by its first three letters, and other short forms.
function withShortForms(names: readonly string[], first: number, others: [string, number][]): ReadonlyMap<string, number> {
  const map = new Map(others);
  names.forEach((name, i) => map.set(name, first + i).set(name.slice(0, 3), first + i));
  return map;
}

/**
 * Time-zone abbreviations seen in datelines and timestamps, as UTC offsets. `null` marks the US
 * generic zones (ET, CT, MT, PT) whose offset depends on daylight saving time on that date.
 */
export const ZONES: ReadonlyMap<string, string | null> = new Map([
  ['utc', '+00:00'], ['gmt', '+00:00'], ['z', '+00:00'],
  ['bst', '+01:00'], ['ist', '+05:30'], ['cet', '+01:00'], ['cest', '+02:00'],
  ['eet', '+02:00'], ['eest', '+03:00'], ['msk', '+03:00'], ['jst', '+09:00'], ['kst', '+09:00'],
  ['aest', '+10:00'], ['aedt', '+11:00'], ['nzst', '+12:00'], ['nzdt', '+13:00'],
  ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'],
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
