import { toJsonLd, toScriptTag } from '@newsmark/jsonld';
import { NewsmarkError, parseArticle } from '@newsmark/parser';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('article');
const status = $('status');

/** The script element this page keeps in its own <head>, as a real article page would. */
let headScript: HTMLScriptElement | undefined;

function markup(): void {
  const text = input.value;
  if (text.trim() === '') {
    status.textContent = 'Paste an article first.';
    return;
  }
  const started = performance.now();
  let article;
  try {
    article = parseArticle(text);
  } catch (error) {
    // Only misuse throws (e.g. text over the size limit); odd text yields diagnostics instead.
    status.textContent = error instanceof NewsmarkError ? error.message : String(error);
    return;
  }
  const jsonld = toJsonLd(article);
  const ms = performance.now() - started;

  // Article text is untrusted: everything below goes in through textContent, never innerHTML.
  $('headline').textContent = article.headline ?? '(no headline found)';
  $('stats').textContent =
    `${article.body.length} paragraphs, ${article.quotes.length} quotes, ${article.entities.length} entities, ` +
    `${article.removed.length} boilerplate blocks set aside — parsed in ${ms.toFixed(1)} ms`;
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const list = $('quotes');
  list.replaceChildren(
    ...article.quotes
      .filter((q) => q.kind !== 'scare')
      .map((q) => {
        const li = document.createElement('li');
        li.textContent = `“${q.text}” `;
        const who = document.createElement('span');
        who.className = 'speaker';
        who.textContent = `— ${q.speakerId ? (names.get(q.speakerId) ?? q.speakerId) : 'unattributed'}`;
        li.append(who);
        return li;
      }),
  );
  $('jsonld').textContent = JSON.stringify(jsonld, null, 2);
  const tag = toScriptTag(jsonld);
  $('script-tag').textContent = tag;

  headScript ??= document.head.appendChild(document.createElement('script'));
  headScript.type = 'application/ld+json';
  headScript.id = 'newsmark-jsonld';
  headScript.textContent = JSON.stringify(jsonld);

  $('result').hidden = false;
  status.textContent = 'Done.';
}

$('markup').addEventListener('click', markup);
