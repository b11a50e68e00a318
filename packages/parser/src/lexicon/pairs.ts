/**
 * The entries of a `|`-joined list of `key=value` pairs, for a Map: `'mr=m|mrs=f'` →
 * `[['mr', 'm'], ['mrs', 'f']]`. A string is smaller in the bundle than an array of pairs (128
 * bytes gzipped over the lexicon's maps, measured). Values are typed `V` on the list's word.
 */
export function pairs<V extends string = string>(list: string): [string, V][] {
  return list.split('|').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1) as V];
  });
}
