import type { Writable } from 'node:stream';

/** What the progress line shows. */
export interface ProgressState {
  /** Articles done (parsed or failed). */
  records: number;
  /** Input bytes consumed. */
  bytes: number;
  /** All input bytes, when known (not for stdin). */
  totalBytes: number | undefined;
  elapsedMs: number;
}

/** Formats seconds as `m:ss`, or `h:mm:ss` past an hour. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * One progress line: a bar and percentage when the total is known, the count, the rate in
 * articles per second and, once there is a rate to go on, the time left. Progress is measured
 * in bytes, since one NDJSON file may hold thousands of articles.
 */
export function formatProgress(state: ProgressState, width = 80): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.records / seconds : 0;
  const parts = [`${state.records} articles`, `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`];
  if (state.totalBytes !== undefined && state.totalBytes > 0) {
    const fraction = Math.min(1, state.bytes / state.totalBytes);
    if (fraction > 0 && seconds > 0) parts.push(`ETA ${formatDuration((seconds * (1 - fraction)) / fraction)}`);
    const text = `${String(Math.floor(fraction * 100)).padStart(3)}%  ${parts.join('  ')}`;
    // The bar is the first thing to go on a narrow terminal; the numbers are what matter.
    const barWidth = Math.min(30, width - 1 - text.length - 3);
    if (barWidth < 10) return text.trimStart();
    const filled = Math.round(fraction * barWidth);
    return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
  }
  return parts.join('  ');
}

/** Draws the progress line on a terminal, at most ten times a second; does nothing when disabled. */
export class ProgressBar {
  private last = 0;
  private shown = false;
  private readonly start = Date.now();

  constructor(
    private readonly stream: Writable & { columns?: number },
    private readonly enabled: boolean,
    private readonly totalBytes: number | undefined,
  ) {}

  /** Redraws with the latest counts (throttled). */
  update(records: number, bytes: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const width = this.stream.columns ?? 80;
    const line = formatProgress({ records, bytes, totalBytes: this.totalBytes, elapsedMs: now - this.start }, width);
    this.stream.write(`\r${line.slice(0, width - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Erases the line so messages print on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
