/** Progress of long work: a redrawn bar with rate and ETA on a TTY, plain periodic lines otherwise. */
export class Progress {
  private readonly started = Date.now();
  private lastPrint = 0;

  constructor(
    private readonly label: string,
    private readonly total: number | null,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = out.isTTY ? 100 : 2000,
  ) {}

  update(done: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastPrint < this.intervalMs) return;
    this.lastPrint = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = done / seconds;
    const eta = this.total && rate > 0 ? Math.max(0, (this.total - done) / rate) : null;
    const figures = `${done}${this.total ? `/${this.total}` : ''}, ${rate.toFixed(0)}/s${eta === null ? '' : `, ETA ${eta.toFixed(0)} s`}`;
    if (this.out.isTTY) {
      const width = 30;
      const filled = this.total ? Math.round((Math.min(done, this.total) / this.total) * width) : 0;
      const bar = this.total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
      this.out.write(`\r${this.label}: ${bar}${figures}   `);
    } else {
      this.out.write(`${this.label}: ${figures}\n`);
    }
  }

  finish(done: number): void {
    this.update(done, true);
    if (this.out.isTTY) this.out.write('\n');
  }
}
