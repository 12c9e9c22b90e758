/**
 * A lint worker (`--concurrency`): receives configs once and prompts in batches, answers with
 * results as JSON. A config error cannot happen here: the main thread resolved every config first.
 */
import { parentPort } from 'node:worker_threads';
import { createLinter, type Linter } from '../engine/linter.js';
import type { ResolveOptions } from '../config/resolve.js';
import type { ShotlintConfig } from '../types.js';
import type { PromptTask } from './inputs.js';
import { lintTask, type TaskMode } from './lint-task.js';
import { withPlugins } from './worker-plugins.js';

export interface WorkerTask {
  seq: number;
  key: string;
  task: PromptTask;
  mode: TaskMode;
}

export type WorkerRequest = { type: 'config'; key: string; config: ShotlintConfig; options: ResolveOptions } | { type: 'batch'; tasks: WorkerTask[] };

/** `outcome` is a TaskOutcome as JSON text: see LintPool.run. */
export type WorkerAnswer = { seq: number; outcome: string } | { seq: number; error: string };

const linters = new Map<string, Linter>();

parentPort!.on('message', (message: WorkerRequest) => {
  if (message.type === 'config') {
    linters.set(message.key, createLinter(message.config, withPlugins(message.config, message.options)));
    return;
  }
  const answers: WorkerAnswer[] = [];
  for (const { seq, key, task, mode } of message.tasks) {
    try {
      const linter = linters.get(key);
      if (!linter) throw new Error(`no config "${key}" in worker`);
      answers.push({ seq, outcome: JSON.stringify(lintTask(linter, task, mode)) });
    } catch (error) {
      answers.push({ seq, error: error instanceof Error ? error.message : String(error) });
    }
  }
  parentPort!.postMessage(answers);
});
