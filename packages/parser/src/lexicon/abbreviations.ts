// Word lists are `|`-joined strings split once at load: smaller in the bundle (see common.ts).

/** Words written with a period that does not end a sentence (lower-case, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set((
  'mr|mrs|ms|dr|prof|st|jr|sr|gov|sen|rep|gen|col|lt|capt|sgt|adm|' +
  'maj|cmdr|rev|hon|pres|supt|insp|det|fr|mt|ft|no|nos|vol|fig|approx|engr|atty|ma|sta|sto|' +
  'inc|co|corp|ltd|bros|dept|univ|assn|est|vs|etc|cf|ie|eg|al|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
  'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|' +
  'mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo'
).split('|'));
