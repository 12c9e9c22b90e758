/**
 * A lint worker (`--concurrency`): receives configs once and prompts many times, answers with
 * plain results. A config error cannot happen here: the main thread resolved every config first.
 */
import { parentPort } from 'node:worker_threads';
import { createLinter, type Linter } from '../engine/linter.js';
import type { ResolveOptions } from '../config/resolve.js';
import type { ShotlintConfig } from '../types.js';
import type { PromptTask } from './inputs.js';
import { lintTask, type TaskMode } from './lint-task.js';

export type WorkerRequest =
  | { type: 'config'; key: string; config: ShotlintConfig; options: ResolveOptions }
  | { type: 'task'; seq: number; key: string; task: PromptTask; mode: TaskMode };

export type WorkerResponse = { seq: number; outcome: import('./lint-task.js').TaskOutcome } | { seq: number; error: string };

const linters = new Map<string, Linter>();

parentPort!.on('message', (message: WorkerRequest) => {
  if (message.type === 'config') {
    linters.set(message.key, createLinter(message.config, message.options));
    return;
  }
  try {
    const linter = linters.get(message.key);
    if (!linter) throw new Error(`no config "${message.key}" in worker`);
    parentPort!.postMessage({ seq: message.seq, outcome: lintTask(linter, message.task, message.mode) } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ seq: message.seq, error: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
  }
});
