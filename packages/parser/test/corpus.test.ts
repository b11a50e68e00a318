// Accuracy over the project's own evaluation corpus (eval/articles + eval/gold, original texts).
// The same metric as ../shared/eval/score.mjs, reduced to what guards against regressions:
// quotes matched by token F1 ≥ 0.6, speakers by alias, entities by name or mention.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '@newsmark/schema';
import { parseArticle } from '../src/index.js';

const root = new URL('../../../eval/', import.meta.url);
const names = readdirSync(new URL('gold/', root)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

interface Gold {
  headline: string | null;
  datePublished: string;
  authors: string[];
  authorsOptional?: string[];
  quotes: { text: string; speaker: string[] }[];
  optionalQuotes?: { text: string }[];
  people: string[][];
  organizations: string[][];
  places: string[][];
  optionalEntities?: string[];
  money?: string[];
  boilerplate?: string[];
}

const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[‘’ʼ`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, '').replace(/\s+/g, ' ');
const tokens = (s: string) => norm(s).replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(' ').filter(Boolean);
function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function score(a: Article, g: Gold) {
  const names = (id: string | undefined) => {
    const e = a.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.mentions.map((m) => m.text)] : [];
  };
  const pred = a.quotes.filter((q) => q.kind !== 'scare' && q.kind !== 'nested');
  const pairs: [number, number, number][] = [];
  g.quotes.forEach((gq, gi) => pred.forEach((pq, pi) => {
    const f = tokenF1(pq.text, gq.text);
    if (f >= 0.6) pairs.push([f, gi, pi]);
  }));
  pairs.sort((x, y) => y[0] - x[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  let speakerOk = 0;
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    if (names(pred[pi]!.speakerId).some((n) => g.quotes[gi]!.speaker.some((s) => norm(s) === norm(n)))) speakerOk++;
  }
  const optional = g.optionalQuotes ?? [];
  const fp = pred.filter((q, pi) => !pUsed.has(pi) && !optional.some((o) => tokenF1(q.text, o.text) >= 0.6)).length;
  let etp = 0;
  let efp = 0;
  let efn = 0;
  const optionalNames = (g.optionalEntities ?? []).map(norm);
  const all = [...g.people, ...g.organizations, ...g.places];
  for (const [type, gold] of [['person', g.people], ['organization', g.organizations], ['place', g.places]] as const) {
    const hit = new Set<number>();
    for (const e of a.entities.filter((x) => x.type === type)) {
      const en = [e.name, ...e.mentions.map((m) => m.text)].map(norm);
      const gi = gold.findIndex((al) => al.some((x) => en.includes(norm(x))));
      if (gi >= 0) hit.add(gi);
      else if (!en.some((n) => optionalNames.includes(n)) || all.some((al) => al.some((x) => en.includes(norm(x))))) efp++;
    }
    etp += hit.size;
    efn += gold.length - hit.size;
  }
  const money = a.entities.filter((e) => e.type === 'money').flatMap((e) => [e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)].map((t) => norm(t).replace(/\s/g, '')));
  const moneyHit = (g.money ?? []).filter((m) => money.includes(norm(m).replace(/\s/g, ''))).length;
  return { tp: gUsed.size, fp, fn: g.quotes.length - gUsed.size, speakerOk, etp, efp, efn, moneyHit, moneyTotal: (g.money ?? []).length };
}

describe('evaluation corpus', () => {
  const results = names.map((name) => {
    const text = readFileSync(new URL(`articles/${name}.txt`, root), 'utf8');
    const gold = JSON.parse(readFileSync(new URL(`gold/${name}.json`, root), 'utf8')) as Gold;
    return { name, article: parseArticle(text), gold };
  });
  const totals = results.map((r) => score(r.article, r.gold)).reduce((t, s) => {
    for (const k of Object.keys(s) as (keyof typeof s)[]) t[k] += s[k];
    return t;
  });

  it('should hold at least a dozen articles', () => {
    expect(results.length).toBeGreaterThanOrEqual(12);
  });

  it('should find quotes with F1 of at least 0.95', () => {
    expect(f1(totals.tp, totals.fp, totals.fn)).toBeGreaterThanOrEqual(0.95);
  });

  // Thresholds sit just under today's figures (attributed 0.91, entities 0.89): the corpus holds nine
  // held-out sets written blind (eval/README.md), so these guard against regressions only.
  it('should attribute quotes to the right speaker with F1 of at least 0.90', () => {
    const p = totals.speakerOk / Math.max(1, totals.tp + totals.fp);
    const r = totals.speakerOk / Math.max(1, totals.tp + totals.fn);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.9);
  });

  it('should find people, organizations and places with F1 of at least 0.87', () => {
    expect(f1(totals.etp, totals.efp, totals.efn)).toBeGreaterThanOrEqual(0.87);
  });

  it('should find at least 95% of money amounts', () => {
    expect(totals.moneyHit / totals.moneyTotal).toBeGreaterThanOrEqual(0.95);
  });

  it('should never give two entities the same mention span (SPEC.md, content model)', () => {
    const shared = results.flatMap(({ name, article }) => {
      const seen = new Map<string, string>();
      return article.entities.flatMap((e) => e.mentions.flatMap((m) => {
        const key = `${m.span.start}:${m.span.end}`;
        const other = seen.get(key);
        seen.set(key, e.id);
        return other !== undefined && other !== e.id ? [`${name}: ${m.text} (${other}, ${e.id})`] : [];
      }));
    });
    expect(shared).toEqual([]);
  });

  for (const { name, article, gold } of results) {
    it(`should read the date, authors and headline of ${name}`, () => {
      expect(article.datePublished?.slice(0, 10) ?? '').toBe(gold.datePublished);
      const optional = (gold.authorsOptional ?? []).map(norm);
      expect(article.authors.map((x) => norm(x.name)).filter((n) => !optional.includes(n)).sort()).toEqual(gold.authors.map(norm).sort());
      if (gold.headline !== null) expect(article.headline).toBe(gold.headline);
    });
    it(`should leave none of the boilerplate of ${name} in the body`, () => {
      const body = norm(article.body.map((b) => b.text).join('\n'));
      expect((gold.boilerplate ?? []).filter((b) => body.includes(norm(b).slice(0, 40)))).toEqual([]);
    });
  }
});
