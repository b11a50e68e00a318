import { JsonLdError, type JsonLdOptions } from '@newsmark/jsonld';
import { NewsmarkError, parseArticle } from '@newsmark/parser';
import type { OutputFormat } from './io.js';
import { renderArticle } from './render.js';

/** One article to parse and serialise: what the main thread sends to a worker. */
export interface ParseTask {
  text: string;
  id: string;
  format: OutputFormat;
  /** One NDJSON line instead of a standalone document. */
  lines: boolean;
  maxLength: number;
  referenceDate?: string;
  /** Facts for the JSON-LD that are not in the text: page URL, publisher, language. */
  jsonld: JsonLdOptions;
}

/** What comes back: the serialised output and counts for the summary, or why it failed. */
export type TaskResult =
  | { ok: true; output: string; quotes: number; entities: number }
  | { ok: false; reason: string };

/** Parses and serialises one article. Never throws: a failure comes back as a reason. */
export function runTask(task: ParseTask): TaskResult {
  try {
    const article = parseArticle(task.text, {
      maxLength: task.maxLength,
      ...(task.referenceDate === undefined ? {} : { referenceDate: task.referenceDate }),
    });
    return {
      ok: true,
      output: renderArticle(article, task.format, task.lines, task.id, task.jsonld),
      quotes: article.quotes.length,
      entities: article.entities.length,
    };
  } catch (error) {
    if (error instanceof NewsmarkError && error.code === 'input-too-large') {
      return { ok: false, reason: `over the size limit: ${task.text.length} characters, limit ${task.maxLength} (raise --max-length)` };
    }
    if (error instanceof NewsmarkError || error instanceof JsonLdError) return { ok: false, reason: error.message };
    // Not the text's fault: a bug in the parser or the serialiser. Report it and go on.
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
