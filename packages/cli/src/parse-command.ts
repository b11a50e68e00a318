import { open } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { JsonLdOptions } from '@newsmark/jsonld';
import { EXIT_CODES, writeOut, type CliIo, type ExitCode, type OutputFormat } from './io.js';
import { expandInputs, type InputFile } from './inputs.js';
import { ProgressBar } from './progress.js';
import { describeFsError, maxBytesFor, ndjsonLines, parseRecord, readTextFile, readTextStream } from './read.js';
import { Runner, type TaskHandle } from './runner.js';
import { AtomicLineFile, writeFileAtomic } from './write.js';

/** How `newsmark parse` reads its inputs. */
export type InputFormat = 'auto' | 'text' | 'ndjson';

/** Options of `newsmark parse`, after the command line is read. */
export interface ParseCommandOptions {
  format: OutputFormat;
  /** Output directory; stdout when absent. */
  out?: string;
  concurrency: number;
  maxLength: number;
  referenceDate?: string;
  inputFormat: InputFormat;
  /** No summary, no progress bar (errors are still printed). */
  quiet: boolean;
  /** Draw the progress bar when stderr is a terminal. */
  progress: boolean;
  /** Where the pages will live, ending in `/`: each text input's page URL is this plus `NAME.html`. */
  baseUrl?: string;
  /** The publisher's name, for the JSON-LD. */
  publisher?: string;
  /** The articles' language (BCP 47), for the JSON-LD and the HTML page. */
  language?: string;
}

const DOCUMENT_EXTENSIONS: Record<OutputFormat, string> = { json: '.json', jsonld: '.jsonld', html: '.html', ndjson: '.json.ndjson' };
const LINE_FILE_SUFFIX: Record<OutputFormat, string> = { json: '.json.ndjson', jsonld: '.jsonld.ndjson', html: '.html.ndjson', ndjson: '.json.ndjson' };

type Chunks = AsyncIterable<Uint8Array | string>;

/** A unit of work in output order: a parse running somewhere, a failure to report, or a step (closing a file). */
type Item =
  | { kind: 'task'; label: string; bytes: number; task: TaskHandle; emit: (output: string) => Promise<void> }
  | { kind: 'fail'; label: string; bytes: number; reason: string }
  | { kind: 'step'; label: string; run: () => Promise<void> };

/**
 * Runs `newsmark parse`: reads each input, parses it (in worker threads for big batches), and
 * writes each result as soon as it is ready and in input order. At most a window of results is
 * in memory at once, whatever the batch size. A bad input is reported and skipped.
 */
export async function parseCommand(args: readonly string[], options: ParseCommandOptions, io: CliIo): Promise<ExitCode> {
  const started = Date.now();
  const stats = { files: 0, articles: 0, quotes: 0, entities: 0, errors: 0 };
  const { files, failures } = await expandInputs(args, io.cwd, ['txt', 'ndjson', 'jsonl']);
  if (files.filter((f) => f.path === '-').length > 1) {
    io.stderr.write('newsmark: error: stdin (-) can be given only once\n');
    return EXIT_CODES.usage;
  }

  // Sniff stdin now: whether it holds NDJSON decides whether stdout gets documents or lines.
  let stdin: { kind: 'text' | 'ndjson'; chunks: Chunks } | undefined;
  if (files.some((f) => f.path === '-')) stdin = await openStdin(io, options.inputFormat);
  const kindOf = (file: InputFile): 'text' | 'ndjson' => {
    if (file.path === '-') return stdin!.kind;
    if (options.inputFormat !== 'auto') return options.inputFormat;
    const ext = extname(file.path).toLowerCase();
    return ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : 'text';
  };
  const stdoutLines = options.format === 'ndjson' || files.length > 1 || files.some((f) => kindOf(f) === 'ndjson');

  const totalBytes = files.every((f) => f.size !== undefined) ? files.reduce((n, f) => n + (f.size ?? 0), 0) : undefined;
  const bar = new ProgressBar(io.stderr, options.progress && !options.quiet && io.stderr.isTTY === true, totalBytes);
  const report = (label: string, reason: string) => {
    bar.clear();
    io.stderr.write(`newsmark: error: ${label}: ${reason}\n`);
    stats.errors++;
  };
  for (const failure of failures) report(failure.label, failure.reason);

  const runner = new Runner(options.concurrency);
  // Enough results in flight to keep every worker busy with a batch or two; no more, so memory stays flat.
  const windowSize = Math.max(16, options.concurrency * runner.batchSize * 2);
  const pending: Item[] = [];
  const written = new Set<string>();
  let records = 0;
  let bytes = 0;

  async function settle(item: Item): Promise<void> {
    if (item.kind === 'step') {
      try {
        await item.run();
      } catch (error) {
        report(item.label, `could not write output: ${error instanceof Error ? error.message : String(error)}`);
      }
      return;
    }
    records++;
    bytes += item.bytes;
    if (item.kind === 'fail') report(item.label, item.reason);
    else {
      item.task.dispatch();
      const result = await item.task.result;
      if (!result.ok) report(item.label, result.reason);
      else {
        try {
          await item.emit(result.output);
          stats.articles++;
          stats.quotes += result.quotes;
          stats.entities += result.entities;
        } catch (error) {
          report(item.label, `could not write output: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    bar.update(records, bytes);
  }
  async function push(item: Item): Promise<void> {
    pending.push(item);
    while (pending.length >= windowSize) await settle(pending.shift()!);
  }

  const siteFacts: JsonLdOptions = {
    ...(options.baseUrl === undefined ? {} : { idBase: options.baseUrl }),
    ...(options.publisher === undefined ? {} : { publisher: { name: options.publisher } }),
    ...(options.language === undefined ? {} : { language: options.language }),
  };
  /** The JSON-LD options of one article: the site's, plus its page URL when one is known. */
  const jsonldFor = (url: string | undefined): JsonLdOptions => (url === undefined ? siteFacts : { ...siteFacts, url });
  const pageUrl = (file: InputFile): string | undefined => {
    if (options.baseUrl === undefined || file.path === '-') return undefined;
    const stem = file.rel.slice(0, file.rel.length - extname(file.rel).length) || file.rel;
    return new URL(`${stem.split(sep).map(encodeURIComponent).join('/')}.html`, options.baseUrl).href;
  };

  const toStdout = async (output: string) => writeOut(io.stdout, stdoutLines ? `${output}\n` : output);

  /** Where this file's results go: a document file, an NDJSON file, or stdout. */
  function target(file: InputFile, kind: 'text' | 'ndjson'): { emit: (output: string) => Promise<void>; lines: boolean; commit?: AtomicLineFile } | { error: string } {
    if (options.out === undefined) return { emit: toStdout, lines: stdoutLines };
    const lines = kind === 'ndjson' || options.format === 'ndjson';
    const stem = file.rel.slice(0, file.rel.length - extname(file.rel).length) || file.rel;
    const path = join(options.out, `${stem}${lines ? LINE_FILE_SUFFIX[options.format] : DOCUMENT_EXTENSIONS[options.format]}`);
    if (written.has(path)) return { error: `output ${path} would overwrite the output of another input with the same name` };
    written.add(path);
    if (!lines) return { emit: (output) => writeFileAtomic(path, output), lines };
    const lineFile = new AtomicLineFile(path);
    return { emit: (output) => lineFile.write(output), lines, commit: lineFile };
  }

  try {
    for (const file of files) {
      stats.files++;
      const kind = kindOf(file);
      const dest = target(file, kind);
      if ('error' in dest) {
        await push({ kind: 'fail', label: file.label, bytes: file.size ?? 0, reason: dest.error });
        continue;
      }
      const chunks = file.path === '-' ? stdin!.chunks : undefined;
      if (kind === 'text') {
        const read = chunks ? await readTextStream(chunks, options.maxLength) : await readTextFile(file.path, options.maxLength);
        if (!read.ok) await push({ kind: 'fail', label: file.label, bytes: read.bytes, reason: read.reason });
        else {
          const task = {
            text: read.text,
            id: file.label.split('\\').join('/'),
            format: options.format,
            lines: dest.lines,
            maxLength: options.maxLength,
            jsonld: jsonldFor(pageUrl(file)),
          };
          await push({ kind: 'task', label: file.label, bytes: read.bytes, task: runner.run(withDate(task, options.referenceDate)), emit: dest.emit });
        }
      } else {
        await pushNdjson(file, chunks ?? (await openFile(file.path)), dest);
      }
      if (dest.commit) {
        const lineFile = dest.commit;
        await push({ kind: 'step', label: file.label, run: () => lineFile.commit() });
      }
    }
    while (pending.length > 0) await settle(pending.shift()!);
  } finally {
    await runner.close();
    bar.clear();
  }

  async function pushNdjson(file: InputFile, chunks: Chunks | { error: string }, dest: { emit: (output: string) => Promise<void> }): Promise<void> {
    if ('error' in chunks) {
      await push({ kind: 'fail', label: file.label, bytes: 0, reason: chunks.error });
      return;
    }
    try {
      for await (const line of ndjsonLines(chunks, maxBytesFor(options.maxLength) + 1024)) {
        const label = `${file.label}:${line.lineNo}`;
        if ('reason' in line) {
          await push({ kind: 'fail', label, bytes: line.bytes, reason: line.reason });
          continue;
        }
        const parsed = parseRecord(line.text, line.lineNo);
        if (!parsed.ok) {
          await push({ kind: 'fail', label, bytes: line.bytes, reason: parsed.reason });
          continue;
        }
        const { record } = parsed;
        const task = { text: record.text, id: record.id, format: options.format, lines: true, maxLength: options.maxLength, jsonld: jsonldFor(record.url) };
        await push({
          kind: 'task',
          label: `${label} (id ${JSON.stringify(record.id)})`,
          bytes: line.bytes,
          task: runner.run(withDate(task, record.referenceDate ?? options.referenceDate)),
          emit: dest.emit,
        });
      }
    } catch (error) {
      await push({ kind: 'fail', label: file.label, bytes: 0, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  if (!options.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    io.stderr.write(
      `newsmark: ${plural(stats.files, 'file')}, ${plural(stats.articles, 'article')}, ${plural(stats.quotes, 'quote')}, ` +
        `${plural(stats.entities, 'entity', 'entities')}, ${plural(stats.errors, 'error')} in ${seconds} s\n`,
    );
  }
  return stats.errors > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
}

function withDate<T extends object>(task: T, referenceDate: string | undefined): T & { referenceDate?: string } {
  return referenceDate === undefined ? task : { ...task, referenceDate };
}

/** "1 file", "2 files". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function openFile(path: string): Promise<Chunks | { error: string }> {
  try {
    const handle = await open(path, 'r');
    return handle.createReadStream();
  } catch (error) {
    return { error: describeFsError(error) };
  }
}

/** Reads stdin's first chunk to tell NDJSON (a line starting with `{`) from article text. */
async function openStdin(io: CliIo, inputFormat: InputFormat): Promise<{ kind: 'text' | 'ndjson'; chunks: Chunks }> {
  const iterator = (io.stdin as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const chunks: Chunks = (async function* () {
    if (!first.done) yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  if (inputFormat !== 'auto') return { kind: inputFormat, chunks };
  const head = first.done ? '' : typeof first.value === 'string' ? first.value : Buffer.from(first.value).toString('latin1');
  return { kind: head.trimStart().startsWith('{') ? 'ndjson' : 'text', chunks };
}
