/**
 * The server's lint worker: very large documents are linted here so the server keeps answering
 * (hover, code actions, other documents) meanwhile. It resolves configs the way the server does.
 */
import { parentPort } from 'node:worker_threads';
import { ConfigStore, type LinterOptions } from './configs.js';
import { lintPrompts, type PromptInput } from './lint-prompts.js';
import { loadSettingsPlugins } from './plugins.js';

export type WorkerRequest =
  | { op: 'settings'; model?: string; plugins: string[]; root: string }
  | { op: 'clear' }
  | { op: 'lint'; id: number; dir: string; prompts: PromptInput[] };

export type WorkerResponse =
  | { id: number; outcomes: ReturnType<typeof lintPrompts> }
  | { id: number; configError: true }
  | { id: number; failure: string };

let options: LinterOptions = {};
const configs = new ConfigStore(() => options);
let settled: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.op === 'settings') {
    settled = (async () => {
      options = { model: message.model, ...(await loadSettingsPlugins(message.plugins, message.root)) };
      configs.clear();
    })();
    return;
  }
  if (message.op === 'clear') {
    configs.clear();
    return;
  }
  void (async () => {
    let response: WorkerResponse;
    try {
      await settled;
      const entry = await configs.forDirectory(message.dir);
      // The server reports config errors from its own copy of the config; here it only matters that there is one.
      response = entry.ok ? { id: message.id, outcomes: lintPrompts(entry.linter, message.prompts) } : { id: message.id, configError: true };
    } catch (error) {
      response = { id: message.id, failure: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(response);
  })();
});
