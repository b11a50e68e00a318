import type { Readable, Writable } from 'node:stream';

/**
 * Where the CLI reads and writes. The bin passes the real process streams; tests and embedders
 * pass their own.
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { runCli, type CliIo } from '@newsmark/cli';
 *
 * const stdout = new PassThrough();
 * const io: Partial<CliIo> = { stdout, cwd: '/data/articles' };
 * await runCli(['parse', 'a.txt', '--format', 'jsonld'], io);
 * ```
 */
export interface CliIo {
  /** Read when an input is `-`. */
  stdin: Readable;
  /** Parsed output when no `--out` directory is given, and reports of `check`. */
  stdout: Writable;
  /** Errors, the summary, and the progress bar (the bar only when `isTTY` is true). */
  stderr: Writable & { isTTY?: boolean; columns?: number };
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/**
 * Exit codes of the `newsmark` command.
 *
 * @example
 * ```ts
 * const code = await runCli(['check', 'site/']);
 * if (code === EXIT_CODES.failed) console.error('some pages have JSON-LD errors');
 * ```
 */
export const EXIT_CODES = {
  /** Everything worked. */
  ok: 0,
  /** Some inputs failed (unreadable, binary, empty, over the size limit, invalid JSON-LD); the rest completed. */
  failed: 1,
  /** The command line itself was wrong: unknown option or command, bad option value, no inputs. */
  usage: 2,
} as const;

/**
 * One of the values of {@link EXIT_CODES}: 0, 1 or 2.
 *
 * @example
 * ```ts
 * const code: ExitCode = await runCli(['parse', 'a.txt']);
 * process.exitCode = code;
 * ```
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * Output formats of `newsmark parse --format`.
 *
 * @example
 * ```ts
 * const format: OutputFormat = 'jsonld';
 * await runCli(['parse', 'a.txt', '--format', format]);
 * ```
 */
export type OutputFormat = 'json' | 'jsonld' | 'html' | 'ndjson';

/**
 * The formats `newsmark parse --format` accepts, in the order the help lists them.
 *
 * @example
 * ```ts
 * OUTPUT_FORMATS.includes('html'); // true
 * ```
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonld', 'html', 'ndjson'];

/** Writes `text`, waiting for the stream to drain when its buffer is full, so output never piles up in memory. */
export async function writeOut(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}
