import type { Line, Pass } from '../context.js';

/**
 * Splits the input into lines on LF, CRLF or CR, recording offsets. The input string itself is
 * never rewritten, so every later offset is an offset into what the caller passed.
 */
export const normalize: Pass = {
  name: 'normalize',
  run(ctx) {
    const { input } = ctx;
    const lines: Line[] = [];
    let start = 0;
    let blank = true;
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch === 10 || ch === 13) {
        lines.push({ start, end: i, blank });
        if (ch === 13 && input.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
        blank = true;
      } else if (blank && !isBlankCode(ch)) {
        blank = false;
      }
    }
    lines.push({ start, end: input.length, blank });
    return { ...ctx, lines };
  },
};

// Spaces, tabs, no-break and zero-width spaces, and other Unicode spaces count as blank.
function isBlankCode(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 11 || ch === 12 || ch === 0xa0 || ch === 0xfeff || (ch >= 0x2000 && ch <= 0x200b) || ch === 0x3000 || ch === 0x202f || ch === 0x205f;
}
