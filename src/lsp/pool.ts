/**
 * One lint worker thread, started on first use, for documents too large to lint on the server's
 * own thread without stalling it. If the worker is missing or dies, callers lint in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintOutcome, PromptInput } from './lint-prompts.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export class LintWorker {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (outcomes: LintOutcome[] | undefined) => void }>();
  private settings: Extract<WorkerRequest, { op: 'settings' }> | undefined;

  constructor(private readonly script: URL = new URL('./lsp-worker.js', import.meta.url)) {}

  /** False when the worker script is not there (running from source) or the worker died. */
  get available(): boolean {
    return !this.broken && existsSync(fileURLToPath(this.script));
  }

  configure(settings: Omit<Extract<WorkerRequest, { op: 'settings' }>, 'op'>): void {
    this.settings = { op: 'settings', ...settings };
    this.worker?.postMessage(this.settings);
  }

  clear(): void {
    this.worker?.postMessage({ op: 'clear' } satisfies WorkerRequest);
  }

  /** The outcomes, or undefined when the worker could not lint (the caller lints in-process). */
  lint(dir: string, prompts: PromptInput[]): Promise<LintOutcome[] | undefined> {
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      worker.postMessage({ op: 'lint', id, dir, prompts } satisfies WorkerRequest);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.available) return undefined;
    const worker = new Worker(this.script);
    worker.unref(); // never keeps the server alive after the client is gone
    worker.on('message', (response: WorkerResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      waiting?.resolve('outcomes' in response ? response.outcomes : undefined);
    });
    const fail = () => {
      this.broken = true;
      this.worker = undefined;
      for (const { resolve } of this.pending.values()) resolve(undefined);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 || this.pending.size > 0) fail();
    });
    if (this.settings) worker.postMessage(this.settings);
    this.worker = worker;
    return worker;
  }
}
