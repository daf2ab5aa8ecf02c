// A one-line progress report on a terminal's stderr: bytes and articles done, MiB/s, and an ETA when the
// input size is known. Redrawn in place (\r), at most every REDRAW_MS, and only once the input is big
// enough to be worth it; cleared at the end. Whether to show it at all is the caller's call (a TTY, no -q).
import type { Paint } from './messages.js';

/** Inputs smaller than this finish too fast for a progress line to help. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
export const REDRAW_MS = 100;
const MIB = 1024 * 1024;
const CLEAR = '\r\x1b[K';

export interface ProgressState {
  bytes: number;
  total?: number;
  articles: number;
  seconds: number;
}

const mib = (bytes: number): string => (bytes / MIB).toFixed(1);

/** The text of the line (pure, for tests). */
export function progressText({ bytes, total, articles, seconds }: ProgressState): string {
  const rate = seconds > 0 ? bytes / MIB / seconds : 0;
  const parts = [total !== undefined ? `${mib(bytes)}/${mib(total)} MiB` : `${mib(bytes)} MiB`];
  if (total !== undefined && total > 0) parts.push(`${Math.min(100, Math.floor((bytes / total) * 100))}%`);
  parts.push(`${articles} articles`, `${rate.toFixed(1)} MiB/s`);
  if (total !== undefined && rate > 0 && bytes < total) parts.push(`ETA ${formatDuration((total - bytes) / MIB / rate)}`);
  return parts.join('  ');
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { columns?: number };
  paint: Paint;
  total?: number;
  now?: () => number;
}

export class Progress {
  private readonly started: number;
  private lastDraw = -Infinity;
  private shown = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  update(bytes: number, articles: number): void {
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS) return;
    if (Math.max(bytes, this.options.total ?? 0) < PROGRESS_MIN_BYTES) return;
    this.lastDraw = t;
    const text = progressText({ bytes, total: this.options.total, articles, seconds: (t - this.started) / 1000 });
    const width = (this.options.stream.columns ?? 80) - 1;
    const line = `${this.options.paint.bold('newsclean:')} ${this.options.paint.dim(text.slice(0, Math.max(0, width - 11)))}`;
    this.options.stream.write(CLEAR + line);
    this.shown = true;
  }

  /** Remove the line (before a message, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.options.stream.write(CLEAR);
    this.shown = false;
    this.lastDraw = -Infinity;
  }
}
