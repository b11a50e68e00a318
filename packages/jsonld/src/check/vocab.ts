import { CLASSES, MEMBERS, PROPERTIES } from '../vocab/schemaorg.generated.js';

/** A schema.org class. */
export interface ClassInfo {
  name: string;
  supers: readonly string[];
  dataType: boolean;
  pending: boolean;
  supersededBy?: string;
}

/** A schema.org property. */
export interface PropertyInfo {
  name: string;
  domain: readonly string[];
  range: readonly string[];
  pending: boolean;
  supersededBy?: string;
}

/** An enumeration member such as `InStock`. */
export interface MemberInfo {
  name: string;
  enumerations: readonly string[];
  pending: boolean;
  supersededBy?: string;
}

/**
 * The schema.org vocabulary, decoded once from the generated table. Lookups go through Maps, so a
 * document's `__proto__` or `constructor` is simply an unknown term.
 */
export class Vocabulary {
  readonly classes = new Map<string, ClassInfo>();
  readonly properties = new Map<string, PropertyInfo>();
  readonly members = new Map<string, MemberInfo>();
  private readonly ancestorCache = new Map<string, ReadonlySet<string>>();
  private lowerCase?: Map<string, string>;

  constructor() {
    for (const line of lines(CLASSES)) {
      const { flags, fields, supersededBy } = parseLine(line);
      const [name = '', supers = ''] = fields;
      this.classes.set(name, {
        name,
        supers: split(supers),
        dataType: flags.includes('$'),
        pending: flags.includes('~'),
        ...(supersededBy ? { supersededBy } : {}),
      });
    }
    for (const line of lines(PROPERTIES)) {
      const { flags, fields, supersededBy } = parseLine(line);
      const [name = '', domain = '', range = ''] = fields;
      this.properties.set(name, {
        name,
        domain: split(domain),
        range: split(range),
        pending: flags.includes('~'),
        ...(supersededBy ? { supersededBy } : {}),
      });
    }
    for (const line of lines(MEMBERS)) {
      const { flags, fields, supersededBy } = parseLine(line);
      const [name = '', enums = ''] = fields;
      this.members.set(name, { name, enumerations: split(enums), pending: flags.includes('~'), ...(supersededBy ? { supersededBy } : {}) });
    }
  }

  /** The class and all its superclasses. Empty for an unknown class. */
  ancestors(name: string): ReadonlySet<string> {
    const cached = this.ancestorCache.get(name);
    if (cached !== undefined) return cached;
    const out = new Set<string>();
    const todo = this.classes.has(name) ? [name] : [];
    while (todo.length > 0) {
      const c = todo.pop() as string;
      if (out.has(c)) continue;
      out.add(c);
      for (const s of this.classes.get(c)?.supers ?? []) todo.push(s);
    }
    this.ancestorCache.set(name, out);
    return out;
  }

  /** True when `name` is `ancestor` or one of its subclasses. */
  isA(name: string, ancestor: string): boolean {
    return this.ancestors(name).has(ancestor);
  }

  /**
   * The term a misspelled name most likely meant: the same name in another case, or the closest
   * term within two edits. `undefined` when nothing is that close.
   */
  suggest(name: string, kind: 'class' | 'property'): string | undefined {
    // Long keys are not typos of a term, and comparing them would cost time on hostile input.
    if (name.length > 64 || name.length < 3) return undefined;
    this.lowerCase ??= new Map([...this.classes.keys(), ...this.properties.keys()].map((k) => [k.toLowerCase(), k]));
    const pool = kind === 'class' ? this.classes : this.properties;
    const sameCase = this.lowerCase.get(name.toLowerCase());
    if (sameCase !== undefined && pool.has(sameCase)) return sameCase;
    let best: string | undefined;
    let bestDistance = 3;
    for (const candidate of pool.keys()) {
      if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
      const d = editDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }
}

let shared: Vocabulary | undefined;

/** The vocabulary, decoded on first use. */
export function vocabulary(): Vocabulary {
  shared ??= new Vocabulary();
  return shared;
}

function lines(table: string): string[] {
  return table.split('\n').filter((l) => l !== '');
}

function parseLine(line: string): { flags: string; fields: string[]; supersededBy?: string } {
  const [body = '', supersededBy] = line.split('>');
  const flags = /^[~$]*/.exec(body)?.[0] ?? '';
  return { flags, fields: body.slice(flags.length).split(':'), ...(supersededBy ? { supersededBy } : {}) };
}

function split(list: string): string[] {
  return list === '' ? [] : list.split(',');
}

// Levenshtein distance, giving up (returning `limit`) once every path is at least `limit` long.
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    prev = row;
  }
  return Math.min(prev[b.length] as number, limit);
}
