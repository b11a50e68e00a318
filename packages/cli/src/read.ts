import { open } from 'node:fs/promises';

/** A text input, read and checked, or why it could not be used. */
export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; reason: string; bytes: number };

/**
 * UTF-8 needs at most 3 bytes per UTF-16 code unit (4-byte characters are 2 code units), so a
 * file over 3 × maxLength bytes is over the limit before it is read.
 */
export function maxBytesFor(maxLength: number): number {
  return maxLength * 3;
}

/** Says in words why a file system call failed. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'unreadable: no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'EISDIR':
      return 'unreadable: is a directory';
    default:
      return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Checks raw bytes are article text: not empty, no NUL bytes (binary files), valid UTF-8 (other
 * encodings are refused rather than silently mangled), not over the limit.
 */
export function decodeText(bytes: Uint8Array, maxLength: number): ReadResult {
  const size = bytes.length;
  if (size === 0) return { ok: false, reason: 'empty file', bytes: size };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary file (NUL byte at offset ${nul})`, bytes: size };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (a binary file, or text in another encoding)', bytes: size };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)', bytes: size };
  if (text.length > maxLength) {
    return { ok: false, reason: `over the size limit: ${text.length} characters, limit ${maxLength} (raise --max-length)`, bytes: size };
  }
  return { ok: true, text, bytes: size };
}

/** Reads one article file, refusing oversized files before reading them. */
export async function readTextFile(path: string, maxLength: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { ok: false, reason: describeFsError(error), bytes: 0 };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytesFor(maxLength)) {
      return { ok: false, reason: `over the size limit: ${size} bytes, limit ${maxLength} characters (raise --max-length)`, bytes: size };
    }
    return decodeText(await handle.readFile(), maxLength);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), bytes: 0 };
  } finally {
    await handle.close();
  }
}

/** Reads a whole stream as one article, giving up (and draining the rest) once it is over the limit. */
export async function readTextStream(chunks: AsyncIterable<Uint8Array | string>, maxLength: number): Promise<ReadResult> {
  const limit = maxBytesFor(maxLength);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size <= limit) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  }
  if (size > limit) return { ok: false, reason: `over the size limit: ${size} bytes, limit ${maxLength} characters (raise --max-length)`, bytes: size };
  return decodeText(Buffer.concat(parts), maxLength);
}

/** One line of an NDJSON input: its text, or why it was refused. */
export type NdjsonLine = { lineNo: number; bytes: number; text: string } | { lineNo: number; bytes: number; reason: string };

/**
 * Splits a byte stream into lines without holding more than one line in memory. Lines are split
 * on the newline byte before decoding (safe in UTF-8), so one bad line is reported alone and the
 * next is read as usual. A line over `maxLineBytes` is skipped, not buffered. Blank lines are
 * skipped. Throws if the very first chunk holds a NUL byte: a binary file, not NDJSON.
 */
export async function* ndjsonLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<NdjsonLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pieces: Buffer[] = [];
  let pending = 0;
  let overflow = false;
  let lineNo = 0;
  let first = true;

  function finish(): NdjsonLine | undefined {
    lineNo++;
    const bytes = pending + 1;
    const line = Buffer.concat(pieces);
    pieces = [];
    pending = 0;
    if (overflow) {
      overflow = false;
      return { lineNo, bytes, reason: `over the size limit: line longer than ${maxLineBytes} bytes (raise --max-length)` };
    }
    const end = line.length > 0 && line[line.length - 1] === 0x0d ? line.length - 1 : line.length;
    const body = line.subarray(0, end);
    if (body.every((b) => b === 0x20 || b === 0x09)) return undefined;
    if (body.includes(0)) return { lineNo, bytes, reason: 'binary data (NUL byte)' };
    try {
      return { lineNo, bytes, text: decoder.decode(body) };
    } catch {
      return { lineNo, bytes, reason: 'not valid UTF-8' };
    }
  }

  for await (const raw of chunks) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw.buffer, raw.byteOffset, raw.length);
    if (first) {
      first = false;
      if (chunk.includes(0)) throw new Error(`binary file (NUL byte at offset ${chunk.indexOf(0)})`);
    }
    let nl: number;
    while ((nl = chunk.indexOf(0x0a)) !== -1) {
      take(chunk.subarray(0, nl));
      const line = finish();
      if (line) yield line;
      chunk = chunk.subarray(nl + 1);
    }
    take(chunk);
  }
  if (pending > 0 || overflow) {
    const line = finish();
    if (line) yield line;
  }

  function take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (!overflow && pending + piece.length > maxLineBytes) {
      overflow = true;
      pieces = [];
    }
    pending += piece.length;
    // Copy: the stream may reuse its buffers.
    if (!overflow) pieces.push(Buffer.from(piece));
  }
}

/** The fields newsmark reads from an NDJSON line: `{"id": …, "text": …, "referenceDate"?: …, "url"?: …}`. */
export interface NdjsonRecord {
  id: string;
  text: string;
  referenceDate?: string;
  /** The article page's URL, for the JSON-LD. */
  url?: string;
}

/** Reads one NDJSON line as an article record, or says why it is not one. */
export function parseRecord(line: string, lineNo: number): { ok: true; record: NdjsonRecord } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const { id, text, referenceDate, url } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { ok: false, reason: 'no "text" string' };
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return { ok: false, reason: '"id" must be a string or a number' };
  if (referenceDate !== undefined && typeof referenceDate !== 'string') return { ok: false, reason: '"referenceDate" must be a YYYY-MM-DD string' };
  if (url !== undefined && typeof url !== 'string') return { ok: false, reason: '"url" must be a string' };
  if (text.trim() === '') return { ok: false, reason: 'empty "text"' };
  return {
    ok: true,
    record: {
      id: id === undefined ? String(lineNo) : String(id),
      text,
      ...(referenceDate === undefined ? {} : { referenceDate }),
      ...(url === undefined ? {} : { url }),
    },
  };
}
