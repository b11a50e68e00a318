import { stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './read.js';

/** One input file (or stdin) with the relative name its output mirrors. */
export interface InputFile {
  /** Absolute path, or `-` for stdin. */
  path: string;
  /** As given or found, for messages: `articles/a.txt`. */
  label: string;
  /** Relative path the output name is made from: `sub/a.txt` for `articles/sub/a.txt` given as `articles`. */
  rel: string;
  /** Size in bytes, when known (for progress). */
  size?: number;
}

/** An argument that named nothing usable. */
export interface InputFailure {
  label: string;
  reason: string;
}

/**
 * Turns command-line arguments into files. A directory stands for every file with one of
 * `extensions` under it; a glob (quoted, so the shell leaves it) for its matches; `-` for stdin.
 * Results are sorted within each argument so output order does not depend on the file system.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  extensions: readonly string[],
): Promise<{ files: InputFile[]; failures: InputFailure[] }> {
  const files: InputFile[] = [];
  const failures: InputFailure[] = [];
  const dirPattern = `**/*.{${extensions.join(',')}}`;
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-', label: 'stdin', rel: 'stdin' });
      continue;
    }
    const abs = resolve(cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      if (isDynamicPattern(arg)) {
        const base = staticBase(arg);
        const matches = (await glob(arg, { cwd, absolute: true, onlyFiles: true })).sort();
        if (matches.length === 0) failures.push({ label: arg, reason: 'no files match this pattern' });
        for (const match of matches) files.push({ path: match, label: display(cwd, match), rel: relative(resolve(cwd, base), match) });
        continue;
      }
      failures.push({ label: arg, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const matches = (await glob(dirPattern, { cwd: abs, onlyFiles: true })).sort();
      if (matches.length === 0) failures.push({ label: arg, reason: `no ${extensions.map((e) => `.${e}`).join(' or ')} files in this directory` });
      for (const match of matches) {
        const path = join(abs, match);
        files.push({ path, label: display(cwd, path), rel: match.split('/').join(sep) });
      }
    } else {
      files.push({ path: abs, label: arg, rel: basename(abs), size: info.size });
    }
  }
  await Promise.all(
    files.map(async (file) => {
      if (file.size !== undefined || file.path === '-') return;
      try {
        file.size = (await stat(file.path)).size;
      } catch {
        // Reported when the file is read.
      }
    }),
  );
  return { files, failures };
}

/** The leading directories of a glob that hold no pattern characters: `articles/2025` of `articles/2025/**\/*.txt`. */
function staticBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const kept: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    kept.push(part);
  }
  return kept.join('/') || '.';
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
