import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonLd, toScriptTag } from '@newsmark/jsonld';
import { checkJsonLd } from '@newsmark/jsonld/check';
import { parseArticle } from '@newsmark/parser';
import { parse as parseHtml } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES, newsmark, removeTempDirs, tempDir } from './helpers.js';

const portStrike = readFileSync(join(ARTICLES, 'port-strike.txt'), 'utf8');
const budget = readFileSync(join(ARTICLES, 'council', 'budget.txt'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Every file under `dir`, as sorted relative paths. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

/** A directory with one good article and the given extra files. */
function inputDir(extra: Record<string, string | Buffer>): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), portStrike);
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

afterAll(removeTempDirs);

// Each test spawns the built CLI, a fresh Node process: allow for a slow, busy machine.
const SPAWN_TIMEOUT = { timeout: 30_000 };

describe('newsmark help and version', SPAWN_TIMEOUT, () => {
  it('should list both commands with examples for --help', async () => {
    const r = await newsmark(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+parse\b/m);
    expect(r.stdout).toMatch(/^\s+check\b/m);
    expect(r.stdout).toContain('$ newsmark parse');
  });

  it('should show parse options, exit codes and examples for parse --help', async () => {
    const r = await newsmark(['parse', '--help']);
    expect(r.code).toBe(0);
    for (const option of ['--format', '--out', '--concurrency', '--max-length']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('$ newsmark parse article.txt --format jsonld');
  });

  it('should show check usage and examples for help check', async () => {
    const r = await newsmark(['help', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: newsmark check');
    expect(r.stdout).toContain('$ newsmark check');
  });

  it('should print the version from package.json for --version', async () => {
    const r = await newsmark(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(packageVersion);
  });

  it('should exit 2 with a message for an unknown format', async () => {
    const r = await newsmark(['parse', 'port-strike.txt', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xml');
    expect(r.stdout).toBe('');
  });

  it('should exit 2 when parse is given no inputs', async () => {
    const r = await newsmark(['parse']);
    expect(r.code).toBe(2);
  });
});

describe('newsmark parse', SPAWN_TIMEOUT, () => {
  it('should print the Article parseArticle returns for a file', async () => {
    const r = await newsmark(['parse', 'port-strike.txt']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(parseArticle(portStrike));
  });

  it('should print toJsonLd of the article for --format jsonld', async () => {
    const r = await newsmark(['parse', 'port-strike.txt', '--format', 'jsonld']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(toJsonLd(parseArticle(portStrike)));
  });

  it('should print a page with the JSON-LD script tag in <head> for --format html', async () => {
    const r = await newsmark(['parse', 'port-strike.txt', '--format', 'html']);
    expect(r.code).toBe(0);
    const head = r.stdout.slice(r.stdout.indexOf('<head>'), r.stdout.indexOf('</head>'));
    expect(head).toContain(toScriptTag(toJsonLd(parseArticle(portStrike))));
    expect(parseHtml(r.stdout).childNodes.length).toBeGreaterThan(0);
  });

  it('should print one {"id","article"} line per article for --format ndjson', async () => {
    const r = await newsmark(['parse', 'port-strike.txt', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ id: 'port-strike.txt', article: parseArticle(portStrike) });
  });

  it('should print a summary of files, articles, quotes, entities and errors on stderr', async () => {
    const r = await newsmark(['parse', 'port-strike.txt']);
    const article = parseArticle(portStrike);
    expect(r.stderr).toContain(`1 file, 1 article, ${article.quotes.length} quote`);
    expect(r.stderr).toMatch(new RegExp(`${article.entities.length} entit(y|ies), 0 errors in \\d+\\.\\d+ s`));
  });

  it('should draw no progress bar when stderr is not a terminal', async () => {
    const r = await newsmark(['parse', '.', '--format', 'jsonld']);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\x1b[');
  });

  it('should write NAME.json per NAME.txt into --out, mirroring sub-folders', async () => {
    const out = tempDir();
    const r = await newsmark(['parse', '.', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(listFiles(out)).toEqual(['council/budget.json', 'port-strike.json']);
    expect(JSON.parse(readFileSync(join(out, 'council', 'budget.json'), 'utf8'))).toEqual(parseArticle(budget));
  });

  it('should write .jsonld files for --format jsonld --out', async () => {
    const out = tempDir();
    const r = await newsmark(['parse', 'port-strike.txt', 'council/budget.txt', '--format', 'jsonld', '--out', out]);
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['budget.jsonld', 'port-strike.jsonld']);
    expect(JSON.parse(readFileSync(join(out, 'budget.jsonld'), 'utf8'))).toEqual(toJsonLd(parseArticle(budget)));
  });

  it('should write .html pages for --format html --out', async () => {
    const out = tempDir();
    const r = await newsmark(['parse', '.', '--format', 'html', '--out', out]);
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['council/budget.html', 'port-strike.html']);
    expect(readFileSync(join(out, 'port-strike.html'), 'utf8')).toContain(toScriptTag(toJsonLd(parseArticle(portStrike))));
  });

  it('should pass --base-url, --publisher and --language to toJsonLd, with BASE/NAME.html as the page URL', async () => {
    const r = await newsmark(['parse', 'council/budget.txt', '--format', 'jsonld', '--base-url', 'https://example.com/news', '--publisher', 'Example News', '--language', 'en']);
    expect(r.code).toBe(0);
    const options = { url: 'https://example.com/news/budget.html', idBase: 'https://example.com/news/', publisher: { name: 'Example News' }, language: 'en' };
    expect(JSON.parse(r.stdout)).toEqual(toJsonLd(parseArticle(budget), options));
  });

  it('should exit 2 for a --base-url that is not an absolute URL', async () => {
    const r = await newsmark(['parse', 'port-strike.txt', '--base-url', 'news/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('absolute URL');
  });

  it('should expand a quoted glob itself', async () => {
    const out = tempDir();
    const r = await newsmark(['parse', '**/*.txt', '--out', out]);
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['council/budget.json', 'port-strike.json']);
  });

  it('should read article text from stdin for -', async () => {
    const r = await newsmark(['parse', '-', '--format', 'jsonld'], { input: portStrike });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(toJsonLd(parseArticle(portStrike)));
  });

  it('should turn NDJSON on stdin into one line per record, in order, with the ids given', async () => {
    const input = `${JSON.stringify({ id: 'a', text: portStrike })}\n${JSON.stringify({ id: 7, text: budget })}\n`;
    const r = await newsmark(['parse', '-', '--format', 'jsonld'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { id: 'a', jsonld: toJsonLd(parseArticle(portStrike)) },
      { id: '7', jsonld: toJsonLd(parseArticle(budget)) },
    ]);
  });

  it('should keep input order and every record when the worker pool runs', async () => {
    const dir = tempDir();
    const texts = [portStrike, budget];
    const records = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `r${i}`, text: texts[i % 2] }));
    writeFileSync(join(dir, 'batch.ndjson'), `${records.join('\n')}\n`);
    const r = await newsmark(['parse', 'batch.ndjson', '--concurrency', '2'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; article: unknown });
    expect(lines.map((l) => l.id)).toEqual(records.map((_, i) => `r${i}`));
    expect(lines[149]!.article).toEqual(parseArticle(budget));
  });

  it('should report bad NDJSON lines by line number and still output the good ones', async () => {
    const input = ['{"id":"ok1","text":"Ms Doe said: “We are back.”"}', 'not json', '{"id":"no-text"}', '{"id":"ok2","text":"Hello."}'].join('\n');
    const r = await newsmark(['parse', '-'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['ok1', 'ok2']);
    expect(r.stderr).toMatch(/stdin:2: invalid JSON/);
    expect(r.stderr).toMatch(/stdin:3: no "text" string/);
  });

  it('should write NDJSON input to NAME.<format>.ndjson in --out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.ndjson'), `${JSON.stringify({ id: 'x', text: budget })}\n`);
    const out = join(dir, 'out');
    const r = await newsmark(['parse', 'feed.ndjson', '--format', 'jsonld', '--out', out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['feed.jsonld.ndjson']);
    expect(JSON.parse(readFileSync(join(out, 'feed.jsonld.ndjson'), 'utf8'))).toEqual({ id: 'x', jsonld: toJsonLd(parseArticle(budget)) });
  });

  it('should report a missing file by name, exit 1 and still write the other outputs', async () => {
    const dir = inputDir({});
    const out = join(dir, 'out');
    const r = await newsmark(['parse', 'good.txt', 'missing.txt', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt: unreadable: no such file or directory');
    expect(listFiles(out)).toEqual(['good.json']);
  });

  it('should report a dangling symlink as unreadable and go on', async () => {
    const dir = inputDir({});
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'link.txt'));
    const out = join(dir, 'out');
    const r = await newsmark(['parse', 'link.txt', 'good.txt', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/link\.txt: unreadable/);
    expect(listFiles(out)).toEqual(['good.json']);
  });

  it('should report a file with NUL bytes as binary, exit 1 and still write the other outputs', async () => {
    const dir = inputDir({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const out = join(dir, 'out');
    const r = await newsmark(['parse', '.', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/image\.txt: binary file/);
    expect(listFiles(out)).toEqual(['good.json']);
  });

  it('should report a file that is not valid UTF-8, exit 1 and still write the other outputs', async () => {
    const dir = inputDir({ 'latin1.txt': Buffer.from('Caf\xe9 owners said prices rose.', 'latin1') });
    const out = join(dir, 'out');
    const r = await newsmark(['parse', '.', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(listFiles(out)).toEqual(['good.json']);
  });

  it('should report an empty file, exit 1 and still write the other outputs', async () => {
    const dir = inputDir({ 'empty.txt': '', 'blank.txt': ' \n\n \t\n' });
    const out = join(dir, 'out');
    const r = await newsmark(['parse', '.', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/blank\.txt: empty file/);
    expect(listFiles(out)).toEqual(['good.json']);
  });

  it('should report a file over --max-length, exit 1 and still write the other outputs', async () => {
    const dir = inputDir({ 'long.txt': `${portStrike}\n\n${'More words here. '.repeat(400)}` });
    const out = join(dir, 'out');
    const r = await newsmark(['parse', '.', '--out', out, '--max-length', String(portStrike.length + 10)], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/long\.txt: over the size limit/);
    expect(listFiles(out)).toEqual(['good.json']);
  });

  it('should count each failed input in the summary', async () => {
    const dir = inputDir({ 'empty.txt': '', 'nul.txt': 'a\0b' });
    const r = await newsmark(['parse', '.', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3 files, 1 article, .* 2 errors/);
  });

  it('should leave no temporary files in the output directory', async () => {
    const out = tempDir();
    await newsmark(['parse', '.', '--format', 'html', '--out', out]);
    expect(listFiles(out).filter((f) => f.endsWith('.tmp') || f.split('/').pop()!.startsWith('.'))).toEqual([]);
  });
});

describe('newsmark check', SPAWN_TIMEOUT, () => {
  it('should pass a .jsonld file that newsmark wrote', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.jsonld'), JSON.stringify(toJsonLd(parseArticle(portStrike))));
    const r = await newsmark(['check', 'good.jsonld'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/good\.jsonld\n\s+ok/);
  });

  it('should fail a .jsonld file that is not JSON, naming it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.jsonld'), '{"@context": "https://schema.org", "@type": ');
    const r = await newsmark(['check', 'broken.jsonld'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\.jsonld\n[\s\S]*not valid JSON/);
  });

  it('should fail JSON-LD the checker finds errors in, printing each issue', async () => {
    const dir = tempDir();
    const broken = { '@context': 'https://schema.org', '@type': 'NewsArticle', headlin: 'Port strike ends', datePublished: 'last Monday' };
    const errors = checkJsonLd(broken).filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'wrong.jsonld'), JSON.stringify(broken));
    const r = await newsmark(['check', 'wrong.jsonld'], { cwd: dir });
    expect(r.code).toBe(1);
    for (const issue of errors) expect(r.stdout).toContain(issue.message);
  });

  it('should check every JSON-LD script of an HTML page and name the broken one', async () => {
    const dir = tempDir();
    const good = toScriptTag(toJsonLd(parseArticle(portStrike)));
    const page = `<!doctype html>\n<html><head>\n${good}\n</head><body>\n<script type="application/ld+json">{"@type": </script>\n</body></html>\n`;
    writeFileSync(join(dir, 'page.html'), page);
    const r = await newsmark(['check', 'page.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/script 1 \(line 3\): ok\b/);
    expect(r.stdout).toMatch(/script 2 \(line 5\): 1 error/);
    expect(r.stderr).toContain('1 file, 2 documents, 1 error');
  });

  it('should pass a page whose two JSON-LD scripts are both valid', async () => {
    const dir = tempDir();
    const a = toScriptTag(toJsonLd(parseArticle(portStrike)));
    const b = toScriptTag(toJsonLd(parseArticle(budget)));
    writeFileSync(join(dir, 'page.html'), `<!doctype html><html><head>${a}${b}</head><body></body></html>`);
    const r = await newsmark(['check', 'page.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/: ok/g)).toHaveLength(2);
  });

  it('should fail an HTML page without JSON-LD', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain.html'), '<!doctype html><title>x</title><script>var a = 1;</script>');
    const r = await newsmark(['check', 'plain.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no <script type="application/ld+json">');
  });

  it('should check the pages parse --format html wrote', async () => {
    const out = tempDir();
    await newsmark(['parse', '.', '--format', 'html', '--out', out]);
    const r = await newsmark(['check', out]);
    expect(r.stderr).toContain('2 files, 2 documents, 0 errors');
    expect(r.code).toBe(0);
  });

  it('should validate a newsmark Article .json file against the schema', async () => {
    const dir = tempDir();
    const article = parseArticle(portStrike);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...article, quotes: 'none' }));
    const r = await newsmark(['check', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+\/quotes /);
  });

  it('should report a missing file and still check the others', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'good.jsonld'), JSON.stringify(toJsonLd(parseArticle(budget))));
    const r = await newsmark(['check', 'missing.jsonld', 'sub'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('missing.jsonld');
    expect(r.stdout).toMatch(/sub\/good\.jsonld\n\s+ok/);
    expect(existsSync(join(dir, 'missing.jsonld'))).toBe(false);
  });
});
