#!/usr/bin/env node
/**
 * `shotlint-lsp --stdio`: the shotlint language server. Editors start it and speak LSP over
 * stdin/stdout (`--node-ipc` and `--socket=<port>` work too, as with any vscode-languageserver).
 */
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './service.js';

function packageVersion(): string | undefined {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'shotlint') return pkg.version;
    } catch {
      // Not here: try the next level (dist/ is one below the package root, src/lsp/ two).
    }
  }
  return undefined;
}

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageVersion() ?? 'unknown'}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  const out = args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr;
  out.write(
    [
      'Usage: shotlint-lsp --stdio',
      '',
      'The shotlint language server. An editor starts it and talks LSP over stdin/stdout.',
      'Lints *.prompt, *.prompt.txt, ```prompt blocks in Markdown and the prompt of each JSONL record.',
      'Set-up for VS Code, Neovim, Helix and Zed: docs/editors.md.',
      '',
      'Options: --stdio | --node-ipc | --socket=<port>   --version   --help',
      '',
    ].join('\n'),
  );
  if (out === process.stderr) process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all), { version: packageVersion() });
}
