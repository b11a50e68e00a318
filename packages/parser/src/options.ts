import { NewsmarkError } from './errors.js';

/** Options of {@link parseArticle}. */
export interface ParseOptions {
  /**
   * Longest input accepted, in UTF-16 code units. Longer input throws `input-too-large`
   * rather than tying up a build. Default: 2,000,000 (about 2 MB of text).
   */
  maxLength?: number;
  /**
   * The publication date to resolve relative dates against ("on Thursday") when the text has
   * none, as `YYYY-MM-DD`. The parser never falls back to the machine's clock.
   */
  referenceDate?: string;
}

/** Options after defaults are applied and values checked. */
export interface ResolvedOptions {
  maxLength: number;
  referenceDate: string | undefined;
}

/** Default for {@link ParseOptions.maxLength}. */
export const DEFAULT_MAX_LENGTH = 2_000_000;

const KNOWN = new Set(['maxLength', 'referenceDate']);

export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined) return { maxLength: DEFAULT_MAX_LENGTH, referenceDate: undefined };
  if (options === null || typeof options !== 'object') {
    throw new NewsmarkError('invalid-option', `options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new NewsmarkError('invalid-option', `unknown option "${key}"; known options: ${[...KNOWN].join(', ')}`);
  }
  const { maxLength = DEFAULT_MAX_LENGTH, referenceDate } = options;
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw new NewsmarkError('invalid-option', `maxLength must be a positive integer, got ${describe(maxLength)}`);
  }
  if (referenceDate !== undefined && (typeof referenceDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))) {
    throw new NewsmarkError('invalid-option', `referenceDate must be a YYYY-MM-DD string, got ${describe(referenceDate)}`);
  }
  return { maxLength, referenceDate };
}

// Names a bad option value without calling its own toString (which may throw or lie).
function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value === null ? 'null' : typeof value;
}
