import type { z } from 'zod';

/** One validation problem, addressed by a path into the checked value. */
export interface ValidationIssue {
  /** Dotted path to the offending value, e.g. `quotes.3.span.end`; empty for the root. */
  path: string;
  /** zod's issue code, e.g. `invalid_type`. */
  code: string;
  /** What is wrong, in words. */
  message: string;
}

/**
 * Flattens a zod error into path-addressed issues.
 *
 * @param error - The error from `ArticleSchema.safeParse(x).error` (or any schema's).
 * @returns One entry per problem, in zod's order.
 * @example
 * ```ts
 * const r = ArticleSchema.safeParse(data);
 * if (!r.success) for (const i of toIssues(r.error)) console.log(i.path, i.message);
 * ```
 */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * Formats a zod error as one line per problem: `path: message`.
 *
 * @param error - The error from a failed `safeParse`.
 * @returns A multi-line, human-readable report.
 * @example
 * ```ts
 * const r = ArticleSchema.safeParse(data);
 * if (!r.success) console.error(formatIssues(r.error));
 * ```
 */
export function formatIssues(error: z.ZodError): string {
  return toIssues(error)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('\n');
}
