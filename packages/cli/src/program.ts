import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_LENGTH } from '@newsmark/parser';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../package.json';
import { checkCommand } from './check-command.js';
import { EXIT_CODES, OUTPUT_FORMATS, type CliIo, type ExitCode, type OutputFormat } from './io.js';
import { parseCommand, type InputFormat } from './parse-command.js';

const MAIN_EXAMPLES = `
Examples:
  $ newsmark parse article.txt --format jsonld
  $ newsmark parse articles/ --format html --out site/
  $ newsmark check site/

Run \`newsmark help <command>\` for a command's options, output rules and exit codes.
`;

const PARSE_EXAMPLES = `
Output:
  One text input and no --out: one document on stdout (pretty JSON, or an HTML page).
  Several inputs, NDJSON input or --format ndjson: NDJSON on stdout, one line per article:
  {"id","article"} (json, ndjson), {"id","jsonld"} (jsonld) or {"id","html"} (html).
  With --out DIR: DIR/NAME.json, .jsonld or .html for each NAME.txt (sub-folders of a
  directory input are mirrored), and DIR/NAME.<format>.ndjson for each NDJSON input.
  NDJSON input lines are {"id": "...", "text": "...", "referenceDate"?: "YYYY-MM-DD", "url"?: "..."}.

Exit codes:
  0 all inputs parsed, 1 some inputs failed (each is named on stderr; the rest are written),
  2 usage error.

Examples:
  $ newsmark parse article.txt                      Article JSON on stdout
  $ newsmark parse article.txt --format jsonld      schema.org JSON-LD on stdout
  $ newsmark parse articles/ --format html --out site/ \\
      --base-url https://example.com/news/ --publisher "Example News" --language en
  $ newsmark parse 'feeds/**/*.txt' --out out/      quote globs so newsmark expands them
  $ cat article.txt | newsmark parse -
  $ newsmark parse corpus.ndjson --format jsonld > corpus.jsonld.ndjson
`;

const CHECK_EXAMPLES = `
Checks each .jsonld or .json file, and every <script type="application/ld+json"> in each
.html page, with the offline checker of @newsmark/jsonld. A .json file holding a newsmark
Article ("type": "article") is validated against the article schema. Directories are searched
for .jsonld, .json, .html and .htm files.

Each document gets "ok", "ok, N warnings" or "N errors", then one line per issue:
severity, JSON Pointer, code and message.

Exit codes:
  0 no errors (warnings are allowed), 1 errors found or a file unreadable, 2 usage error.

Examples:
  $ newsmark check article.jsonld
  $ newsmark check site/                 every page under site/
  $ newsmark check 'site/**/*.html' --quiet
`;

function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer.`);
    return n;
  };
}

function absoluteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute URL such as https://example.com/news/.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidArgumentError('expected an http or https URL.');
  // A base without a trailing slash would lose its last segment when page names are resolved against it.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function languageTag(value: string): string {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) throw new InvalidArgumentError('expected a BCP 47 language tag such as en or pt-BR.');
  return value;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

/** Builds the commander program; `setCode` receives each command's exit code. */
function createProgram(io: CliIo, setCode: (code: ExitCode) => void): Command {
  const program = new Command('newsmark');
  program
    .description('Structured news markup: parse article text into JSON, schema.org JSON-LD or HTML, and check JSON-LD.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', MAIN_EXAMPLES);

  program
    .command('parse')
    .summary('parse article text files, directories, globs or stdin')
    .description('Parse news article text into the newsmark model, JSON-LD or an HTML page.')
    .argument('<inputs...>', 'text files (.txt, or any name), NDJSON files (.ndjson, .jsonl), directories, quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('-o, --out <dir>', 'write one output file per input into this directory instead of stdout')
    .addOption(
      new Option('--input-format <kind>', 'how to read inputs: by extension (auto; stdin: NDJSON if it starts with "{")')
        .choices(['auto', 'text', 'ndjson'])
        .default('auto'),
    )
    .option('-c, --concurrency <n>', 'worker threads for big batches (default: number of CPUs)', positiveInteger('--concurrency'))
    .option('--max-length <chars>', `longest article accepted, in characters (default: ${DEFAULT_MAX_LENGTH})`, positiveInteger('--max-length'))
    .option('--reference-date <YYYY-MM-DD>', 'date to resolve relative dates against when an article has none', isoDate)
    .option('--base-url <url>', 'URL the pages will live under: NAME.txt gets BASE/NAME.html as its JSON-LD url, and @ids become absolute', absoluteUrl)
    .option('--publisher <name>', "the publisher's name, written as the JSON-LD publisher")
    .option('--language <tag>', 'the articles\' language as a BCP 47 tag (en, pt-BR), written as inLanguage and <html lang>', languageTag)
    .option('--no-progress', 'never draw the progress bar (it is drawn only when stderr is a terminal)')
    .option('-q, --quiet', 'print errors only: no progress bar, no summary')
    .addHelpText('after', PARSE_EXAMPLES)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      setCode(
        await parseCommand(
          inputs,
          {
            format: opts.format as OutputFormat,
            ...(typeof opts.out === 'string' ? { out: opts.out } : {}),
            concurrency: (opts.concurrency as number | undefined) ?? availableParallelism(),
            maxLength: (opts.maxLength as number | undefined) ?? DEFAULT_MAX_LENGTH,
            ...(typeof opts.referenceDate === 'string' ? { referenceDate: opts.referenceDate } : {}),
            inputFormat: opts.inputFormat as InputFormat,
            quiet: opts.quiet === true,
            progress: opts.progress !== false,
            ...(typeof opts.baseUrl === 'string' ? { baseUrl: opts.baseUrl } : {}),
            ...(typeof opts.publisher === 'string' ? { publisher: opts.publisher } : {}),
            ...(typeof opts.language === 'string' ? { language: opts.language } : {}),
          },
          io,
        ),
      );
    });

  program
    .command('check')
    .summary('check JSON-LD files and the JSON-LD scripts of HTML pages')
    .description('Check JSON-LD: .jsonld/.json files and every application/ld+json script in HTML pages.')
    .argument('<files...>', '.jsonld, .json, .html or .htm files, directories, or quoted globs')
    .option('--max-length <chars>', `largest file read, in characters (default: ${DEFAULT_MAX_LENGTH})`, positiveInteger('--max-length'))
    .option('--no-google', "skip Google's Article guidance (image, author, headline length warnings)")
    .option('--verbose', 'print info notes too (pending schema.org terms and the like)')
    .option('-q, --quiet', 'report only documents with problems, and no summary')
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const maxLength = (opts.maxLength as number | undefined) ?? DEFAULT_MAX_LENGTH;
      setCode(await checkCommand(inputs, { quiet: opts.quiet === true, maxLength, google: opts.google !== false, verbose: opts.verbose === true }, io));
    });

  return program;
}

/**
 * Runs the `newsmark` command line: the bin calls it with `process.argv.slice(2)` and the
 * process streams, and exits with the code it returns. It never calls `process.exit`, so it can
 * run inside tests or another program.
 *
 * @param argv - The arguments after the command name, e.g. `['parse', 'article.txt', '--format', 'jsonld']`.
 * @param io - Streams and working directory; defaults to the current process's.
 * @returns The exit code: one of {@link EXIT_CODES} (0 ok, 1 some inputs failed, 2 usage error).
 * @example
 * ```ts
 * import { runCli } from '@newsmark/cli';
 *
 * const code = await runCli(['parse', 'article.txt', '--format', 'jsonld']);
 * process.exitCode = code;
 * ```
 */
export async function runCli(argv: readonly string[], io?: Partial<CliIo>): Promise<ExitCode> {
  const streams: CliIo = {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    cwd: io?.cwd ?? process.cwd(),
  };
  let code: ExitCode = EXIT_CODES.ok;
  const program = createProgram(streams, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    throw error;
  }
  return code;
}
