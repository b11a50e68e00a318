import { extname } from 'node:path';
import { checkJsonLd } from '@newsmark/jsonld/check';
import { ArticleSchema, toIssues } from '@newsmark/schema';
import { extractJsonLdScripts } from './html.js';
import { EXIT_CODES, writeOut, type CliIo, type ExitCode } from './io.js';
import { expandInputs } from './inputs.js';
import { plural } from './parse-command.js';
import { readTextFile } from './read.js';

/** Options of `newsmark check`. */
export interface CheckCommandOptions {
  /** Print only documents with problems, and no summary. */
  quiet: boolean;
  /** Largest file read, in characters. */
  maxLength: number;
  /** Check Article nodes against Google's Article guidance too (warnings). */
  google: boolean;
  /** Print `info` issues too (pending schema.org terms and the like). */
  verbose: boolean;
}

/** A problem in one checked document, in the form the report prints. */
interface Problem {
  severity: 'error' | 'warning' | 'info';
  code: string;
  /** JSON Pointer to the offending value; `""` for the whole document. */
  path: string;
  message: string;
}

/**
 * Runs `newsmark check`: every `.jsonld`/`.json` file is one document; every HTML page yields
 * one document per `application/ld+json` script. A `.json` file holding a newsmark Article
 * (`"type": "article"`) is validated against the article schema instead. Prints a report on
 * stdout; fails when any document has an error or any file cannot be read (warnings and infos
 * are printed but do not fail).
 */
export async function checkCommand(args: readonly string[], options: CheckCommandOptions, io: CliIo): Promise<ExitCode> {
  const started = Date.now();
  const totals = { files: 0, documents: 0, errors: 0, warnings: 0 };
  const { files, failures } = await expandInputs(args, io.cwd, ['jsonld', 'json', 'html', 'htm']);
  const fail = async (label: string, reason: string) => {
    totals.errors++;
    await writeOut(io.stdout, `${label}\n  error  ${reason}\n`);
  };
  for (const failure of failures) await fail(failure.label, failure.reason);

  for (const file of files) {
    totals.files++;
    if (file.path === '-') {
      await fail('stdin', 'check reads files, not stdin');
      continue;
    }
    const read = await readTextFile(file.path, options.maxLength);
    if (!read.ok) {
      await fail(file.label, read.reason);
      continue;
    }
    const ext = extname(file.path).toLowerCase();
    const documents: { name: string; text: string }[] = [];
    if (ext === '.html' || ext === '.htm') {
      const scripts = await extractJsonLdScripts(read.text);
      if (scripts.length === 0) {
        await fail(file.label, 'no <script type="application/ld+json"> in this page');
        continue;
      }
      for (const script of scripts) documents.push({ name: `script ${script.index} (line ${script.line})`, text: script.text });
    } else documents.push({ name: '', text: read.text });

    const lines: string[] = [file.label];
    let fileHasProblems = false;
    for (const document of documents) {
      totals.documents++;
      const problems = checkDocument(document.text, options.google);
      const errors = problems.filter((p) => p.severity === 'error').length;
      const warnings = problems.filter((p) => p.severity === 'warning').length;
      totals.errors += errors;
      totals.warnings += warnings;
      if (errors + warnings > 0) fileHasProblems = true;
      const prefix = document.name ? `  ${document.name}: ` : '  ';
      const status = errors > 0 ? `${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}` : warnings > 0 ? `ok, ${plural(warnings, 'warning')}` : 'ok';
      lines.push(`${prefix}${status}`);
      for (const p of problems) {
        if (p.severity === 'info' && !options.verbose) continue;
        lines.push(`    ${p.severity.padEnd(7)} ${p.path || '/'}  ${p.code}: ${p.message}`);
      }
    }
    if (fileHasProblems || !options.quiet) await writeOut(io.stdout, `${lines.join('\n')}\n`);
  }

  if (!options.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    io.stderr.write(
      `newsmark: ${plural(totals.files, 'file')}, ${plural(totals.documents, 'document')}, ` +
        `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')} in ${seconds} s\n`,
    );
  }
  return totals.errors > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
}

/** Checks one JSON text: JSON-LD with the offline checker, or a newsmark Article with its schema. */
function checkDocument(text: string, google: boolean): Problem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ severity: 'error', code: 'invalid-json', path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }];
  }
  if (isArticle(value)) {
    const result = ArticleSchema.safeParse(value);
    if (result.success) return [];
    return toIssues(result.error).map((issue) => ({
      severity: 'error',
      code: issue.code,
      path: issue.path === '' ? '' : `/${issue.path.split('.').join('/')}`,
      message: issue.message,
    }));
  }
  return checkJsonLd(value, { google });
}

function isArticle(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'article' && 'schemaVersion' in value;
}
