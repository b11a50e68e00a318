import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeOut } from './io.js';

let counter = 0;

/** A temporary name beside `path`, so the final rename stays on one file system (and so is atomic). */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
}

/**
 * Writes a file so readers see the old content or the new, never half: write a temporary file
 * beside it, then rename over it.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * An output file written line by line through a temporary file and renamed into place on
 * `commit`, so a long NDJSON output is streamed to disk (not collected) and still appears whole.
 */
export class AtomicLineFile {
  private stream: WriteStream | undefined;
  private readonly temp: string;
  private lines = 0;

  /** @param path - The final path. */
  constructor(readonly path: string) {
    this.temp = tempPath(path);
  }

  /** Appends one line (a newline is added). */
  async write(line: string): Promise<void> {
    if (!this.stream) {
      await mkdir(dirname(this.path), { recursive: true });
      this.stream = createWriteStream(this.temp);
    }
    this.lines++;
    await writeOut(this.stream, `${line}\n`);
  }

  /** Moves the file into place; writes nothing when no line was written. */
  async commit(): Promise<void> {
    if (!this.stream) return;
    const stream = this.stream;
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(resolve);
    });
    if (this.lines > 0) await rename(this.temp, this.path);
    else await rm(this.temp, { force: true });
  }

  /** Removes the temporary file without touching `path`. */
  async abort(): Promise<void> {
    this.stream?.destroy();
    await rm(this.temp, { force: true });
  }
}
