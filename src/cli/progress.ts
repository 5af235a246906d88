/** `42 s`, `12 min 05 s`, `3 h 07 min`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
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
    const figures = `${count}, ${rate.toFixed(0)}/s${eta === null ? '' : `, ETA ${formatDuration(eta)}`}`;
    if (this.out.isTTY) {
      const width = 30;
      const filled = this.total ? Math.round((Math.min(done, this.total) / this.total) * width) : 0;
      const bar = this.total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
      const percent = this.total
        ? `${Math.floor((Math.min(done, this.total) / this.total) * 100)}% `
        : '';
      this.out.write(`\r${this.label}: ${bar}${percent}${figures}   `);
    } else {
      this.out.write(`${this.label}: ${figures}\n`);
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
