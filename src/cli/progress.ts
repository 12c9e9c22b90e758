/**
 * A one-line progress bar on stderr for long runs in a terminal: it appears after a second,
 * redraws at most ten times a second, and erases itself at the end.
 */
export class Progress {
  private prompts = 0;
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number,
  ) {
    this.timer = setTimeout(() => {
      this.timer = setInterval(() => this.draw(), 100);
      this.timer.unref();
      this.draw();
    }, 1000);
    this.timer.unref();
  }

  prompt(): void {
    this.prompts++;
  }

  addBytes(n: number): void {
    this.bytes += n;
  }

  private draw(): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = Math.round(this.prompts / Math.max(seconds, 0.001));
    let line = `${this.prompts.toLocaleString('en-US')} prompt${this.prompts === 1 ? '' : 's'} · ${rate.toLocaleString('en-US')}/s · ${seconds.toFixed(1)} s`;
    if (this.totalBytes > 0) {
      const ratio = Math.min(1, this.bytes / this.totalBytes);
      const width = 24;
      const full = Math.round(ratio * width);
      line = `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${Math.round(ratio * 100)}% · ${line}`;
    }
    const columns = this.stream.columns || 80;
    this.stream.write(`\r${line.slice(0, columns - 1)}\u001b[K`);
    this.drawn = true;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    clearInterval(this.timer);
    if (this.drawn) this.stream.write('\r\u001b[K');
  }
}
