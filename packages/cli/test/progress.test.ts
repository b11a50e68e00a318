import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from '../src/progress.js';

describe('formatProgress', () => {
  it('should show percent, rate and time left when the total is known', () => {
    const line = formatProgress({ records: 50, bytes: 250, totalBytes: 1000, elapsedMs: 10_000 });
    expect(line).toContain(' 25%');
    expect(line).toContain('50 articles');
    expect(line).toContain('5.0/s');
    expect(line).toContain('ETA 0:30');
  });

  it('should show count and rate only when the total is unknown (stdin)', () => {
    const line = formatProgress({ records: 3000, bytes: 9000, totalBytes: undefined, elapsedMs: 2000 });
    expect(line).toBe('3000 articles  1500/s');
  });

  it('should drop the bar, not the numbers, on a narrow terminal', () => {
    const line = formatProgress({ records: 4929, bytes: 98, totalBytes: 100, elapsedMs: 24_900 }, 40);
    expect(line).toBe('98%  4929 articles  198/s  ETA 0:01');
  });

  it('should fit the bar within the terminal width', () => {
    const line = formatProgress({ records: 1, bytes: 1, totalBytes: 2, elapsedMs: 1000 }, 60);
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).toMatch(/^\[#+-+\] +50%/);
  });
});

describe('formatDuration', () => {
  it('should write hours as h:mm:ss', () => {
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
