import stringWidth from 'string-width';

/** `42 s`, `12 min 05 s`, `3 h 07 min`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

const BAR_WIDTH = { max: 30, min: 8 };

/** The longest start of `text` at most `width` columns wide on screen. */
function clip(text: string, width: number): string {
  let out = '';
  for (const char of text) {
    if (stringWidth(out + char) > width) break;
    out += char;
  }
  return out;
}

/**
 * `label: [####....] 42% 12/48 commands, 850/s, ETA 42 s` in at most `width` columns: the bar
 * shrinks first, then the figures go (the rate, then the ETA; the count stays), then the bar,
 * and at last the text is cut.
 */
export function progressLine(
  label: string,
  fraction: number | null,
  figures: readonly string[],
  width: number,
): string {
  const percent = fraction === null ? '' : `${Math.floor(fraction * 100)}% `;
  const [count = '', , ...rest] = figures;
  const fewer = [figures, [count, ...rest], [count]].filter(
    (kept, i, all) => i === 0 || kept.length < all[i - 1].length,
  );
  for (const [i, kept] of fewer.entries()) {
    const text = `${percent}${kept.join(', ')}`;
    const room = width - stringWidth(`${label}: [] ${text}`);
    if (fraction !== null && room >= BAR_WIDTH.min) {
      const barWidth = Math.min(BAR_WIDTH.max, room);
      const filled = Math.round(fraction * barWidth);
      return `${label}: [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${text}`;
    }
    if (fraction === null || i === fewer.length - 1) {
      const plain = `${label}: ${text}`;
      if (stringWidth(plain) <= width) return plain;
    }
  }
  return clip(`${label}: ${percent}${count}`, Math.max(0, width));
}

/** Progress of long work: a redrawn bar with rate and ETA on a TTY, plain periodic lines otherwise. */
export class Progress {
  private readonly started = Date.now();
  private lastPrint = this.started;

  constructor(
    private readonly label: string,
    private readonly total: number | null,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = out.isTTY ? 100 : 2000,
    /** What is counted, e.g. `commands` (`demo: 12000/48000 commands, 850/s, ETA 42 s`). */
    private readonly unit = '',
  ) {}

  update(done: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastPrint < this.intervalMs) return;
    this.lastPrint = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = done / seconds;
    const eta = this.total && rate > 0 ? Math.max(0, (this.total - done) / rate) : null;
    const count = `${done}${this.total ? `/${this.total}` : ''}${this.unit ? ` ${this.unit}` : ''}`;
    const figures = [
      count,
      `${rate.toFixed(0)}/s`,
      ...(eta === null ? [] : [`ETA ${formatDuration(eta)}`]),
    ];
    if (this.out.isTTY) {
      const fraction = this.total ? Math.min(done, this.total) / this.total : null;
      // The last column is left free: a line that fills it wraps on some terminals.
      const line = progressLine(this.label, fraction, figures, (this.out.columns || 80) - 1);
      this.out.write(`\r${line}\x1b[K`);
    } else {
      this.out.write(`${this.label}: ${figures.join(', ')}\n`);
    }
  }

  finish(done: number): void {
    this.update(done, true);
    if (this.out.isTTY) this.out.write('\n');
  }

  /** Seconds since the work started. */
  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }
}
