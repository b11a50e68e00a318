// Identifiers for graph nodes: readable, deterministic, and safe inside an IRI fragment.

/**
 * A lower-case, hyphenated form of a name for use in an `@id`: `"Nicolás Maduro"` →
 * `"nicolas-maduro"`. Letters outside Latin are kept and percent-encoded, so a name in any script
 * still gets a distinct id; a name with no letters or digits at all becomes `"unnamed"`.
 */
export function slugify(name: string): string {
  const folded = name
    .normalize('NFKD')
    // Combining marks left by NFKD: "é" → "e".
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  // Trim the dashes left at either end (by index: a regex here would backtrack on long dash runs).
  let start = 0;
  let end = folded.length;
  while (start < end && folded[start] === '-') start++;
  while (end > start && folded[end - 1] === '-') end--;
  const slug = folded.slice(start, end);
  return slug === '' ? 'unnamed' : encodeURIComponent(slug);
}

/** Hands out slugs, adding `-2`, `-3`, … when two different keys would share one. */
export class SlugRegistry {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The slug for `key` (made from `name` the first time the key is seen). */
  slugFor(key: string, name: string): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const base = slugify(name);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    this.byKey.set(key, slug);
    return slug;
  }
}
