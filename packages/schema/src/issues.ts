
/** One zod issue as these helpers read it. */
export interface RawIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly format?: string;
}

/** The part of a zod error these helpers read: its list of issues. */
export interface IssueList {
  /** zod's issues, each with a path into the checked value. */
  readonly issues: readonly RawIssue[];
}

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
export function toIssues(error: IssueList): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: describe(issue),
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
export function formatIssues(error: IssueList): string {
  return toIssues(error)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('\n');
}

// zod/mini ships no message locale, so its default message is "Invalid input": say what was
// expected from the issue's own data instead.
function describe(issue: RawIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `does not match the ${issue.format ?? 'expected'} format`;
    case 'unrecognized_keys':
      return 'has keys the model does not define';
    default:
      return issue.message;
  }
}
