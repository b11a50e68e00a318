#!/usr/bin/env node
// End-to-end test of the built page (run `vite build` first): serves dist/ with `vite preview`,
// opens it in headless Chromium through playwright-core, pastes an article, clicks the button and
// checks what the page shows against what the same libraries give in Node.
//
// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH); Playwright never downloads one.
// When it is missing the test is skipped with a message, unless NEWSMARK_E2E=required (CI sets it),
// which makes a missing browser a failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonLd } from '@newsmark/jsonld';
import { parseArticle } from '@newsmark/parser';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = fileURLToPath(new URL('.', import.meta.url));

if (!existsSync(CHROMIUM)) {
  const message = `browser e2e: ${CHROMIUM} not found (Debian: apt-get install -y chromium)`;
  if (process.env.NEWSMARK_E2E === 'required') {
    console.error(`${message}; NEWSMARK_E2E=required, failing`);
    process.exit(1);
  }
  console.warn(`${message}; skipped`);
  process.exit(0);
}
if (!existsSync(join(here, 'dist', 'index.html'))) {
  console.error('browser e2e: dist/index.html is missing; run `vite build` first');
  process.exit(1);
}

/** A free local port: vite preview is given it with strictPort, so the URL is known. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const failures = [];
const expect = (ok, message) => {
  if (!ok) failures.push(message);
};

const port = await freePort();
const server = await preview({ root: here, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
const userDataDir = mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // Without the networking flags Chromium keeps trying to reach Google's services, which a
    // closed network refuses, many times a second.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  await page.goto(`http://127.0.0.1:${port}/`);

  // 1. The sample article: the page must show exactly what the libraries give in Node.
  const text = readFileSync(join(here, '..', 'sample', 'article.txt'), 'utf8');
  const article = parseArticle(text);
  await page.fill('#article', text);
  await page.click('#markup');
  await page.waitForSelector('#result:not([hidden])', { timeout: 10_000 });
  const shown = JSON.parse(await page.textContent('#jsonld'));
  expect(JSON.stringify(shown) === JSON.stringify(toJsonLd(article)), 'the JSON-LD on the page differs from toJsonLd(parseArticle(text)) in Node');
  expect(shown['@graph']?.some((node) => node['@type'] === 'NewsArticle'), 'no NewsArticle in the JSON-LD shown');
  expect((await page.textContent('#headline')) === (article.headline ?? '(no headline found)'), 'the headline shown is not the parsed one');
  const quoteItems = await page.locator('#quotes li').count();
  expect(quoteItems === article.quotes.filter((q) => q.kind !== 'scare').length, `${quoteItems} quotes listed, expected ${article.quotes.filter((q) => q.kind !== 'scare').length}`);
  const headJson = await page.evaluate(() => document.querySelector('head script#newsmark-jsonld[type="application/ld+json"]')?.textContent ?? null);
  expect(headJson !== null && JSON.stringify(JSON.parse(headJson)) === JSON.stringify(shown), 'the page has no matching JSON-LD script in <head>');
  await page.screenshot({ path: join(here, 'dist', 'e2e.png'), fullPage: false });

  // 2. Hostile text must stay text: no element or script may come out of it.
  const hostile = 'Breaking </script><img src=x onerror="alert(1)"> news\n\n“<b>bold</b> claim,” she said. </script><script>alert(2)</script>';
  await page.fill('#article', hostile);
  await page.click('#markup');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Done.');
  const injected = await page.evaluate(() => document.querySelectorAll('img, b, body script:not([src])').length);
  expect(injected === 0, `hostile article text created ${injected} element(s) in the page`);
  expect((await page.textContent('#script-tag')).split('</script>').length === 2, 'the script tag text can be closed early by article text');

  expect(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
} finally {
  await context?.close();
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`browser e2e failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('browser e2e ok: the page shows the same JSON-LD as Node, in <head> too, and hostile text stays text');
